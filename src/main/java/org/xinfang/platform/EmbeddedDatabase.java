package org.xinfang.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL as the application runs it. It is durable (fsync, synchronous commit and full-page writes
 * on) unless told otherwise, which only the test suite does. It trusts no connection: each cluster gets a random
 * password for its superuser when it is made (a data directory keeps it in {@value #PASSWORD_FILE}, readable by
 * its owner only; a throw-away cluster keeps it in memory), and pg_hba.conf asks for it on the socket and on
 * localhost alike.
 */
final class EmbeddedDatabase implements Closeable {

    static final String PASSWORD_FILE = "postgres.password";
    static final String SUPERUSER = "postgres";
    /** What an operating-system crash or a killed server would otherwise lose or corrupt. */
    static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String AUTHENTICATION = "scram-sha-256";
    private static final String HBA = """
            # Written by Xinfang: every connection, on the socket or on localhost, gives the superuser's password,
            # which is kept in %s in this directory.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 %s
            host    all       all   127.0.0.1/32  %s
            host    all       all   ::1/128       %s
            """.formatted(PASSWORD_FILE, AUTHENTICATION, AUTHENTICATION, AUTHENTICATION);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts a cluster on {@code dataDir} (made on the first start, kept after), or a throw-away one without it.
     * With {@code durable} false a commit is answered before it is on disk: for tests only.
     */
    static EmbeddedDatabase start(Optional<Path> dataDir, boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("locale", "C.UTF-8");
        // zonky starts the server with -F (fsync off) and synchronous_commit off; these -c options come after it and win
        DURABILITY_SETTINGS.forEach(setting -> builder.setServerConfig(setting, durable ? "on" : "off"));

        Optional<Path> passwordFile = dataDir.map(dir -> dir.resolve(PASSWORD_FILE));
        boolean fresh = dataDir.map(dir -> !Files.exists(dir.resolve("postgresql.conf"))).orElse(true);
        String password = passwordFile.filter(Files::exists).map(EmbeddedDatabase::read).orElseGet(EmbeddedDatabase::newPassword);
        Path initdbPassword = null;
        if (fresh) {
            // zonky hands its "locale" options to initdb as --name=value, after its own "-A trust", so these win:
            // the cluster is born with the password and never trusts anyone, not even during its first start
            initdbPassword = Files.createTempFile("xinfang-initdb-", ".password"); // owner-only, as every temp file
            Files.writeString(initdbPassword, password);
            builder.setLocaleConfig("auth", AUTHENTICATION).setLocaleConfig("pwfile", initdbPassword.toString());
        }
        if (dataDir.isPresent()) {
            Path dir = dataDir.get().toAbsolutePath().normalize();
            Files.createDirectories(dir);
            stopStalePostmaster(dir);
            // runs after initdb (which wants an empty directory) and before the server starts
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setDataDirectoryCustomizer(d -> keep(passwordFile.get(), password));
        }
        builder.setConnectConfig("password", password);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
        database.refuseConnectionsWithoutPassword();
        log.info("Embedded PostgreSQL on port {}, durable: {}, data: {}", postgres.getPort(), durable,
                dataDir.map(dir -> dir.toAbsolutePath().normalize() + " (password in " + PASSWORD_FILE + ")").orElse("throw-away"));
        return database;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, "postgres");
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * Puts this class's pg_hba.conf in place (initdb's has replication lines, which one embedded node does not need)
     * and reloads it. A cluster made before the password (initdb -A trust) gets its password first, while it still
     * trusts. Every start ends by checking that no rule but the password is left.
     */
    private void refuseConnectionsWithoutPassword() throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), SUPERUSER, password); Statement s = c.createStatement()) {
            Path hba = Path.of(single(s, "show hba_file"));
            if (!Files.readString(hba).equals(HBA)) {
                if (count(s, "select count(*) from pg_hba_file_rules where auth_method = 'trust'") > 0) {
                    // sends the SCRAM verifier, never the password itself, so no server log can show it
                    c.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), AUTHENTICATION);
                    log.warn("The embedded PostgreSQL trusted local connections; it now asks for the password in {}",
                            PASSWORD_FILE);
                }
                Files.writeString(hba, HBA);
                s.execute("select pg_reload_conf()");
            }
            long other = count(s, "select count(*) from pg_hba_file_rules where error is not null or auth_method <> '"
                    + AUTHENTICATION + "'");
            if (other > 0) {
                throw new IllegalStateException("pg_hba.conf of the embedded PostgreSQL has " + other
                        + " rules that do not ask for the password");
            }
        } catch (SQLException e) {
            throw new IOException("Could not check the embedded PostgreSQL's authentication", e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        return Long.parseLong(single(s, sql));
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the password file unless it is there, created readable and writable by its owner only. */
    private static void keep(Path file, String password) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
        } catch (FileAlreadyExistsException e) {
            // kept from an earlier start, and read from there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a kill -9 of the application the old postmaster may still hold the data directory: end it so this start
     * succeeds. Only a postgres process working in this very directory is ended; a pid in a stale postmaster.pid may
     * since belong to another process, even to another cluster's postgres.
     */
    private static void stopStalePostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        pid.flatMap(ProcessHandle::of).filter(p -> isPostgresIn(p, dir)).ifPresent(p -> {
            log.warn("Stopping stale PostgreSQL (pid {}) left behind in {}", p.pid(), dir);
            p.destroy();
            p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
        });
        Files.deleteIfExists(pidFile);
    }

    /** A postmaster works in its data directory (Linux, where the bundled PostgreSQL runs, shows it in /proc). */
    private static boolean isPostgresIn(ProcessHandle p, Path dir) {
        if (!p.info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
            return false;
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", String.valueOf(p.pid()), "cwd")).equals(dir.toRealPath());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
