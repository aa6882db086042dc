package org.xinfang.platform;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.CrashableServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database process is killed (SIGKILL, the postmaster and every child) while eight clients register matters over
 * real HTTP, on a data directory with the product's default settings; after a restart on the same directory every
 * registration that had been answered 201 is there exactly once, and retrying its Idempotency-Key answers the same
 * matter. A kill loses what PostgreSQL had acknowledged but not yet written (synchronous_commit=off); what an operating
 * system crash would lose (fsync, full_page_writes) no test here can provoke, so the settings are asserted too.
 */
class DatabaseCrashTest {

    private static final int CLIENTS = 8;
    private static final String REGISTRAR = "yuanling.registrar";

    @TempDir
    Path folder;

    /** A registration answered 201: the matter it named and the body, which a retry must repeat. */
    private record Answered(long id, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyRegistrationAnswered201SurvivesAKilledDatabaseExactlyOnce() throws Exception {
        Path dataDir = folder.resolve("pg");
        Map<String, Answered> answered = new ConcurrentHashMap<>();
        try (ConfigurableApplicationContext app = CrashableServer.start(dataDir)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select setting from pg_settings where name in"
                    + " ('fsync', 'synchronous_commit', 'full_page_writes')", String.class)).containsOnly("on");
            String base = CrashableServer.base(app);
            String token = CrashableServer.token(http, base, REGISTRAR);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String key = "crash-" + client + "-" + i;
                        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                                .replace("征收补偿款未到位", title(key));
                        try {
                            HttpResponse<String> r = register(base, token, key, body);
                            if (r.statusCode() == 201) {
                                answered.put(key, new Answered(id(r), body));
                            }
                        } catch (Exception e) {
                            // the database is gone: nothing was promised for this key
                        }
                    }
                });
            }
            // kill mid-load: after 200 answers, or after 30 s on a machine too busy to give them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (answered.size() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            CrashableServer.killPostgres(dataDir, CLIENTS);
            stop.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answered.size()).as("registrations answered 201 before the kill").isGreaterThanOrEqualTo(20);

        try (ConfigurableApplicationContext app = CrashableServer.start(dataDir)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> wrong = new ArrayList<>();
            answered.forEach((key, registration) -> {
                int keys = jdbc.queryForObject("select count(*) from idempotency_record where username = ? and idem_key = ?",
                        Integer.class, REGISTRAR, key);
                int matters = jdbc.queryForObject("select count(*) from matter where title = ?", Integer.class, title(key));
                if (keys != 1 || matters != 1) {
                    wrong.add(key + " (matter " + registration.id() + "): " + keys + " keys, " + matters + " matters");
                }
            });
            assertThat(wrong).as("registrations answered 201 before the kill, of %d", answered.size()).isEmpty();
            String base = CrashableServer.base(app);
            String token = CrashableServer.token(http, base, REGISTRAR);
            for (Map.Entry<String, Answered> e : answered.entrySet()) {
                HttpResponse<String> retry = register(base, token, e.getKey(), e.getValue().body());
                assertThat(retry.statusCode()).as("retry of %s", e.getKey()).isEqualTo(201);
                assertThat(id(retry)).as("retry of %s", e.getKey()).isEqualTo(e.getValue().id());
                assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            }
        }
    }

    private HttpResponse<String> register(String base, String token, String key, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/matters"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String title(String key) {
        return "数据库崩溃测试 " + key;
    }

    private static long id(HttpResponse<String> r) {
        return ((Number) JsonPath.read(r.body(), "$.id")).longValue();
    }
}
