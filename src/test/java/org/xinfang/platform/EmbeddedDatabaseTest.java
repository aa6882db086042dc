package org.xinfang.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL as the application starts it (only its own configuration, no other bean): durable unless
 * the test suite's explicit setting says otherwise, and never trusting a connection without the password kept in
 * its data directory.
 */
class EmbeddedDatabaseTest {

    /** Where the documentation says the password is: in the data directory, for its owner only. */
    private static final String PASSWORD_FILE = "postgres.password";

    @TempDir
    Path folder;

    @Test
    void theProductsDatabaseIsDurable() throws Exception {
        try (ConfigurableApplicationContext db = database(folder.resolve("pg"))) {
            assertThat(durabilitySettings(db)).isEqualTo("fsync=on synchronous_commit=on full_page_writes=on");
        }
    }

    /** Every query planned for its own values, so that "path like $1" can use a path index (docs/decisions.md). */
    @Test
    void everyConnectionPlansEachQueryForItsOwnValues() throws Exception {
        try (ConfigurableApplicationContext db = database(null)) {
            assertThat(query(db, "show plan_cache_mode")).isEqualTo("force_custom_plan");
        }
    }

    @Test
    void onlyTheTestSuitesExplicitSettingTradesDurabilityForSpeed() throws Exception {
        try (ConfigurableApplicationContext db = database(null, "spring.profiles.active=test")) {
            assertThat(durabilitySettings(db)).isEqualTo("fsync=off synchronous_commit=off full_page_writes=off");
        }
    }

    @Test
    void aDataDirectoryKeepsAPasswordOnlyItsOwnerCanReadAndRefusesConnectionsWithoutIt() throws Exception {
        Path dir = folder.resolve("pg");
        String password;
        try (ConfigurableApplicationContext db = database(dir)) {
            Path file = dir.resolve(PASSWORD_FILE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.readAllLines(dir.resolve("pg_hba.conf")))
                    .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).endsWith("scram-sha-256").doesNotContain("trust"));
            assertRefusesAllButThePassword(db, password);
        }
        try (ConfigurableApplicationContext db = database(dir)) {
            assertThat(Files.readString(dir.resolve(PASSWORD_FILE)).strip()).isEqualTo(password);
            assertRefusesAllButThePassword(db, password);
        }
    }

    @Test
    void aThrowAwayClusterAlsoWantsAPassword() throws Exception {
        try (ConfigurableApplicationContext db = database(null)) {
            assertRefusesAllButThePassword(db, ((HikariDataSource) db.getBean(DataSource.class)).getPassword());
            assertThat(query(db, "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'")).isEqualTo("0");
        }
    }

    @Test
    void aDataDirectoryThatTrustedLocalConnectionsIsLockedOnItsNextStart() throws Exception {
        Path dir = folder.resolve("pg");
        // a data directory made before the password: initdb -A trust, as the earlier versions left it
        EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start().close();
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");
        try (ConfigurableApplicationContext db = database(dir)) {
            String password = Files.readString(dir.resolve(PASSWORD_FILE)).strip();
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertRefusesAllButThePassword(db, password);
        }
    }

    @Test
    void aPostmasterLeftBehindByAKilledApplicationIsStoppedOnTheNextStart() throws Exception {
        Path dir = folder.resolve("pg");
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledApplication.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(application.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(KilledApplication.READY)) {
                // the child's start-up log
            }
            assertThat(line).isEqualTo(KilledApplication.READY);
            application.destroyForcibly().waitFor();
        }
        ProcessHandle orphan = ProcessHandle.of(postmasterPid(dir)).orElseThrow();
        try (ConfigurableApplicationContext db = database(dir)) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(query(db, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aStalePidThatNowBelongsToAnotherClustersPostgresIsLeftAlone() throws Exception {
        Path dir = folder.resolve("pg");
        database(dir).close();
        try (ConfigurableApplicationContext other = database(null)) {
            long otherPostmaster = ProcessHandle.of(Long.parseLong(query(other, "select pg_backend_pid()")))
                    .flatMap(ProcessHandle::parent).orElseThrow().pid();
            // as if this directory's postmaster had died and its pid had gone to the other cluster's
            Files.writeString(dir.resolve("postmaster.pid"), otherPostmaster + "\n" + dir + "\n");
            try (ConfigurableApplicationContext db = database(dir)) {
                assertThat(query(db, "select 1")).isEqualTo("1");
            }
            assertThat(ProcessHandle.of(otherPostmaster).map(ProcessHandle::isAlive)).hasValue(true);
            assertThat(query(other, "select 1")).isEqualTo("1");
        }
    }

    /** An application that starts its database on a data directory, says so, and waits to be killed. */
    static class KilledApplication {
        static final String READY = "database ready";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase.start(Optional.of(Path.of(args[0])), true);
            System.out.println(READY);
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    private static void assertRefusesAllButThePassword(ConfigurableApplicationContext db, String password) throws SQLException {
        String url = ((HikariDataSource) db.getBean(DataSource.class)).getJdbcUrl();
        assertThatThrownBy(() -> connect(url, null)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(url, "not-" + password)).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        try (Connection c = connect(url, password)) {
            assertThat(c.isValid(5)).isTrue();
        }
        try (Connection c = db.getBean(DataSource.class).getConnection()) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    private static Connection connect(String url, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        if (password != null) {
            p.setProperty("password", password);
        }
        return DriverManager.getConnection(url, p);
    }

    private static String durabilitySettings(ConfigurableApplicationContext db) throws SQLException {
        return "fsync=" + query(db, "show fsync") + " synchronous_commit=" + query(db, "show synchronous_commit")
                + " full_page_writes=" + query(db, "show full_page_writes");
    }

    private static String query(ConfigurableApplicationContext db, String sql) throws SQLException {
        try (Connection c = db.getBean(DataSource.class).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Only the embedded database's configuration, with application.yml's settings (the product's defaults) but these. */
    private static ConfigurableApplicationContext database(Path dataDir, String... properties) {
        return new SpringApplicationBuilder(EmbeddedPostgresConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(Stream.concat(Stream.of("xinfang.embedded-db.data-dir=" + (dataDir == null ? "" : dataDir)),
                        Stream.of(properties)).map(p -> "--" + p).toArray(String[]::new));
    }
}
