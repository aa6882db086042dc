package org.xinfang.platform;

import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replaceable reference data files (the territory, the category tree ...): each has a name and a version,
 * and is loaded only when the file's version differs from the one recorded in the database.
 */
@Component
public class ReferenceDataFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReferenceDataFiles(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The file's content, when its version is not the one already loaded under {@code name}. */
    public <T> Optional<T> readIfNew(String name, Resource file, Class<T> type, Function<T, String> version) {
        T data = read(file, type);
        boolean loaded = jdbc.queryForList("select version from reference_data_version where name = ?", String.class, name)
                .contains(version.apply(data));
        return loaded ? Optional.empty() : Optional.of(data);
    }

    public static <T> T read(Resource file, Class<T> type) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getDescription(), e);
        } catch (JacksonException e) {
            // Jackson's parse errors are unchecked; say which file is malformed, not only what in it
            throw new IllegalStateException("Cannot read " + file.getDescription() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Records that {@code version} of {@code name} is now loaded (in the caller's transaction). */
    public void markLoaded(String name, String version) {
        jdbc.update("insert into reference_data_version (name, version, loaded_at) values (?, ?, ?) "
                        + "on conflict (name) do update set version = excluded.version, loaded_at = excluded.loaded_at",
                name, version, Timestamp.from(clock.instant()));
    }
}
