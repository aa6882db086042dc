package org.xinfang.insight;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.xinfang.casework.MattersImported;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Insight's facts follow the matters through casework's events: a registration and an acceptance reach the facts and
 * the indicators within seconds; an event delivered twice changes nothing; an older reading never replaces a newer one;
 * matters without facts (an upgraded database) get them all.
 */
@IntegrationTest
class InsightFactsTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FactFeed feed;
    @Autowired
    MatterFactStore store;
    @Autowired
    Indicators indicators;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    org.xinfang.territory.Territory territory;

    @Test
    void aRegistrationAndAnAcceptanceReachTheFactsAndTheIndicatorsWithinSeconds() {
        StaffPrincipal supervisor = (StaffPrincipal) users.loadUserByUsername("tongdao.supervisor");
        String today = clock.today().toString();
        BigDecimal visitsBefore = value(supervisor, "431230002", today, "volume.VISIT.items");
        long onTimeBefore = indicator(supervisor, "431230002", today, "rate.acceptance-on-time").value().numerator();

        long id = api.post("tongdao.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(),
                "431230002", "URBAN.DEMOLITION")).id();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> fact(id) != null);
        assertThat(fact(id)).containsEntry("channel", "VISIT").containsEntry("persons", 1).containsEntry("accepted", false)
                .containsEntry("state", "REGISTERED");
        assertThat(value(supervisor, "431230002", today, "volume.VISIT.items")).as("one more visit")
                .isEqualByComparingTo(visitsBefore.add(BigDecimal.ONE));

        assertThat(api.post("tongdao.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431230-HOUSING\"}").status()).isEqualTo(200);
        assertThat(api.post("tongdao.housing", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431230-HOUSING\",\"type\":\"APPEAL\"}").status())
                .isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(fact(id).get("accepted")));
        assertThat(fact(id)).containsEntry("handling_type", "APPEAL").containsEntry("state", "IN_HANDLING")
                .as("held by the bureau it was assigned to, as an assignment").containsEntry("routing_kind", "ASSIGNMENT")
                .containsEntry("responsible_unit_id", territory.unitByCode("431230-HOUSING").orElseThrow().id());
        assertThat(indicator(supervisor, "431230002", today, "rate.acceptance-on-time").value().numerator())
                .as("accepted the day it came").isEqualTo(onTimeBefore + 1);
    }

    @Test
    void anEventDeliveredTwiceChangesNothingAndAnOlderReadingNeverReplacesANewerOne() {
        long id = api.post("tongdao.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(),
                "431230003", "URBAN.DEMOLITION")).id();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> fact(id) != null);
        Map<String, Object> once = withoutTime(fact(id));
        feed.on(new MattersImported(List.of(id)));
        feed.on(new MattersImported(List.of(id)));
        assertThat(withoutTime(fact(id))).isEqualTo(once);
        assertThat(jdbc.queryForObject("select count(*) from insight_matter_fact where matter_id = ?", Long.class, id)).isOne();

        // a later entry already written (seq 99): reading the matter as it was at seq 0 leaves it
        jdbc.update("update insight_matter_fact set event_seq = 99, state = 'CLOSED' where matter_id = ?", id);
        store.refresh(List.of(id));
        assertThat(fact(id)).containsEntry("event_seq", 99).containsEntry("state", "CLOSED");
    }

    @Test
    void mattersWithoutFactsGetThemWhenEveryMatterIsReadPageByPage() {
        long id = api.post("tongdao.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(),
                "431230004", "URBAN.DEMOLITION")).id();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> fact(id) != null);
        // as in a database whose matters came before insight's table
        jdbc.update("delete from insight_matter_fact where matter_id = ?", id);
        store.refreshAll(7);
        assertThat(fact(id)).containsEntry("channel", "VISIT").containsEntry("state", "REGISTERED");
        assertThat(jdbc.queryForObject("select count(*) from insight_matter_fact where matter_id > 0", Long.class))
                .as("every matter").isEqualTo(jdbc.queryForObject("select count(*) from matter", Long.class));
    }

    private Map<String, Object> fact(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from insight_matter_fact where matter_id = ?", id);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Map<String, Object> withoutTime(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.remove("written_at");
        return copy;
    }

    private Indicators.Row indicator(StaffPrincipal viewer, String unit, String day, String key) {
        return indicators.table(viewer, unit, day, day).rows().stream().filter(r -> r.indicator().key().equals(key))
                .findFirst().orElseThrow();
    }

    private BigDecimal value(StaffPrincipal viewer, String unit, String day, String key) {
        return indicator(viewer, unit, day, key).value().value();
    }
}
