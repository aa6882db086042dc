package org.xinfang.bench;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.TestClockConfiguration;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Server time of insight's pages and API (issue 14, "Speed": a whole city-year under 300 ms at p95, a county-month
 * under 50 ms) on the demo city, through MockMvc as in {@link PageRenderBenchmark}: security, controller, queries and
 * render. A benchmark, not a test (its name matches none of surefire's includes). Run it on the demo data with
 * <pre>mvn -B test -Dtest=InsightBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * and on a 1,000,000-matter city made by the same generator with {@code -Dbench.items-per-year=333334} (three years).
 * {@code -Dbench.data-dir=/some/folder} keeps the generated city there and reuses it on the next run (the generation of
 * a million matters takes some twenty minutes); without it the database is thrown away.
 * Results go to {@code target/bench/insight.md}: median, p95 and max of each request, and their ratios to the
 * baseline measured in the same rounds (the log-in page), as these machines are noisy. Each round runs every request
 * once in a shuffled order (seeded). The figures are read only after insight's facts hold every matter (they fill in
 * the background after the import). Tunable with {@code -Dbench.warmup=20 -Dbench.rounds=60}.
 */
@SpringBootTest(properties = {"xinfang.demo.enabled=true", "xinfang.embedded-db.data-dir=${bench.data-dir:}",
        "xinfang.demo.items-per-year=${bench.items-per-year:27000}"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class InsightBenchmark {

    /** The city and one county of the demo territory, and the test clock's last full year and month. */
    private static final String COUNTY = "431222";
    private static final LocalDate YEAR = LocalDate.of(2025, 1, 1);
    private static final LocalDate MONTH = LocalDate.of(2025, 11, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** One request, as {@code who} (anonymous when null). */
    record Scenario(String name, String who, String uri) {
    }

    @Test
    void measure() throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 20);
        int rounds = Integer.getInteger("bench.rounds", 60);
        long matters = count("select count(*) from matter");
        Instant waited = Instant.now();
        Awaitility.await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> count("select count(*) from insight_matter_fact where matter_id > 0") >= matters);
        long factsSeconds = Duration.between(waited, Instant.now()).toSeconds();
        jdbc.execute("analyze insight_matter_fact");

        String year = "from=" + YEAR + "&to=" + YEAR.withDayOfYear(YEAR.lengthOfYear());
        String month = "unit=" + COUNTY + "&from=" + MONTH + "&to=" + MONTH.withDayOfMonth(MONTH.lengthOfMonth());
        String baseline = "log-in page (baseline)";
        List<Scenario> scenarios = List.of(
                new Scenario(baseline, null, "/login"),
                new Scenario("indicators API, city-year", "city.analyst", "/api/v1/insight/indicators?" + year),
                new Scenario("indicators page, city-year", "city.analyst", "/insight?" + year),
                new Scenario("indicators API, county-month", "city.analyst", "/api/v1/insight/indicators?" + month),
                new Scenario("indicators page, county-month", "city.analyst", "/insight?" + month),
                new Scenario("dashboard API, city-year", "city.analyst", "/api/v1/insight/dashboard?" + year),
                new Scenario("dashboard page, city-year", "city.analyst", "/insight/dashboard?" + year),
                new Scenario("dashboard API, county-month", "city.analyst", "/api/v1/insight/dashboard?" + month),
                new Scenario("rankings, counties", "city.analyst", "/insight/rankings?kind=counties&year=" + YEAR.getYear()),
                new Scenario("rankings, departments", "city.analyst", "/insight/rankings?kind=departments&year=" + YEAR.getYear()),
                new Scenario("annual work summary, HTML", "city.analyst", "/insight/reports/summary?format=html&year=" + YEAR.getYear()));

        Map<String, UserDetails> principals = new LinkedHashMap<>();
        scenarios.stream().filter(s -> s.who() != null).forEach(s -> principals.computeIfAbsent(s.who(), users::loadUserByUsername));
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        scenarios.forEach(s -> samples.put(s.name(), new ArrayList<>()));
        String loadBefore = BenchFigures.loadAverage();
        Instant started = Instant.now();
        Random order = new Random(20261203L);
        List<Scenario> shuffled = new ArrayList<>(scenarios);
        for (int round = 0; round < warmup + rounds; round++) {
            Collections.shuffle(shuffled, order);
            for (Scenario s : shuffled) {
                double ms = time(s, principals);
                if (round >= warmup) {
                    samples.get(s.name()).add(ms);
                }
            }
        }

        double base = BenchFigures.percentile(samples.get(baseline), 50);
        StringBuilder b = new StringBuilder("# Insight benchmark\n\n");
        b.append("- date (UTC): ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(started)).append('\n');
        b.append("- machine: ").append(BenchFigures.machine()).append("; load average before ").append(loadBefore)
                .append(", after ").append(BenchFigures.loadAverage()).append('\n');
        b.append("- JVM: ").append(BenchFigures.jvm()).append('\n');
        b.append("- data: ").append(matters).append(" matters (").append(count("select count(*) from insight_matter_fact where matter_id > 0"))
                .append(" facts, filled ").append(factsSeconds).append(" s after the context started), embedded PostgreSQL ")
                .append(jdbc.queryForObject("show server_version", String.class)).append("; city-year = ").append(YEAR.getYear())
                .append(", county-month = ").append(COUNTY).append(' ').append(MONTH.getYear()).append('-').append(MONTH.getMonthValue()).append('\n');
        b.append("- method: MockMvc, ").append(warmup).append(" warm-up rounds, then ").append(rounds)
                .append(" measured, every request once a round in a shuffled order\n");
        b.append("- baseline: ").append(baseline).append(", median ").append(BenchFigures.ms(base)).append(" ms\n\n");
        b.append("| request | n | median ms | p95 ms | max ms | median ratio | p95 ratio |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Scenario s : scenarios) {
            List<Double> xs = samples.get(s.name());
            double median = BenchFigures.percentile(xs, 50);
            double p95 = BenchFigures.percentile(xs, 95);
            b.append("| ").append(s.name()).append(" | ").append(xs.size()).append(" | ").append(BenchFigures.ms(median))
                    .append(" | ").append(BenchFigures.ms(p95)).append(" | ").append(BenchFigures.ms(Collections.max(xs)))
                    .append(" | ").append(BenchFigures.ratio(median / base)).append(" | ").append(BenchFigures.ratio(p95 / base))
                    .append(" |\n");
        }
        Path out = Path.of("target", "bench", "insight.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
        System.out.println(b);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private double time(Scenario s, Map<String, UserDetails> principals) throws Exception {
        MockHttpServletRequestBuilder request = get(s.uri());
        if (s.who() != null) {
            request = request.with(user(principals.get(s.who())));
        }
        long t0 = System.nanoTime();
        MvcResult r = mvc.perform(request).andReturn();
        long t1 = System.nanoTime();
        if (r.getResponse().getStatus() != 200 || r.getResponse().getContentAsByteArray().length == 0) {
            throw new IllegalStateException(s.name() + ": " + s.uri() + " answered " + r.getResponse().getStatus());
        }
        return (t1 - t0) / 1e6;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
