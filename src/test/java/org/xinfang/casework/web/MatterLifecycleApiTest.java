package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One matter walked from registration to final through the API, by the people who do each step. */
@IntegrationTest
class MatterLifecycleApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void aMatterTravelsTheWholeStatutoryProcedureToFinality() {
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(registered.status()).isEqualTo(201);
        long id = registered.id();
        String received = clock.today().toString();
        assertThat((String) registered.read("$.state")).isEqualTo("REGISTERED");
        assertThat((String) registered.read("$.deadlines.currentStep")).isEqualTo("ROUTING");
        assertThat((String) registered.read("$.deadlines.routingDueOn")).isEqualTo(clock.today().plusDays(15).toString());
        assertThat((String) registered.read("$.suggestedUnit.code")).isEqualTo("431222-HOUSING");
        assertThat((List<String>) registered.read("$.allowedActions")).containsExactlyInAnyOrder("ROUTE", "DECIDE_ACCEPTANCE", "RAISE_DISPUTE", "MARK_DUPLICATE");

        clock.advanceDays(2);
        Answer routed = step("yuanling.registrar", id, "routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\",\"reason\":\"属住建部门职责\"}");
        assertThat((String) routed.read("$.state")).isEqualTo("ROUTED");
        assertThat((String) routed.read("$.deadlines.acceptanceDueOn")).isEqualTo(clock.today().plusDays(15).toString());

        clock.advanceDays(5);
        Answer accepted = step("yuanling.housing", id, "acceptance", """
                {"version":1,"outcome":"ACCEPTED","notice":"您反映的问题已受理。","leadUnitCode":"431222-HOUSING",
                 "coHandlerUnitCodes":["431222-NATURAL_RESOURCES"]}""");
        assertThat((String) accepted.read("$.state")).isEqualTo("IN_HANDLING");
        assertThat((String) accepted.read("$.deadlines.handlingDueOn")).isEqualTo(clock.today().plusDays(60).toString());
        assertThat((List<String>) accepted.read("$.coHandlers[*].code")).containsExactly("431222-NATURAL_RESOURCES");
        String acceptedOn = clock.today().toString();

        clock.advanceDays(50);
        Answer extended = step("yuanling.leader", id, "extension", "{\"version\":2,\"days\":30,\"reason\":\"需要补充测绘\"}");
        assertThat((String) extended.read("$.deadlines.handlingDueOn"))
                .isEqualTo(java.time.LocalDate.parse(acceptedOn).plusDays(90).toString());
        assertThat((String) extended.read("$.extension.approvedBy")).isEqualTo("yuanling.leader");

        clock.advanceDays(20);
        step("yuanling.housing", id, "opinion-draft",
                "{\"version\":3,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"经核查，补偿款将于下月发放。\"}");
        Answer replied = step("yuanling.leader", id, "opinion-sign-off", "{\"version\":4}");
        assertThat((String) replied.read("$.state")).isEqualTo("REPLIED");
        // 2022 art. 35: the review window runs from the opinion's delivery, recorded here on the day it was given
        Answer delivered = deliver(id, 5, "handling-opinion");
        assertThat((String) delivered.read("$.deadlines.reviewRequestDeadline")).isEqualTo(clock.today().plusDays(30).toString());

        clock.advanceDays(3);
        step("yuanling.registrar", id, "evaluation", "{\"version\":6,\"satisfaction\":\"DISSATISFIED\",\"comment\":\"补偿标准偏低\"}");
        Answer closed = step("yuanling.registrar", id, "closure", "{\"version\":7}");
        assertThat((String) closed.read("$.state")).isEqualTo("CLOSED");

        clock.advanceDays(10);
        Answer review = step("yuanling.registrar", id, "review-request", "{\"version\":8,\"reason\":\"对补偿标准不服\"}");
        assertThat((String) review.read("$.state")).isEqualTo("UNDER_REVIEW");
        assertThat((String) review.read("$.review.body.code")).isEqualTo("431222");
        assertThat((String) review.read("$.deadlines.reviewDueOn")).isEqualTo(clock.today().plusDays(30).toString());

        clock.advanceDays(25);
        step("yuanling.leader", id, "review-opinion", "{\"version\":9,\"outcome\":\"UPHELD\",\"text\":\"维持原处理意见。\"}");
        deliver(id, 10, "review-opinion");
        clock.advanceDays(20);
        Answer reReview = step("yuanling.registrar", id, "re-review-request", "{\"version\":11,\"reason\":\"仍不服\"}");
        assertThat((String) reReview.read("$.reReview.body.code")).isEqualTo("431200");
        Answer hearing = step("city.leader", id, "re-review-hearing", "{\"version\":12,\"days\":7,\"reason\":\"组织听证\"}");
        assertThat((String) hearing.read("$.deadlines.reReviewDueOn")).isEqualTo(clock.today().plusDays(37).toString());
        clock.advanceDays(30);
        Answer fin = step("city.leader", id, "re-review-opinion", "{\"version\":13,\"outcome\":\"UPHELD\",\"text\":\"复核维持。\"}");
        assertThat((String) fin.read("$.state")).isEqualTo("FINAL");
        assertThat((List<String>) fin.read("$.allowedActions")).isEmpty();
        assertThat((java.util.Map<String, Object>) fin.read("$.deadlines")).doesNotContainKeys("currentStep", "currentDueOn");

        Answer timeline = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline");
        assertThat((List<String>) timeline.read("$[*].type")).containsExactly("REGISTERED", "ROUTED", "ACCEPTED", "EXTENDED",
                "OPINION_DRAFTED", "OPINION_SIGNED_OFF", "REPLIED", "DELIVERED", "EVALUATED", "CLOSED", "REVIEW_REQUESTED", "REVIEWED", "DELIVERED",
                "RE_REVIEW_REQUESTED", "HEARING_HELD", "FINALIZED");
        assertThat((List<String>) timeline.read("$[*].actor")).containsExactly("yuanling.registrar", "yuanling.registrar",
                "yuanling.housing", "yuanling.leader", "yuanling.housing", "yuanling.leader", "yuanling.leader",
                "yuanling.registrar", "yuanling.registrar",
                "yuanling.registrar", "yuanling.registrar", "yuanling.leader", "yuanling.registrar", "yuanling.registrar",
                "city.leader", "city.leader");
        assertThat((String) timeline.read("$[3].reason")).isEqualTo("需要补充测绘");
        assertThat((String) timeline.read("$[2].changes.state.before")).isEqualTo("ROUTED");
        assertThat((String) timeline.read("$[2].changes.state.after")).isEqualTo("IN_HANDLING");
        assertThat((String) timeline.read("$[0].occurredAt")).startsWith(received.substring(0, 4));
    }

    @Test
    void aPetitionOnAFinalMatterIsFlaggedAndCanOnlyBeDeclined() {
        String idNumber = ApiClient.freshIdNumber();
        long first = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001", "LAND.ACQUISITION")).id();
        step("yuanling.registrar", first, "acceptance", "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-NATURAL_RESOURCES\"}");
        step("yuanling.leader", first, "opinion", "{\"version\":1,\"outcome\":\"NOT_SUPPORTED\",\"text\":\"不予支持。\"}");
        deliver(first, 2, "handling-opinion");
        step("yuanling.registrar", first, "review-request", "{\"version\":3,\"reason\":\"不服\"}");
        step("yuanling.leader", first, "review-opinion", "{\"version\":4,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");
        deliver(first, 5, "review-opinion");
        step("yuanling.registrar", first, "re-review-request", "{\"version\":6,\"reason\":\"不服\"}");
        step("city.leader", first, "re-review-opinion", "{\"version\":7,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");

        Answer again = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222002001", "LAND.ACQUISITION"));
        assertThat((Boolean) again.read("$.flags.onFinalMatter")).isTrue();
        assertThat((Boolean) again.read("$.flags.repeat")).isTrue();
        Answer refused = api.post("yuanling.registrar", "/api/v1/matters/" + again.id() + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-NATURAL_RESOURCES\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.read("$.detail")).contains("复核终结");
        Answer declined = api.post("yuanling.registrar", "/api/v1/matters/" + again.id() + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"已复核终结\",\"properChannel\":\"ALREADY_FINAL\",\"notice\":\"不再受理。\"}");
        assertThat((String) declined.read("$.state")).isEqualTo("NOT_ACCEPTED");
    }

    /** 2022 art. 35: review whatever the rating; the rating may be corrected until review is asked for or its window closes. */
    @Test
    void staffRecordReviewWhateverTheRatingAndMayCorrectTheRatingWithinTheReviewWindow() {
        long id = repliedMatter();
        step("yuanling.registrar", id, "evaluation", "{\"version\":4,\"satisfaction\":\"SATISFIED\"}");
        Answer corrected = step("yuanling.registrar", id, "evaluation",
                "{\"version\":5,\"satisfaction\":\"BASICALLY_SATISFIED\",\"comment\":\"信访人更正评价\"}");
        assertThat((String) corrected.read("$.evaluation.satisfaction")).isEqualTo("BASICALLY_SATISFIED");
        assertThat((List<String>) corrected.read("$.allowedActions")).contains("RECORD_EVALUATION", "REQUEST_REVIEW");
        Answer review = step("yuanling.registrar", id, "review-request", "{\"version\":6,\"reason\":\"对补偿标准不服\"}");
        assertThat((String) review.read("$.state")).isEqualTo("UNDER_REVIEW");
        assertThat((List<String>) review.read("$.allowedActions")).doesNotContain("RECORD_EVALUATION");
        Answer afterReview = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/evaluation",
                "{\"version\":7,\"satisfaction\":\"DISSATISFIED\"}");
        assertThat(afterReview.status()).isEqualTo(409);
        assertThat((String) afterReview.read("$.detail")).contains("评价已不能修改");
    }

    @Test
    void afterTheReviewWindowTheRatingIsFinalAndReviewIsRefusedNamingTheDeadline() {
        long id = repliedMatter();
        String lastDay = clock.today().plusDays(30).toString();
        step("yuanling.registrar", id, "evaluation", "{\"version\":4,\"satisfaction\":\"BASICALLY_SATISFIED\"}");
        clock.advanceDays(31);
        Answer late = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((List<String>) late.read("$.allowedActions")).doesNotContain("RECORD_EVALUATION", "REQUEST_REVIEW");
        Answer rating = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/evaluation",
                "{\"version\":5,\"satisfaction\":\"DISSATISFIED\"}");
        assertThat(rating.status()).isEqualTo(409);
        assertThat((String) rating.read("$.detail")).contains("评价已不能修改", lastDay);
        Answer review = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/review-request",
                "{\"version\":5,\"reason\":\"不服\"}");
        assertThat(review.status()).isEqualTo(409);
        assertThat((String) review.read("$.detail")).contains("复查请求已超过法定期限", lastDay);
    }

    /** A matter in Yuanling with its handling opinion given today and delivered today (version 4). */
    private long repliedMatter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        step("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"补偿款下月发放。\"}");
        deliver(id, 3, "handling-opinion");
        return id;
    }

    /** The document handed to the petitioner in person today, as the receiving office's registrar records it. */
    private Answer deliver(long id, int version, String document) {
        return step("yuanling.registrar", id, "delivery", "{\"version\":" + version + ",\"document\":\"" + document
                + "\",\"method\":\"IN_PERSON\",\"deliveredOn\":\"" + clock.today() + "\",\"outcome\":\"SIGNED\"}");
    }

    private Answer step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
        return a;
    }
}
