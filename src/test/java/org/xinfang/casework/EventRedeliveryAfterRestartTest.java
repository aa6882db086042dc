package org.xinfang.casework;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.xinfang.XinfangApplication;
import org.xinfang.support.ApiClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication whose listener failed stays in the registry, and the next start of the application on the same
 * database delivers it again: two real application contexts, one after the other, on one data directory.
 */
class EventRedeliveryAfterRestartTest {

    /** The events the listener has handled, in the running context. */
    static final List<MatterTransitioned> HANDLED = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    /** A listener that fails while {@code test.listener.fails} is true: a bug, or a partner that is down. */
    static class FailingListener {

        private final boolean fails;

        FailingListener(@Value("${test.listener.fails}") boolean fails) {
            this.fails = fails;
        }

        @ApplicationModuleListener
        void on(MatterTransitioned event) {
            if (fails) {
                throw new IllegalStateException("the listener is down");
            }
            HANDLED.add(event);
        }
    }

    @Test
    void aPublicationWhoseListenerFailedIsDeliveredAgainAtTheNextStart() throws Exception {
        Path dataDir = folder.resolve("pg");
        long id;
        try (ConfigurableApplicationContext first = start(dataDir, true)) {
            id = register(first);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publication(jdbc, id).get("status") != null
                    && !"PUBLISHED".equals(publication(jdbc, id).get("status"))
                    && !"PROCESSING".equals(publication(jdbc, id).get("status")));
            assertThat(publication(jdbc, id)).containsEntry("status", "FAILED").containsEntry("completion_date", null);
            // the portal's listener heard the same event and is done with it
            assertThat(jdbc.queryForObject("select count(*) from event_publication where listener_id not like ?"
                    + " and completion_date is null", Long.class, FailingListener.class.getName() + "%")).isZero();
        }
        assertThat(HANDLED).isEmpty();

        try (ConfigurableApplicationContext second = start(dataDir, false)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> publication(jdbc, id).get("completion_date") != null);
            assertThat(publication(jdbc, id)).containsEntry("status", "COMPLETED");
            // read back from the registry as it was published
            assertThat(HANDLED).singleElement().satisfies(e -> {
                assertThat(e.matterId()).isEqualTo(id);
                assertThat(e.type()).isEqualTo(MatterEventType.REGISTERED);
                assertThat(e.at()).isEqualTo(jdbc.queryForObject("select occurred_at from matter_event where matter_id = ?",
                        java.sql.Timestamp.class, id).toInstant());
                assertThat(e.holderPath()).isEqualTo(jdbc.queryForObject("select responsible_path from matter where id = ?",
                        String.class, id));
            });
        }
    }

    /** The failing listener's publication of the registration of matter {@code id}. */
    private static Map<String, Object> publication(JdbcTemplate jdbc, long id) {
        return jdbc.queryForMap("select status, completion_date from event_publication where listener_id like ?"
                + " and serialized_event like ?", FailingListener.class.getName() + "%", "{\"matterId\":" + id + ",%");
    }

    /** Registers a matter through the API, as a registrar at the window would. */
    private static long register(ConfigurableApplicationContext app) throws Exception {
        String basic = Base64.getEncoder().encodeToString("yuanling.registrar:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + app.getEnvironment().getProperty("local.server.port") + "/api/v1/matters"))
                        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                                "URBAN.DEMOLITION"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ((Number) com.jayway.jsonpath.JsonPath.read(r.body(), "$.id")).longValue();
    }

    /** The application as it is started in production, on this data directory, without the demo data. */
    private static ConfigurableApplicationContext start(Path dataDir, boolean listenerFails) {
        return new SpringApplicationBuilder(XinfangApplication.class, FailingListener.class).bannerMode(Banner.Mode.OFF)
                .run("--xinfang.embedded-db.data-dir=" + dataDir, "--xinfang.embedded-db.durable=false",
                        "--xinfang.demo.enabled=false", "--server.port=0", "--test.listener.fails=" + listenerFails);
    }
}
