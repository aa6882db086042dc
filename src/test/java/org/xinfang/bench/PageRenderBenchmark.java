package org.xinfang.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinfang.support.TestClockConfiguration;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Server time of the staff pages and the public portal's pages on the full demo data (two years, 54,000 matters),
 * through MockMvc: the whole filter chain (security included), the controller, the queries and the Thymeleaf render
 * into the response buffer; no network, no browser. A benchmark, not a test: it asserts nothing about time, only that
 * every page answers 200, and it is not part of the normal test run (its name matches none of surefire's includes).
 * Run it with
 * <pre>mvn -B test -Dtest=PageRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * Results go to {@code target/bench/page-render.md}: median, p95 and max per page, each also as a ratio to the
 * baseline measured in the same rounds, the log-in page (a template render without data), because these machines
 * are noisy and only ratios compare across runs.
 * <p>
 * Every round runs every scenario once, in an order shuffled per round (seeded), so that a noisy moment hits all
 * pages alike. The portal's pages are anonymous; the tracked matter page uses sessions that tracked their matter
 * (query code and phone digits) before the rounds. One scenario is a service call rather than a request: the public
 * statistics' computation, which the page caches until a matter changes or the day ends. Tunable with {@code -Dbench.warmup=30
 * -Dbench.rounds=100 -Dbench.matter-ids-per-round=5 -Dbench.export.rounds=10}.
 */
@SpringBootTest(properties = {"xinfang.demo.enabled=true", "xinfang.embedded-db.data-dir="})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, PageRenderBenchmark.StatementCounting.class})
class PageRenderBenchmark {

    static final double TARGET_MS = 100.0;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.xinfang.statistics.PublicStatistics publicStatistics;

    /**
     * One kind of page request; {@code next} gives the request for the next iteration (the matter pages cycle ids).
     * With an {@code action} the scenario times that call instead of a request (then {@code next} is null).
     */
    record Scenario(String name, String who, Supplier<MockHttpServletRequestBuilder> next, Callable<?> action,
                    boolean extra) {

        /** A GET of the URL {@code uri} gives. */
        Scenario(String name, String who, Supplier<String> uri, boolean extra) {
            this(name, who, () -> get(uri.get()), null, extra);
        }

        /** A service call, timed like a request. */
        static Scenario call(String name, Callable<?> action) {
            return new Scenario(name, null, null, action, false);
        }
    }

    /** A matter the petitioner tracked in {@code session} (query code and phone digits), so its portal page opens. */
    record Tracked(long id, MockHttpSession session) {
    }

    @Test
    void measure() throws Exception {
        int warmup = Integer.getInteger("bench.warmup", 30);
        int rounds = Integer.getInteger("bench.rounds", 100);
        int idsPerRound = Integer.getInteger("bench.matter-ids-per-round", 5);
        int exportRounds = Integer.getInteger("bench.export.rounds", 10);
        String loadBefore = BenchFigures.loadAverage();
        Instant started = Instant.now();

        List<Long> matterIds = sampleMatterIds();
        Map<String, String> searchable = sampleSearchTerms();
        int[] cursor = {0};
        Supplier<String> nextMatter = () -> "/matters/" + matterIds.get(cursor[0]++ % matterIds.size());
        List<String> disclosed = sampleDisclosedReferences();
        int[] disclosedCursor = {0};
        List<Tracked> tracked = trackMatters();
        int[] trackedCursor = {0};
        Supplier<MockHttpServletRequestBuilder> nextTracked = () -> {
            Tracked t = tracked.get(trackedCursor[0]++ % tracked.size());
            return get("/portal/matters/" + t.id()).session(t.session());
        };

        Scenario disclosurePage = new Scenario("public disclosure page (" + disclosed.size() + " matters, long timelines)",
                null, () -> "/portal/disclosures/" + disclosed.get(disclosedCursor[0]++ % disclosed.size()), false);
        Scenario statisticsPage = new Scenario("public statistics (cached)", null, () -> "/portal/statistics", false);
        Scenario trackedPage = new Scenario("tracked matter page, petitioner (" + tracked.size() + " matters, long timelines)",
                null, nextTracked, null, false);

        String baseline = "log-in page (baseline)";
        List<Scenario> scenarios = List.of(
                new Scenario(baseline, null, () -> "/login", false),
                new Scenario("worklist, county registrar (mine)", "yuanling.registrar", () -> "/worklist", false),
                new Scenario("worklist, city registrar, scope=all", "city.registrar", () -> "/worklist?scope=all", false),
                new Scenario("worklist, city registrar, scope=all&flag=overdue", "city.registrar",
                        () -> "/worklist?scope=all&flag=overdue", false),
                new Scenario("matter page, city registrar (" + matterIds.size() + " ids, long timelines)", "city.registrar",
                        nextMatter, false),
                new Scenario("supervision board, city supervisor", "city.supervisor", () -> "/supervision", true),
                new Scenario("worklist, county registrar, scope=all", "yuanling.registrar", () -> "/worklist?scope=all", true),
                // issue 11: the search box (its term's kind decides the look-up) and the desk, each under 100 ms
                new Scenario("worklist search, county registrar, reference number", "yuanling.registrar",
                        () -> "/worklist?scope=all&q=" + searchable.get("reference"), false),
                new Scenario("worklist search, county registrar, petitioner's name", "yuanling.registrar",
                        () -> "/worklist?scope=all&q=" + searchable.get("name"), false),
                new Scenario("worklist search, county registrar, ID number (audited)", "yuanling.registrar",
                        () -> "/worklist?scope=all&q=" + searchable.get("idNumber"), false),
                new Scenario("worklist search, city registrar, phone (audited)", "city.registrar",
                        () -> "/worklist?scope=all&q=" + searchable.get("phone"), false),
                new Scenario("worklist search, city registrar, a word of the title", "city.registrar",
                        () -> "/worklist?scope=all&q=" + searchable.get("word"), false),
                new Scenario("desk, county registrar", "yuanling.registrar", () -> "/", false),
                new Scenario("desk, county housing bureau's handler", "yuanling.housing", () -> "/", false),
                new Scenario("desk, county leader", "yuanling.leader", () -> "/", false),
                new Scenario("desk, city analyst", "city.analyst", () -> "/", false),
                new Scenario("package cases, county leader (issue 12)", "yuanling.leader", () -> "/package-cases", false),
                new Scenario("package cases, city leader (issue 12)", "city.leader", () -> "/package-cases", false),
                new Scenario("inbox, city supervisor (issue 12)", "city.supervisor", () -> "/inbox", false),
                new Scenario("inbox, county housing bureau's handler (issue 12)", "yuanling.housing", () -> "/inbox", false),
                new Scenario("joint cases, city supervisor (issue 12)", "city.supervisor", () -> "/joint-cases", false),
                new Scenario("supervision notices, city supervisor (issue 12)", "city.supervisor",
                        () -> "/supervision/notices", false),
                new Scenario("supervision notices, county supervisor (issue 12)", "yuanling.supervisor",
                        () -> "/supervision/notices", false),
                new Scenario("backlog register, city leader (issue 12)", "city.leader", () -> "/backlog", false),
                new Scenario("leader receptions, city leader (issue 12)", "city.leader", () -> "/receptions", false),
                new Scenario("oversight, city leader (issue 12)", "city.leader", () -> "/oversight", false),
                new Scenario("callbacks, county registrar (issue 12)", "yuanling.registrar", () -> "/callbacks", false),
                new Scenario("portal front page", null, () -> "/portal", false),
                new Scenario("public disclosures, whole city", null, () -> "/portal/disclosures", false),
                new Scenario("public disclosures, one county", null, () -> "/portal/disclosures?county=431222", false),
                disclosurePage,
                statisticsPage,
                Scenario.call("public statistics, computed (service call)", () -> publicStatistics.statistics(null)),
                trackedPage);
        Scenario matterPage = scenarios.get(4);
        // the visits of the whole city (comparable with earlier runs), and every matter of the city (issue 11: 50,000
        // rows in under 10 s)
        List<Scenario> exports = List.of(new Scenario("Excel export, scope=all&channel=VISIT", "city.registrar",
                () -> "/worklist.xlsx?scope=all&channel=VISIT", true), new Scenario("Excel export, scope=all (every matter)",
                "city.registrar", () -> "/worklist.xlsx?scope=all", true));

        Map<String, UserDetails> principals = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            if (s.who() != null) {
                principals.computeIfAbsent(s.who(), users::loadUserByUsername);
            }
        }
        exports.forEach(e -> principals.computeIfAbsent(e.who(), users::loadUserByUsername));

        // The statistics page computes its figures once and then serves them until a matter changes (nothing changes
        // during the rounds, and the test clock stands still): fill that cache first, so that the probe and the rounds
        // see the page as nearly every visitor does.
        check(statisticsPage, mvc.perform(statisticsPage.next().get()).andReturn());

        // What one request costs in SQL statements and bytes (outside the timed runs).
        Map<String, long[]> shape = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            int n = s == matterPage ? matterIds.size() : s == disclosurePage ? disclosed.size()
                    : s == trackedPage ? tracked.size() : 1;
            shape.put(s.name(), probe(s, principals, n));
        }
        for (Scenario e : exports) {
            shape.put(e.name(), probe(e, principals, 1));
        }
        cursor[0] = 0;
        disclosedCursor[0] = 0;
        trackedCursor[0] = 0;

        Map<String, List<Double>> samples = new LinkedHashMap<>();
        scenarios.forEach(s -> samples.put(s.name(), new ArrayList<>()));
        exports.forEach(e -> samples.put(e.name(), new ArrayList<>()));
        Random order = new Random(20260302L);
        List<Scenario> shuffled = new ArrayList<>(scenarios);
        for (int round = 0; round < warmup + rounds; round++) {
            boolean measured = round >= warmup;
            Collections.shuffle(shuffled, order);
            for (Scenario s : shuffled) {
                int times = s == matterPage ? idsPerRound : 1;
                for (int i = 0; i < times; i++) {
                    double ms = time(s, principals);
                    if (measured) {
                        samples.get(s.name()).add(ms);
                    }
                }
            }
        }
        // The export is heavy (thousands of rows); it runs apart so its garbage does not land on the pages above.
        for (Scenario e : exports) {
            for (int round = 0; round < 2 + exportRounds; round++) {
                double ms = time(e, principals);
                if (round >= 2) {
                    samples.get(e.name()).add(ms);
                }
            }
        }

        String report = report(started, loadBefore, BenchFigures.loadAverage(), warmup, rounds, idsPerRound, exportRounds,
                matterIds, disclosed, tracked, baseline, samples, shape, scenarios, exports);
        Path out = Path.of("target", "bench", "page-render.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** About 50 matters with long timelines: final matters (re-reviewed) and matters in handling, most events first. */
    private List<Long> sampleMatterIds() {
        List<Long> ids = new ArrayList<>(jdbc.queryForList(
                "select id from matter where state = 'FINAL' order by event_seq desc, id limit 25", Long.class));
        ids.addAll(jdbc.queryForList(
                "select id from matter where state = 'IN_HANDLING' order by event_seq desc, id limit 25", Long.class));
        if (ids.size() < 10) {
            throw new IllegalStateException("The demo data holds too few final matters and matters in handling: " + ids);
        }
        return ids;
    }

    /**
     * What a registrar types into the search box, taken from the demo data: a county's reference number, a name, an ID
     * number and a phone of a petitioner of that county, and a word of the city's titles (percent-encoded by MockMvc).
     */
    private Map<String, String> sampleSearchTerms() {
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("reference", jdbc.queryForObject("select reference_no from matter where reference_no like 'XF431222-%'"
                + " order by id desc limit 1", String.class));
        Map<String, Object> p = jdbc.queryForMap("""
                select pe.name, pe.id_number, c.phone from matter m join petitioner pe on pe.id = m.petitioner_id
                join matter_contact c on c.matter_id = m.id and c.phone is not null
                where m.receiving_path like (select path from unit where code = '431222-PETITION') || '%' and pe.id_number is not null
                  and not m.anonymous order by m.id limit 1""");
        terms.put("name", (String) p.get("name"));
        terms.put("idNumber", (String) p.get("id_number"));
        terms.put("phone", (String) p.get("phone"));
        terms.put("word", "噪音");
        return terms;
    }

    /** About 20 disclosed matters (consent given, acceptance decided) with the longest timelines. */
    private List<String> sampleDisclosedReferences() {
        List<String> refs = jdbc.queryForList("""
                select reference_no from matter where disclosure_consent and decided_on is not null
                order by event_seq desc, id limit 20""", String.class);
        if (refs.size() < 5) {
            throw new IllegalStateException("The demo data holds too few disclosed matters: " + refs);
        }
        return refs;
    }

    /**
     * About 10 matters with long timelines whose petitioner has a phone on file, each tracked in its own session as
     * a petitioner does it (query code and the phone's last 4 digits), each from its own address so that the
     * throttle on failed look-ups cannot interfere.
     */
    private List<Tracked> trackMatters() throws Exception {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select m.id, m.query_code, p.phone from matter m join petitioner p on p.id = m.petitioner_id
                where m.query_code is not null and length(regexp_replace(p.phone, '[^0-9]', '', 'g')) >= 4
                order by m.event_seq desc, m.id limit 10""");
        if (rows.size() < 5) {
            throw new IllegalStateException("The demo data holds too few matters whose petitioner has a phone: " + rows);
        }
        List<Tracked> tracked = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            String digits = ((String) row.get("phone")).replaceAll("[^0-9]", "");
            String address = "192.0.2." + (tracked.size() + 1);
            MockHttpSession session = new MockHttpSession();
            MvcResult r = mvc.perform(post("/portal/track").session(session).with(csrf())
                    .param("code", (String) row.get("query_code")).param("digits", digits.substring(digits.length() - 4))
                    .with(req -> {
                        req.setRemoteAddr(address);
                        return req;
                    })).andReturn();
            if (!("/portal/matters/" + id).equals(r.getResponse().getRedirectedUrl())) {
                throw new IllegalStateException("Tracking matter " + id + " answered " + r.getResponse().getStatus());
            }
            tracked.add(new Tracked(id, session));
        }
        return tracked;
    }

    private double time(Scenario s, Map<String, UserDetails> principals) throws Exception {
        if (s.action() != null) {
            long t0 = System.nanoTime();
            Object result = s.action().call();
            long t1 = System.nanoTime();
            check(s, result);
            return (t1 - t0) / 1e6;
        }
        MockHttpServletRequestBuilder request = request(s, principals);
        long t0 = System.nanoTime();
        MvcResult r = mvc.perform(request).andReturn();
        long t1 = System.nanoTime();
        check(s, r);
        return (t1 - t0) / 1e6;
    }

    /** Statements per request (mean over {@code n} requests) and response bytes of the last one (-1 for a call). */
    private long[] probe(Scenario s, Map<String, UserDetails> principals, int n) throws Exception {
        long statements = 0;
        long bytes = -1;
        for (int i = 0; i < n; i++) {
            long before = StatementCounting.COUNT.get();
            if (s.action() != null) {
                Object result = s.action().call();
                statements += StatementCounting.COUNT.get() - before;
                check(s, result);
                continue;
            }
            MvcResult r = mvc.perform(request(s, principals)).andReturn();
            statements += StatementCounting.COUNT.get() - before;
            check(s, r);
            bytes = r.getResponse().getContentAsByteArray().length;
        }
        return new long[]{Math.round((double) statements / n), bytes};
    }

    private static MockHttpServletRequestBuilder request(Scenario s, Map<String, UserDetails> principals) {
        MockHttpServletRequestBuilder request = s.next().get();
        return s.who() == null ? request : request.with(user(principals.get(s.who())));
    }

    private static void check(Scenario s, Object result) {
        if (result == null) {
            throw new IllegalStateException(s.name() + " returned nothing");
        }
    }

    private static void check(Scenario s, MvcResult r) {
        int status = r.getResponse().getStatus();
        if (status != 200 || r.getResponse().getContentAsByteArray().length == 0) {
            throw new IllegalStateException(s.name() + ": " + r.getRequest().getRequestURI() + " answered " + status);
        }
    }

    private String report(Instant started, String loadBefore, String loadAfter, int warmup, int rounds, int idsPerRound,
                          int exportRounds, List<Long> matterIds, List<String> disclosed, List<Tracked> tracked,
                          String baseline, Map<String, List<Double>> samples,
                          Map<String, long[]> shape, List<Scenario> scenarios, List<Scenario> exports) {
        double base = BenchFigures.percentile(samples.get(baseline), 50);
        StringBuilder b = new StringBuilder();
        b.append("# Page render benchmark\n\n");
        b.append("- date (UTC): ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(started)).append('\n');
        b.append("- machine: ").append(BenchFigures.machine()).append("; load average before ").append(loadBefore).append(", after ").append(loadAfter).append('\n');
        b.append("- JVM: ").append(BenchFigures.jvm()).append('\n');
        b.append("- data: ").append(count("select count(*) from matter")).append(" matters, ")
                .append(count("select count(*) from matter_event")).append(" timeline entries, ")
                .append(count("select count(*) from petitioner")).append(" petitioners (demo seed, today = 2026-03-02), embedded PostgreSQL ")
                .append(jdbc.queryForObject("show server_version", String.class)).append('\n');
        b.append("- method: MockMvc, whole request (security filters, controller, SQL, Thymeleaf render into the response buffer); ")
                .append(warmup).append(" warm-up rounds, then ").append(rounds).append(" measured rounds, each round every page once in a shuffled order ")
                .append("(the matter page ").append(idsPerRound).append(" times, cycling through ").append(matterIds.size())
                .append(" ids; the portal's disclosure page and tracked matter page once, cycling through ")
                .append(disclosed.size()).append(" and ").append(tracked.size()).append(" matters; the statistics' ")
                .append("computation is a direct service call); the Excel exports apart afterwards, each 2 warm-up + ")
                .append(exportRounds).append(" measured\n");
        b.append("- baseline: ").append(baseline).append(", median ").append(BenchFigures.ms(base)).append(" ms; ratio = median (p95, max) / baseline median\n\n");
        b.append("| page | n | median ms | p95 ms | max ms | median ratio | p95 ratio | SQL statements | response KB | median under 100 ms |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        List<Scenario> all = new ArrayList<>(scenarios);
        all.addAll(exports);
        for (Scenario s : all) {
            List<Double> xs = samples.get(s.name());
            double median = BenchFigures.percentile(xs, 50);
            double p95 = BenchFigures.percentile(xs, 95);
            double max = Collections.max(xs);
            long[] sh = shape.get(s.name());
            b.append("| ").append(s.name()).append(s.extra() ? " *(extra)*" : "").append(" | ").append(xs.size())
                    .append(" | ").append(BenchFigures.ms(median)).append(" | ").append(BenchFigures.ms(p95)).append(" | ").append(BenchFigures.ms(max))
                    .append(" | ").append(BenchFigures.ratio(median / base)).append(" | ").append(BenchFigures.ratio(p95 / base))
                    .append(" | ").append(sh[0]).append(" | ")
                    .append(sh[1] < 0 ? "—" : String.format(Locale.ROOT, "%.0f", sh[1] / 1024.0))
                    .append(" | ").append(s.name().equals(baseline) ? "(baseline)" : median < TARGET_MS ? "yes" : "**no**")
                    .append(" |\n");
        }
        b.append("\nMatter ids sampled (25 final matters and 25 in handling with the most timeline entries): ")
                .append(matterIds).append('\n');
        b.append("\nDisclosed matters sampled (consent given, decided, most timeline entries): ").append(disclosed).append('\n');
        b.append("\nTracked matters sampled (most timeline entries, petitioner has a phone): ")
                .append(tracked.stream().map(Tracked::id).toList()).append('\n');
        return b.toString();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /**
     * Counts the SQL statements the application prepares (JDBC {@code prepareStatement}, {@code prepareCall},
     * {@code createStatement}), so the report can show how many queries each page costs.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class StatementCounting {

        static final AtomicLong COUNT = new AtomicLong();

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource ds)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                            (proxy, method, args) -> {
                                Object result = invoke(ds, method, args);
                                return result instanceof Connection c ? counting(c) : result;
                            });
                }
            };
        }

        private static Connection counting(Connection c) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        String m = method.getName();
                        if (m.equals("equals")) {
                            return proxy == args[0];
                        }
                        if (m.equals("hashCode")) {
                            return System.identityHashCode(proxy);
                        }
                        if (m.equals("prepareStatement") || m.equals("prepareCall") || m.equals("createStatement")) {
                            COUNT.incrementAndGet();
                        }
                        return invoke(c, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
