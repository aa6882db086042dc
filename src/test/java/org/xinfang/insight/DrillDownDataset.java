package org.xinfang.insight;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three real matters registered through the API in 沅陵 (431222) on 11 October 2021 (the clock set back for it, a year
 * no other test uses): m1 a visit on demolition in 431222001, routed to the county's housing bureau and never decided
 * (its acceptance due 26 October 2021); m2 a letter on wage arrears in 431222002, routed and accepted by the bureau
 * (its handling due in December 2021); m3 a visit on demolition in 431222001, only registered, a phone number in its title. As of today m1 and m2
 * are overdue. Registered once per database; the facts are awaited. Without a movable clock (a browser test's server)
 * they are registered today as received 333 days ago (a registration may be dated at most 365 days back), the period
 * that one day, and none is overdue.
 */
public final class DrillDownDataset {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    /** Posts {@code json} to {@code path} as {@code user}, fails unless it succeeds, and gives the answer's body. */
    public interface Poster {
        String post(String user, String path, String json) throws Exception;
    }

    private DrillDownDataset() {
    }

    /** Registers the three matters (once per database) and gives the dashboard's query of their period. */
    public static String register(Poster api, MutableClock clock, JdbcTemplate jdbc) throws Exception {
        // a registration may be dated at most 365 days back: without a movable clock, a day 333 days ago
        LocalDate day = clock != null ? LocalDate.of(2021, 10, 11)
                : LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(333);
        LocalDate from = clock != null ? day.withDayOfMonth(1) : day;
        LocalDate to = clock != null ? from.plusMonths(1).minusDays(1) : day;
        String period = "unit=431222&from=" + from + "&to=" + to;
        String path = jdbc.queryForObject("select path from unit where code = '431222'", String.class);
        if (jdbc.queryForObject("select count(*) from insight_matter_fact where place_path like ? and received_on"
                + " between ? and ?", Long.class, path + "%", from, to) > 0) {
            return period;
        }
        Instant before = clock == null ? null : clock.instant();
        try {
            if (clock != null) {
                clock.set(Instant.parse("2021-10-11T02:00:00Z"));
            }
            long m1 = register(api, day, "VISIT", "431222001001", "URBAN.DEMOLITION", null);
            route(api, m1);
            long m2 = register(api, day, "LETTER", "431222002001", "LABOUR.WAGE_ARREARS", null);
            route(api, m2);
            api.post("yuanling.housing", "/api/v1/matters/" + m2 + "/acceptance",
                    "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"type\":\"APPEAL\"}");
            long m3 = register(api, day, "VISIT", "431222001002", "URBAN.DEMOLITION", "征收补偿款未到位，请回电13812345678");
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "IN_HANDLING".equals(state(jdbc, m2))
                    && "ROUTED".equals(state(jdbc, m1)) && "REGISTERED".equals(state(jdbc, m3)));
        } finally {
            if (clock != null) {
                clock.set(before);
            }
        }
        return period;
    }

    private static long register(Poster api, LocalDate day, String channel, String place, String category, String title)
            throws Exception {
        String json = ApiClient.visit(ApiClient.freshIdNumber(), place, category).replace("\"VISIT\"", "\"" + channel + "\"")
                .replace("\"persons\":1,", "\"persons\":1,\"receivedOn\":\"" + day + "\",");
        String body = api.post("yuanling.registrar", "/api/v1/matters",
                title == null ? json : json.replace("征收补偿款未到位", title));
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new AssertionError(body);
        }
        return Long.parseLong(m.group(1));
    }

    private static void route(Poster api, long id) throws Exception {
        api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
    }

    private static String state(JdbcTemplate jdbc, long id) {
        List<String> s = jdbc.queryForList("select state from insight_matter_fact where matter_id = ?", String.class, id);
        return s.isEmpty() ? null : s.get(0);
    }
}
