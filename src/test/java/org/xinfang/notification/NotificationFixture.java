package org.xinfang.notification;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matters of 杨家村 (a village of 沅陵镇, Yuanling) taken through their steps by the demo staff, and what the
 * notification listener wrote for them. The village gets an account of its own here: the demo city has none at
 * village level.
 */
final class NotificationFixture {

    static final String VILLAGE = "431222001002";
    static final String VILLAGE_ACCOUNT = "yangjia.village";

    private final ApiClient api;
    private final JdbcTemplate jdbc;

    NotificationFixture(ApiClient api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
        if (jdbc.queryForObject("select count(*) from staff where username = ?", Long.class, VILLAGE_ACCOUNT) == 0) {
            jdbc.update("""
                    insert into staff (username, display_name, password_hash, unit_id)
                    select ?, '杨家村村委会文书', password_hash, (select id from unit where code = ?)
                    from staff where username = 'yuanling.registrar'""", VILLAGE_ACCOUNT, VILLAGE);
            jdbc.update("insert into staff_role (staff_id, role) select id, 'HANDLER' from staff where username = ?", VILLAGE_ACCOUNT);
        }
    }

    /** A visit registered by Yuanling's bureau, accepted with its housing bureau as the lead: version 1. */
    long accepted() {
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), VILLAGE, "URBAN.DEMOLITION"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long id = registered.id();
        Answer accepted = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    /** The county leader gives the written opinion on an accepted matter. */
    void replied(long id) {
        int version = api.get("yuanling.leader", "/api/v1/matters/" + id).version();
        Answer a = api.post("yuanling.leader", "/api/v1/matters/" + id + "/opinion",
                "{\"version\":" + version + ",\"outcome\":\"SUPPORTED\",\"text\":\"经调查，补偿款已于本月发放到位。\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    /** Who was told of the step {@code step} of matter {@code id}, with their capacities, once the listener has run. */
    Map<String, String> inboxOf(long id, String step) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_inbox where matter_id = ? and step = ?", Long.class, id, step) > 0);
        Map<String, String> told = new LinkedHashMap<>();
        jdbc.query("select username, capacities from notification_inbox where matter_id = ? and step = ? order by username",
                rs -> {
                    told.put(rs.getString(1), rs.getString(2));
                }, id, step);
        return told;
    }

    /** The outbox rows of a step: recipient/channel to status (and reason). */
    Map<String, String> outboxOf(long id, String step) {
        Map<String, String> rows = new LinkedHashMap<>();
        jdbc.query("""
                select recipient, channel, status, last_error from notification_outbox
                where matter_id = ? and step = ? order by recipient, channel""", rs -> {
            rows.put(rs.getString(1) + "/" + rs.getString(2),
                    rs.getString(3) + (rs.getString(4) == null ? "" : " " + rs.getString(4)));
        }, id, step);
        return rows;
    }
}
