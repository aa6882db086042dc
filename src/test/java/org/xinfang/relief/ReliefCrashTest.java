package org.xinfang.relief;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.CrashableServer;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is killed (SIGKILL, postmaster and children) while eight clients approve relief payments over real
 * HTTP against a budget that covers a third of them. After a restart the ledger is checked against the budget: every
 * payment answered 200 is there exactly once, nothing is paid twice, every movement sums to zero, the balances are the
 * sums of the entries and never below zero; approving the rest afterwards pays exactly what the budget still covers.
 */
class ReliefCrashTest {

    private static final int CLIENTS = 8;
    private static final int APPLICATIONS = 300;
    /** Covers 100 payments of 100.00 yuan. */
    private static final String BUDGET = "10000.00";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyPaymentAnsweredBeforeAKilledDatabaseIsInTheLedgerOnceAndTheBudgetBalances() throws Exception {
        Path dataDir = folder.resolve("pg");
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        long budget;
        try (ConfigurableApplicationContext app = CrashableServer.start(dataDir)) {
            String base = CrashableServer.base(app);
            String leader = CrashableServer.token(http, base, "yuanling.leader");
            String registrar = CrashableServer.token(http, base, "yuanling.registrar");
            String supervisor = CrashableServer.token(http, base, "yuanling.supervisor");
            budget = post(base, leader, "/api/v1/relief/budgets", "{\"year\":2030,\"amount\":" + BUDGET + "}", 201);
            long matter = post(base, registrar, "/api/v1/matters",
                    ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"), 201);
            String ref = JsonPath.read(send(base, registrar, "/api/v1/matters/" + matter, null).body(), "$.referenceNo");
            ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                queue.add(post(base, registrar, "/api/v1/relief/applications", """
                        {"budgetId":%d,"referenceNo":"%s","petitioner":"李四","reason":"生活确有困难","amount":100.00}"""
                        .formatted(budget, ref), 201));
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    for (Long id = queue.poll(); id != null; id = queue.poll()) {
                        try {
                            HttpResponse<String> r = send(base, supervisor, "/api/v1/relief/applications/" + id + "/approval",
                                    "{\"version\":0,\"step\":\"BUREAU_HEAD\"}");
                            if (r.statusCode() == 200 && "PAID".equals(JsonPath.read(r.body(), "$.stage"))) {
                                acknowledged.add(id);
                            }
                        } catch (Exception e) {
                            // the database is gone: nothing was promised for this approval
                        }
                    }
                });
            }
            // kill mid-load: after 40 payments, or after 30 s on a machine too busy to give them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            CrashableServer.killPostgres(dataDir, CLIENTS);
            queue.clear();
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged.size()).as("payments answered before the kill").isGreaterThanOrEqualTo(10);

        try (ConfigurableApplicationContext app = CrashableServer.start(dataDir)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> wrong = new ArrayList<>();
            for (Long id : acknowledged) {
                int payments = jdbc.queryForObject("select count(*) from relief_entry where application_id = ? "
                        + "and account = 'PAID' and amount > 0", Integer.class, id);
                String stage = jdbc.queryForObject("select stage from relief_application where id = ?", String.class, id);
                if (payments != 1 || !"PAID".equals(stage)) {
                    wrong.add(id + ": " + payments + " payments, " + stage);
                }
            }
            assertThat(wrong).as("payments answered before the kill, of %d", acknowledged.size()).isEmpty();
            assertLedgerMatchesBudget(jdbc, budget);

            // the rest approved after the restart: exactly what the budget still covers is paid, no more
            String base = CrashableServer.base(app);
            String supervisor = CrashableServer.token(http, base, "yuanling.supervisor");
            for (Long id : jdbc.queryForList("select id from relief_application where budget_id = ? and stage = 'SUBMITTED'",
                    Long.class, budget)) {
                send(base, supervisor, "/api/v1/relief/applications/" + id + "/approval", "{\"version\":0,\"step\":\"BUREAU_HEAD\"}");
            }
            assertLedgerMatchesBudget(jdbc, budget);
            assertThat(jdbc.queryForObject("select count(*) from relief_application where budget_id = ? and stage = 'PAID'",
                    Integer.class, budget)).isEqualTo(100);
            assertThat(jdbc.queryForObject("select coalesce(sum(amount), 0) from relief_entry where budget_id = ? "
                    + "and account = 'AVAILABLE'", BigDecimal.class, budget)).isEqualByComparingTo("0");
        }
    }

    /** FUND is minus the budget; AVAILABLE + PAID is the budget; AVAILABLE never below zero; PAID = paid applications. */
    private static void assertLedgerMatchesBudget(JdbcTemplate jdbc, long budget) {
        assertThat(jdbc.queryForObject("select count(*) from (select movement from relief_entry where budget_id = ? "
                + "group by movement having sum(amount) <> 0 or count(*) < 2) x", Integer.class, budget))
                .as("unbalanced movements").isZero();
        BigDecimal fund = sum(jdbc, budget, "FUND");
        BigDecimal available = sum(jdbc, budget, "AVAILABLE");
        BigDecimal paid = sum(jdbc, budget, "PAID");
        assertThat(fund).isEqualByComparingTo("-" + BUDGET);
        assertThat(available.add(paid)).isEqualByComparingTo(BUDGET);
        assertThat(available.signum()).isGreaterThanOrEqualTo(0);
        int paidApplications = jdbc.queryForObject("select count(*) from relief_application where budget_id = ? "
                + "and stage = 'PAID'", Integer.class, budget);
        assertThat(paid).isEqualByComparingTo(new BigDecimal(paidApplications).multiply(new BigDecimal("100.00")));
        assertThat(jdbc.queryForObject("select count(*) from relief_entry where budget_id = ? and account = 'PAID'",
                Integer.class, budget)).isEqualTo(paidApplications);
    }

    private static BigDecimal sum(JdbcTemplate jdbc, long budget, String account) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from relief_entry where budget_id = ? and account = ?",
                BigDecimal.class, budget, account);
    }

    private long post(String base, String token, String path, String json, int expected) throws Exception {
        HttpResponse<String> r = send(base, token, path, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        return id(r);
    }

    private static long id(HttpResponse<String> r) {
        return ((Number) JsonPath.read(r.body(), "$.id")).longValue();
    }

    private HttpResponse<String> send(String base, String token, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        b = json == null ? b.GET() : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
