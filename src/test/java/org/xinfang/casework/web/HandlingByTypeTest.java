package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.casework.MatterCounts;
import org.xinfang.statute.HandlingType;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Handling by type (2022 arts 28–34), through the API and the staff pages, as the staff see it. */
@IntegrationTest
class HandlingByTypeTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MatterCounts counts;
    @Autowired
    org.xinfang.casework.PetitionerAccess portal;

    private static final String PLACE = "431222001001";

    private long register(String title, String content, String category, String accused) {
        String body = ApiClient.visit(ApiClient.freshIdNumber(), PLACE, category)
                .replace("征收补偿款未到位", title).replace("我家房屋被征收，补偿款至今未到位，请求督促发放。", content);
        if (accused != null) {
            body = body.substring(0, body.lastIndexOf('}')) + ",\"accused\":" + accused + "}";
        }
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private Answer accept(long id, String typeAndRoute) {
        Answer a = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-HOUSING\"" + typeAndRoute + "}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a;
    }

    private long demolition() {
        return register("征收补偿款未到位", "我家房屋被征收，补偿款至今未到位，请求督促发放。", "URBAN.DEMOLITION", null);
    }

    @Test
    @DisplayName("art. 31 ¶1 item 6: without a type the acceptance takes the suggested one; an appeal on route (6) keeps the 60-day clock (art. 34)")
    void theOldAcceptanceBodyTakesTheSuggestion() {
        long id = demolition();
        Answer before = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) before.read("$.handling.suggestion.type")).isEqualTo("APPEAL");
        assertThat(absent(before, "$.handling.type")).isTrue();
        Answer accepted = accept(id, "");
        assertThat((String) accepted.read("$.handling.type")).isEqualTo("APPEAL");
        assertThat((String) accepted.read("$.handling.route")).isEqualTo("PETITION");
        assertThat((Integer) accepted.read("$.handling.routeItem")).isEqualTo(6);
        assertThat((String) accepted.read("$.deadlines.handlingDueOn")).isNotNull();
        assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.allowedActions"))
                .contains("DRAFT_OPINION", "GUIDE_OUT").doesNotContain("REPLY_TO_SUGGESTION");
        assertThat((List<String>) api.get("yuanling.leader", "/api/v1/matters/" + id).read("$.allowedActions"))
                .contains("EXTEND_HANDLING");
    }

    @Test
    @DisplayName("art. 29 ¶1, ¶2: a suggestion is replied to as adopted, partly adopted or not; an adopted one may be marked for reward; it gets no opinion and no review")
    void aSuggestionIsRepliedToAndRewarded() {
        long id = register("关于增设公交线路的建议", "建议在城南新区增设一条公交线路，方便居民出行。", "OTHER.PROPOSAL", null);
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.handling.suggestion.type"))
                .isEqualTo("SUGGESTION");
        Answer accepted = accept(id, ",\"type\":\"SUGGESTION\"");
        assertThat(absent(accepted, "$.handling.route")).isTrue();
        assertThat(absent(accepted, "$.deadlines.handlingDueOn")).isTrue();
        Answer opinion = api.post("yuanling.housing", "/api/v1/matters/" + id + "/opinion-draft",
                "{\"version\":1,\"outcome\":\"SUPPORTED\",\"text\":\"支持\"}");
        assertThat(opinion.status()).isEqualTo(409);
        assertThat(opinion.body()).contains("建议意见类");
        Answer replied = api.post("yuanling.housing", "/api/v1/matters/" + id + "/adoption",
                "{\"version\":1,\"outcome\":\"ADOPTED\",\"reply\":\"您的建议已采纳，新线路将于下月开通。\"}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(200);
        assertThat((String) replied.read("$.state")).isEqualTo("REPLIED");
        assertThat((String) replied.read("$.handling.adoptionOutcome")).isEqualTo("ADOPTED");
        assertThat((List<String>) replied.read("$.allowedActions")).doesNotContain("REQUEST_REVIEW");
        Answer review = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/review-request",
                "{\"version\":2,\"reason\":\"不服\"}");
        assertThat(review.status()).isEqualTo(409);
        Answer rewarded = api.post("yuanling.leader", "/api/v1/matters/" + id + "/reward",
                "{\"version\":2,\"reason\":\"对改进公共交通有贡献\"}");
        assertThat(rewarded.status()).as(rewarded.body()).isEqualTo(200);
        assertThat((Boolean) rewarded.read("$.handling.rewardMarked")).isTrue();
        assertThat(api.post("yuanling.leader", "/api/v1/matters/" + id + "/reward", "{\"version\":3}").status())
                .isEqualTo(409);
    }

    @Test
    @DisplayName("art. 29 ¶2: a suggestion not adopted cannot be marked for reward")
    void aSuggestionNotAdoptedIsNotRewarded() {
        long id = register("关于路灯的建议", "建议更换路灯。", "OTHER.PROPOSAL", null);
        accept(id, ",\"type\":\"SUGGESTION\"");
        api.post("yuanling.housing", "/api/v1/matters/" + id + "/adoption",
                "{\"version\":1,\"outcome\":\"NOT_ADOPTED\",\"reply\":\"暂不具备条件。\"}");
        Answer rewarded = api.post("yuanling.leader", "/api/v1/matters/" + id + "/reward", "{\"version\":2}");
        assertThat(rewarded.status()).isEqualTo(409);
        assertThat(rewarded.body()).contains("第二十九条第二款");
    }

    @Test
    @DisplayName("art. 31 ¶1 item 1, art. 22 ¶2, art. 28 ¶2: a litigation matter is guided to the court through politics and law; it cannot receive a handling opinion")
    void aRouteOneMatterIsGuidedToTheCourt() {
        long id = register("不服法院判决", "法院判决我败诉，我不服，请求重新审理。", "LEGAL.LITIGATION", null);
        Answer before = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) before.read("$.handling.suggestion.route")).isEqualTo("LITIGATION");
        Answer accepted = accept(id, ",\"type\":\"APPEAL\",\"route\":\"LITIGATION\"");
        assertThat(absent(accepted, "$.deadlines.handlingDueOn")).as("art. 34 applies to item 6 only").isTrue();
        assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.allowedActions"))
                .contains("GUIDE_OUT").doesNotContain("REPLY", "DRAFT_OPINION");
        assertThat((List<String>) api.get("yuanling.leader", "/api/v1/matters/" + id).read("$.allowedActions"))
                .doesNotContain("EXTEND_HANDLING", "REPLY");

        Answer zh = api.post("yuanling.housing", "/api/v1/matters/" + id + "/opinion-draft",
                "{\"version\":1,\"outcome\":\"NOT_SUPPORTED\",\"text\":\"不予支持\"}");
        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.body()).contains("第三十一条第（1）项").contains("不能出具信访处理意见书");
        Answer en = api.postInEnglish("yuanling.housing", "/api/v1/matters/" + id + "/opinion-draft",
                "{\"version\":1,\"outcome\":\"NOT_SUPPORTED\",\"text\":\"no\"}");
        assertThat(en.body()).contains("A route (1) matter cannot receive a handling opinion");
        Answer extension = api.post("yuanling.leader", "/api/v1/matters/" + id + "/extension",
                "{\"version\":1,\"days\":10,\"reason\":\"复杂\"}");
        assertThat(extension.status()).isEqualTo(409);

        Answer guided = api.post("yuanling.housing", "/api/v1/matters/" + id + "/guidance",
                "{\"version\":1,\"receivingBody\":\"沅陵县人民法院\",\"notice\":\"您反映的问题属于诉讼事项，请依法向沅陵县人民法院申请再审。\"}");
        assertThat(guided.status()).as(guided.body()).isEqualTo(200);
        assertThat((String) guided.read("$.state")).isEqualTo("GUIDED_OUT");
        assertThat((String) guided.read("$.handling.guidance.receivingBody")).isEqualTo("沅陵县人民法院");
        assertThat((Boolean) guided.read("$.handling.guidance.viaPoliticsAndLaw")).isTrue();
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                .contains("GUIDED_OUT");
        // the written notice is a statutory document, with the court and the separation of litigation from petitions
        Answer documents = api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents");
        assertThat(documents.body()).contains("GUIDANCE_NOTICE");
        assertThat((List<Boolean>) documents.read("$[?(@.kind=='GUIDANCE_NOTICE')].available")).containsExactly(true);
        assertThat((List<Boolean>) documents.read("$[?(@.kind=='HANDLING_OPINION')].available")).containsExactly(false);
        // the petitioner sees the type, the route and where the matter went
        org.xinfang.casework.PetitionerMatterView mine = portal.view(id);
        assertThat(mine.handlingType()).isEqualTo(HandlingType.APPEAL);
        assertThat(mine.appealRoute()).isEqualTo(org.xinfang.statute.AppealRoute.LITIGATION);
        assertThat(mine.guidedBody()).isEqualTo("沅陵县人民法院");
        assertThat(mine.guidedNotice()).contains("申请再审");
    }

    @Test
    @DisplayName("art. 31 ¶1 item 6: a route (6) appeal is not guided out as such: the guidance names a route (1)–(5)")
    void guidanceNeedsARouteOneToFive() {
        long id = demolition();
        accept(id, ",\"type\":\"APPEAL\"");
        Answer a = api.post("yuanling.housing", "/api/v1/matters/" + id + "/guidance",
                "{\"version\":1,\"receivingBody\":\"仲裁委\",\"notice\":\"请申请仲裁\"}");
        assertThat(a.status()).isEqualTo(400);
        Answer b = api.post("yuanling.housing", "/api/v1/matters/" + id + "/guidance",
                "{\"version\":1,\"route\":\"ARBITRATION\",\"receivingBody\":\"沅陵县劳动人事争议仲裁委员会\",\"notice\":\"请申请仲裁\"}");
        assertThat(b.status()).as(b.body()).isEqualTo(200);
        assertThat((String) b.read("$.handling.route")).isEqualTo("ARBITRATION");
        assertThat((Boolean) b.read("$.handling.guidance.viaPoliticsAndLaw")).isFalse();
    }

    @Test
    @DisplayName("art. 30 ¶1, ¶2, art. 22 ¶2: an accusation against a cadre goes to discipline inspection by cadre-management authority, and the organisation department is notified")
    void anAccusationIsHandedToDisciplineInspection() {
        long id = register("举报某局长受贿", "举报县住建局某副局长收受开发商贿赂。", "URBAN.PLANNING",
                "{\"rank\":\"COUNTY_DIVISION\",\"post\":\"副局长\",\"unitCode\":\"431222-HOUSING\"}");
        Answer before = api.get("yuanling.registrar", "/api/v1/matters/" + id);
        assertThat((String) before.read("$.handling.suggestion.type")).isEqualTo("ACCUSATION");
        assertThat((String) before.read("$.handling.accused.rank")).isEqualTo("COUNTY_DIVISION");
        assertThat((String) before.read("$.handling.accused.post")).isEqualTo("副局长");
        assertThat((String) before.read("$.handling.accused.disciplineBodyLevel")).isEqualTo("CITY");
        Answer accepted = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-PETITION\",\"type\":\"ACCUSATION\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat((List<String>) accepted.read("$.allowedActions")).contains("GUIDE_OUT").doesNotContain("REPLY");
        Answer referred = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/guidance",
                "{\"version\":1,\"receivingBody\":\"中共怀化市纪律检查委员会、怀化市监察委员会\",\"notice\":\"您的举报已按干部管理权限转送市纪委监委依规依纪依法处理。\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);
        assertThat((String) referred.read("$.state")).isEqualTo("GUIDED_OUT");
        assertThat((String) referred.read("$.handling.accused.organisationNotifiedOn")).isNotNull();
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                .contains("REFERRED_TO_DISCIPLINE", "ORGANISATION_NOTIFIED");
    }

    @Test
    @DisplayName("art. 30 ¶2: an accusation about a person who is not a cadre is not notified to the organisation department")
    void noNotificationForANonCadre() {
        long id = register("举报村会计", "举报村会计挪用公款。", "RURAL.VILLAGE_AFFAIRS", "{\"rank\":\"NOT_A_CADRE\",\"post\":\"村会计\"}");
        api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-PETITION\",\"type\":\"ACCUSATION\"}");
        Answer referred = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/guidance",
                "{\"version\":1,\"receivingBody\":\"沅陵县纪委监委\",\"notice\":\"已转送\"}");
        assertThat(absent(referred, "$.handling.accused.organisationNotifiedOn")).isTrue();
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + id + "/timeline").read("$[*].type"))
                .contains("REFERRED_TO_DISCIPLINE").doesNotContain("ORGANISATION_NOTIFIED");
    }

    @Test
    @DisplayName("art. 30 ¶3: a user of the accused unit cannot see the accusation, though it is about their own unit, nor can it be routed to them")
    void theAccusedUnitNeverSeesTheAccusation() throws Exception {
        // the township of 沅陵镇 sees what arises in its villages ...
        long ordinary = demolition();
        assertThat(api.get("yuanling.yuanlingzhen", "/api/v1/matters/" + ordinary).status()).isEqualTo(200);
        // ... but not an accusation against itself
        long id = register("举报镇干部吃拿卡要", "举报沅陵镇某干部办事吃拿卡要。", "RURAL.VILLAGE_AFFAIRS",
                "{\"rank\":\"TOWNSHIP_SECTION\",\"post\":\"副镇长\",\"unitCode\":\"431222001\"}");
        String reference = api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");

        assertThat(api.get("yuanling.yuanlingzhen", "/api/v1/matters/" + id).status()).isEqualTo(404);
        assertThat(api.get("yuanling.yuanlingzhen", "/api/v1/matters/" + id + "/timeline").status()).isEqualTo(404);
        List<Integer> listed = api.get("yuanling.yuanlingzhen", "/api/v1/matters?size=200").read("$.items[*].id");
        assertThat(listed).contains((int) ordinary).doesNotContain((int) id);
        assertThat(status("yuanling.yuanlingzhen", "/matters/" + id)).isEqualTo(404);
        assertThat(page("yuanling.yuanlingzhen", "/worklist")).doesNotContain(reference);
        // the office that holds it still sees it
        assertThat(page("yuanling.registrar", "/matters/" + id)).contains("被反映人");

        Answer routed = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222001\"}");
        assertThat(routed.status()).isEqualTo(400);
        assertThat(routed.body()).contains("第三十条第三款").contains("沅陵镇");
        Answer accepted = api.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222001\",\"type\":\"ACCUSATION\"}");
        assertThat(accepted.status()).isEqualTo(400);
        assertThat(api.get("yuanling.yuanlingzhen", "/api/v1/matters/" + id).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("arts 28–34: the type is a filter of the list and a dimension of the counts; suggestions are the proposals")
    void theTypeFiltersAndSplitsCounts() throws Exception {
        long suggestion = register("关于建设公园的建议", "建议在河边建设口袋公园。", "OTHER.PROPOSAL", null);
        accept(suggestion, ",\"type\":\"SUGGESTION\"");
        long appeal = demolition();
        accept(appeal, "");
        List<Integer> suggestions = api.get("yuanling.registrar", "/api/v1/matters?size=200&type=SUGGESTION").read("$.items[*].id");
        assertThat(suggestions).contains((int) suggestion).doesNotContain((int) appeal);
        List<Integer> appeals = api.get("yuanling.registrar", "/api/v1/matters?size=200&type=APPEAL").read("$.items[*].id");
        assertThat(appeals).contains((int) appeal).doesNotContain((int) suggestion);
        assertThat(api.get("yuanling.registrar", "/api/v1/matters?type=NONSENSE").status()).isEqualTo(400);
        String suggestionRef = api.get("yuanling.registrar", "/api/v1/matters/" + suggestion).read("$.referenceNo");
        String appealRef = api.get("yuanling.registrar", "/api/v1/matters/" + appeal).read("$.referenceNo");
        String worklist = page("yuanling.registrar", "/worklist?scope=all&type=SUGGESTION");
        assertThat(worklist).contains(suggestionRef).doesNotContain(appealRef);

        LocalDate today = LocalDate.now(java.time.Clock.systemDefaultZone());
        List<MatterCounts.TypeCount> byType = counts.byType(today.minusYears(2), today.plusYears(2), null);
        assertThat(byType).extracting(MatterCounts.TypeCount::type).contains(HandlingType.SUGGESTION, HandlingType.APPEAL);
        assertThat(counts.proposals(today.minusYears(2), today.plusYears(2), null)).isPositive()
                .isEqualTo(byType.stream().filter(c -> c.type() == HandlingType.SUGGESTION).findFirst().orElseThrow().received());
    }

    @Test
    @DisplayName("art. 30 ¶3, art. 31: the registration form records the accused; the acceptance form is pre-filled with the suggested type")
    void theFormsCarryTheType() throws Exception {
        long id = register("举报局长", "举报县住建局局长滥用职权。", "URBAN.PLANNING",
                "{\"rank\":\"COUNTY_DIVISION\",\"post\":\"局长\",\"unitCode\":\"431222-HOUSING\"}");
        String html = page("yuanling.registrar", "/matters/" + id);
        assertThat(html).contains("name=\"type\"").containsPattern("value=\"ACCUSATION\"\\s+selected");
        assertThat(html).contains("县处级").contains("局长");
        assertThat(page("yuanling.registrar", "/register")).contains("name=\"accusedRank\"").contains("name=\"accusedUnitCode\"");
    }

    /** Whether the answer leaves the field out (the API omits what is null). */
    private static boolean absent(Answer a, String path) {
        try {
            return a.read(path) == null;
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            return true;
        }
    }

    private String page(String username, String uri) throws Exception {
        MvcResult r = mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String username, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
    }
}
