package org.xinfang.support;

import org.xinfang.support.ApiClient.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/** Matters walked through the API to review and re-review, for the tests of the committees and of what links to them. */
public record ReviewedMatters(ApiClient api, MutableClock clock) {

    /** A matter of the housing bureau of Yuanling, its opinion delivered, under review by the county. */
    public long underReview() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                        .replace("\"persons\":1,", "\"persons\":1,\"disclosureConsent\":true,")).id();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        step("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"补偿款下月发放。\"}");
        deliver(id, 3, "handling-opinion");
        step("yuanling.registrar", id, "review-request", "{\"version\":4,\"reason\":\"对补偿标准不服\"}");
        return id;
    }

    /** {@link #underReview}, reviewed and delivered, now under re-review by the city. */
    public long underReReview() {
        long id = underReview();
        step("yuanling.leader", id, "review-opinion", "{\"version\":5,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");
        deliver(id, 6, "review-opinion");
        step("yuanling.registrar", id, "re-review-request", "{\"version\":7,\"reason\":\"仍不服\"}");
        return id;
    }

    private void deliver(long id, int version, String document) {
        step("yuanling.registrar", id, "delivery", "{\"version\":" + version + ",\"document\":\"" + document
                + "\",\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + clock.today() + "\",\"outcome\":\"SIGNED\"}");
    }

    private void step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
    }
}
