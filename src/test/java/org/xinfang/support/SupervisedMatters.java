package org.xinfang.support;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient.Answer;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matters for the supervision tests: one registered at the county and assigned to its housing bureau, and the
 * supervision notice the county's supervisor issues on it, once coordination has turned it into a case.
 */
public record SupervisedMatters(ApiClient api, JdbcTemplate jdbc) {

    /** A demolition matter registered at 沅陵县 and assigned to its housing bureau; its id. */
    public long routedToHousing() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        Answer routed = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        return id;
    }

    /** The county supervisor's notice on {@code matter} for {@code reason}; the notice's id once its case exists. */
    public long issueNotice(long matter, String reason) {
        int version = api.get("yuanling.supervisor", "/api/v1/matters/" + matter).version();
        Answer issued = api.post("yuanling.supervisor", "/api/v1/matters/" + matter + "/supervision",
                "{\"version\":%d,\"reason\":\"%s\"}".formatted(version, reason));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from supervision_notice where matter_id = ?", Integer.class, matter) > 0);
        return jdbc.queryForObject("select id from supervision_notice where matter_id = ?", Long.class, matter);
    }
}
