package org.xinfang.casework.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The handler's own steps (issue 11, item 3, group B) through the API and the page's forms: evidence on the matter,
 * the opinion's draft and sign-off (审签), the co-handling units' tasks, and who decides on acceptance.
 */
@IntegrationTest
class HandlersOwnStepsApiTest {

    static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    static final byte[] PDF = "%PDF-1.4 调查笔录".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    // ---- evidence --------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("art. 31 ¶1 item 6: the handling unit puts evidence of its investigation on the matter, shown with who and when")
    void evidenceGoesOnTheMatterWithItsKindDescriptionAndTimelineEntry() throws Exception {
        long id = inHandling("431222001001");
        Answer added = evidence("yuanling.housing", id, "2", "PHOTO", "现场照片：房屋已拆除", "site.png", PNG);
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat((String) added.read("$.handlerSteps.evidence[0].kind")).isEqualTo("PHOTO");
        assertThat((String) added.read("$.handlerSteps.evidence[0].description")).isEqualTo("现场照片：房屋已拆除");
        assertThat((String) added.read("$.handlerSteps.evidence[0].contentType")).isEqualTo("image/png");
        assertThat((String) added.read("$.handlerSteps.evidence[0].attachedBy")).isEqualTo("yuanling.housing");
        assertThat((String) added.read("$.handlerSteps.evidence[0].unit.code")).isEqualTo("431222-HOUSING");
        assertThat(added.version()).isEqualTo(3);
        Answer timeline = api.get("yuanling.housing", "/api/v1/matters/" + id + "/timeline");
        assertThat(timeline.body()).contains("EVIDENCE_ATTACHED", "现场照片：房屋已拆除");

        // the file, downloaded by whoever handles the matter; not among the registration's attachments
        Number evidenceId = added.read("$.handlerSteps.evidence[0].id");
        MvcResult file = mvc.perform(get("/api/v1/matters/" + id + "/evidence/" + evidenceId)
                .with(user(users.loadUserByUsername("yuanling.housing")))).andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(PNG);
        MvcResult asAttachment = mvc.perform(get("/matters/" + id + "/attachments/" + evidenceId)
                .with(user(users.loadUserByUsername("yuanling.housing")))).andReturn();
        assertThat(asAttachment.getResponse().getStatus()).isEqualTo(404);

        // the page shows it in the evidence card
        String page = page("yuanling.housing", "/matters/" + id);
        assertThat(page).contains("id=\"evidence\"", "现场照片：房屋已拆除", "site.png", "form-attach_evidence");
    }

    @Test
    @DisplayName("evidence: the content checks of registration, each refusal naming the problem")
    void evidenceIsCheckedAsRegistrationsFilesAre() throws Exception {
        long id = inHandling("431222001001");
        Answer notAnImage = evidence("yuanling.housing", id, "2", "PHOTO", "照片", "fake.png", "<html>".getBytes());
        assertThat(notAnImage.status()).isEqualTo(400);
        assertThat((String) notAnImage.read("$.detail")).contains("fake.png", "PDF、JPEG、PNG 或 TIFF");
        Answer tooLarge = evidence("yuanling.housing", id, "2", "DOCUMENT", "合同", "big.pdf", big());
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat((String) tooLarge.read("$.detail")).contains("big.pdf", "10 MB");
        Answer noKind = evidence("yuanling.housing", id, "2", null, "合同", "a.pdf", PDF);
        assertThat(noKind.status()).isEqualTo(400);
        assertThat((List<String>) noKind.read("$.errors[*].field")).contains("kind");
        Answer unknownKind = evidence("yuanling.housing", id, "2", "VIDEO", "合同", "a.pdf", PDF);
        assertThat((String) unknownKind.read("$.detail")).contains("VIDEO");
        Answer noDescription = evidence("yuanling.housing", id, "2", "DOCUMENT", " ", "a.pdf", PDF);
        assertThat((List<String>) noDescription.read("$.errors[*].field")).contains("description");
        Answer stale = evidence("yuanling.housing", id, "1", "DOCUMENT", "合同", "a.pdf", PDF);
        assertThat(stale.status()).isEqualTo(409);
        Answer english = upload("yuanling.housing", multipart("/api/v1/matters/" + id + "/evidence")
                .file(new MockMultipartFile("file", "fake.png", "image/png", "<html>".getBytes()))
                .param("version", "2").param("kind", "PHOTO").param("description", "照片"), "en");
        assertThat((String) english.read("$.detail")).contains("fake.png", "is not a PDF, JPEG, PNG or TIFF file");
        assertThat((List<?>) api.get("yuanling.housing", "/api/v1/matters/" + id).read("$.handlerSteps.evidence")).isEmpty();
    }

    @Test
    @DisplayName("evidence: only the handling unit's handler, only while handled; masked roles and other units never get the file")
    void evidenceIsForTheHandlingUnitAndItsFileForThoseWhoSeePersonalData() throws Exception {
        long id = inHandling("431222001001");
        Answer byRegistrar = evidence("yuanling.registrar", id, "2", "PHOTO", "照片", "a.png", PNG);
        assertThat(byRegistrar.status()).isEqualTo(403);
        Answer byOtherCounty = evidence("hecheng.housing", id, "2", "PHOTO", "照片", "a.png", PNG);
        assertThat(byOtherCounty.status()).isEqualTo(404);
        Answer added = evidence("yuanling.housing", id, "2", "INVESTIGATION_NOTE", "对王建国的询问笔录", "note.pdf", PDF);
        Number evidenceId = added.read("$.handlerSteps.evidence[0].id");

        MvcResult leader = mvc.perform(get("/matters/" + id + "/evidence/" + evidenceId)
                .with(user(users.loadUserByUsername("yuanling.leader")))).andReturn();
        assertThat(leader.getResponse().getStatus()).as("a masked role").isEqualTo(403);
        assertThat(leader.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("脱敏");
        Answer leaderSees = api.get("yuanling.leader", "/api/v1/matters/" + id);
        assertThat(absent(leaderSees, "$.handlerSteps.evidence[0].download")).isTrue();
        assertThat((String) leaderSees.read("$.handlerSteps.evidence[0].description")).contains("询问笔录");
        MvcResult otherCounty = mvc.perform(get("/api/v1/matters/" + id + "/evidence/" + evidenceId)
                .with(user(users.loadUserByUsername("hecheng.housing")))).andReturn();
        assertThat(otherCounty.getResponse().getStatus()).isEqualTo(404);
        MvcResult office = mvc.perform(get("/api/v1/matters/" + id + "/evidence/" + evidenceId)
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn();
        assertThat(office.getResponse().getStatus()).as("the office that received the matter, unmasked").isEqualTo(200);

        // after the opinion no evidence is added
        step("yuanling.leader", id, "opinion", "{\"version\":3,\"outcome\":\"SUPPORTED\",\"text\":\"予以支持。\"}");
        Answer late = evidence("yuanling.housing", id, "4", "PHOTO", "照片", "a.png", PNG);
        assertThat(late.status()).isEqualTo(409);
        assertThat((String) late.read("$.detail")).contains("已答复");
    }

    // ---- the opinion's sign-off ------------------------------------------------------------------------------------

    @Test
    @DisplayName("sign-off (审签): the handler drafts, the head returns it with comments, the handler revises, the head signs it off and only then it is issued")
    void theOpinionIsIssuedOnlyOnceTheHeadSignsItOff() {
        long id = inHandling("431222001001");
        Answer allowed = api.get("yuanling.housing", "/api/v1/matters/" + id);
        assertThat((List<String>) allowed.read("$.allowedActions")).contains("DRAFT_OPINION", "ATTACH_EVIDENCE")
                .doesNotContain("SIGN_OFF_OPINION", "REPLY");
        Answer unsigned = api.post("yuanling.housing", "/api/v1/matters/" + id + "/opinion",
                "{\"version\":2,\"outcome\":\"SUPPORTED\",\"text\":\"未经审签\"}");
        assertThat(unsigned.status()).as("a handler never issues an opinion without the head's signature").isEqualTo(403);
        assertThat((String) unsigned.read("$.detail")).contains("审签", "opinion-draft");
        Answer drafted = step("yuanling.housing", id, "opinion-draft",
                "{\"version\":2,\"outcome\":\"SUPPORTED\",\"text\":\"初稿：予以支持。\"}");
        assertThat((String) drafted.read("$.state")).isEqualTo("IN_HANDLING");
        assertThat((Boolean) drafted.read("$.handlerSteps.signOff.awaitingSignOff")).isTrue();
        assertThat(absent(drafted, "$.opinion")).as("a draft is not the opinion").isTrue();
        assertThat((List<String>) drafted.read("$.undelivered")).doesNotContain("handling-opinion");
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id + "/documents/handling-opinion.pdf").status())
                .as("no opinion letter for a draft").isNotEqualTo(200);

        // revised while waiting: the same round
        Answer revised = step("yuanling.housing", id, "opinion-draft",
                "{\"version\":3,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"修改稿：部分支持。\"}");
        assertThat((List<?>) revised.read("$.handlerSteps.signOff.rounds")).hasSize(1);
        // while a draft waits, no one issues another opinion
        Answer direct = api.post("yuanling.leader", "/api/v1/matters/" + id + "/opinion",
                "{\"version\":4,\"outcome\":\"SUPPORTED\",\"text\":\"另拟\"}");
        assertThat(direct.status()).isEqualTo(409);
        assertThat((String) direct.read("$.detail")).contains("等待单位负责人审签");
        assertThat((List<String>) api.get("yuanling.leader", "/api/v1/matters/" + id).read("$.allowedActions"))
                .contains("SIGN_OFF_OPINION", "RETURN_OPINION").doesNotContain("REPLY");

        Answer noComments = api.post("yuanling.leader", "/api/v1/matters/" + id + "/opinion-return",
                "{\"version\":4,\"comments\":\"  \"}");
        assertThat(noComments.status()).isEqualTo(400);
        Answer returned = step("yuanling.leader", id, "opinion-return",
                "{\"version\":4,\"comments\":\"请补充法律依据（第三十二条）。\"}");
        assertThat((String) returned.read("$.handlerSteps.signOff.rounds[0].decision")).isEqualTo("RETURNED");
        assertThat((String) returned.read("$.handlerSteps.signOff.rounds[0].comments")).isEqualTo("请补充法律依据（第三十二条）。");
        assertThat((Boolean) returned.read("$.handlerSteps.signOff.awaitingSignOff")).isFalse();
        Answer signNothing = api.post("yuanling.leader", "/api/v1/matters/" + id + "/opinion-sign-off", "{\"version\":5}");
        assertThat(signNothing.status()).isEqualTo(409);
        assertThat((String) signNothing.read("$.detail")).contains("没有待审签");

        Answer second = step("yuanling.housing", id, "opinion-draft",
                "{\"version\":5,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"依据第三十二条，部分支持。\"}");
        assertThat((List<?>) second.read("$.handlerSteps.signOff.rounds")).hasSize(2);
        Answer byHandler = api.post("yuanling.housing", "/api/v1/matters/" + id + "/opinion-sign-off", "{\"version\":6}");
        assertThat(byHandler.status()).as("the handler does not sign their own draft").isEqualTo(403);

        Answer signed = step("yuanling.leader", id, "opinion-sign-off", "{\"version\":6,\"note\":\"同意\"}");
        assertThat((String) signed.read("$.state")).isEqualTo("REPLIED");
        assertThat((String) signed.read("$.opinion.outcome")).isEqualTo("PARTIALLY_SUPPORTED");
        assertThat((String) signed.read("$.opinion.text")).isEqualTo("依据第三十二条，部分支持。");
        assertThat((String) signed.read("$.ratingWindow.closesOn")).isNotNull();
        assertThat((List<String>) signed.read("$.undelivered")).contains("handling-opinion");
        assertThat((String) signed.read("$.handlerSteps.signOff.rounds[1].decision")).isEqualTo("SIGNED_OFF");
        assertThat(api.get("yuanling.housing", "/api/v1/matters/" + id + "/timeline").body())
                .contains("OPINION_DRAFTED", "OPINION_DRAFT_REVISED", "OPINION_RETURNED", "OPINION_SIGNED_OFF", "REPLIED");
    }

    @Test
    @DisplayName("sign-off: the worklist's awaiting=SIGN_OFF lists the drafts waiting for the caller's unit head")
    void theSignOffWorklistListsTheDraftsWaitingForTheHead() {
        long waiting = inHandling("431222001001");
        step("yuanling.housing", waiting, "opinion-draft", "{\"version\":2,\"outcome\":\"SUPPORTED\",\"text\":\"拟稿\"}");
        long notDrafted = inHandling("431222001001");
        assertThat(ids("yuanling.leader", "awaiting=SIGN_OFF")).contains(waiting).doesNotContain(notDrafted);
        assertThat(ids("yuanling.housing", "awaiting=SIGN_OFF")).contains(waiting);
        assertThat(ids("hecheng.leader", "awaiting=SIGN_OFF")).doesNotContain(waiting);
        step("yuanling.leader", waiting, "opinion-sign-off", "{\"version\":3}");
        assertThat(ids("yuanling.leader", "awaiting=SIGN_OFF")).doesNotContain(waiting);
    }

    // ---- co-handling -----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("art. 24 ¶1: each co-handling unit gets its task on assignment, sees the matter, reports once; the lead unit sees who has not")
    void coHandlersReportTheirPartAndTheLeadUnitSeesWhoHasNot() {
        // the place is another township: the co-handling township sees the matter only as a co-handler
        long id = registered("431222002001");
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(api.get("yuanling.yuanlingzhen", "/api/v1/matters/" + id).status()).isEqualTo(404);
        Answer accepted = step("yuanling.housing", id, "acceptance", """
                {"version":1,"outcome":"ACCEPTED","leadUnitCode":"431222-HOUSING",
                 "coHandlerUnitCodes":["431222001","431222-NATURAL_RESOURCES"]}""");
        assertThat((List<String>) accepted.read("$.handlerSteps.notReported[*].code"))
                .containsExactlyInAnyOrder("431222001", "431222-NATURAL_RESOURCES");

        Answer seen = api.get("yuanling.yuanlingzhen", "/api/v1/matters/" + id);
        assertThat(seen.status()).as("a co-handling unit sees the matter").isEqualTo(200);
        assertThat((List<String>) seen.read("$.allowedActions")).containsExactly("REPORT_CO_HANDLING");
        assertThat(ids("yuanling.yuanlingzhen", "awaiting=CO_HANDLING_REPORT")).contains(id);
        assertThat(ids("yuanling.housing", "awaiting=CO_HANDLING_REPORT")).doesNotContain(id);

        Answer notCoHandler = api.post("yuanling.housing", "/api/v1/matters/" + id + "/co-handling-report",
                "{\"version\":2,\"report\":\"我们是主办\"}");
        assertThat(notCoHandler.status()).isEqualTo(403);
        Answer empty = api.post("yuanling.yuanlingzhen", "/api/v1/matters/" + id + "/co-handling-report",
                "{\"version\":2,\"report\":\"\"}");
        assertThat(empty.status()).isEqualTo(400);
        Answer reported = step("yuanling.yuanlingzhen", id, "co-handling-report",
                "{\"version\":2,\"report\":\"镇政府已核实：补偿款由县住建局拨付。\"}");
        assertThat((List<String>) reported.read("$.handlerSteps.notReported[*].code")).containsExactly("431222-NATURAL_RESOURCES");
        assertThat((String) api.get("yuanling.housing", "/api/v1/matters/" + id)
                .read("$.handlerSteps.coHandling[?(@.unit.code == '431222001')].report").toString())
                .contains("镇政府已核实");
        Answer again = api.post("yuanling.yuanlingzhen", "/api/v1/matters/" + id + "/co-handling-report",
                "{\"version\":3,\"report\":\"再报一次\"}");
        assertThat(again.status()).as("reported once: no longer offered").isEqualTo(403);
        assertThat(ids("yuanling.yuanlingzhen", "awaiting=CO_HANDLING_REPORT")).doesNotContain(id);
        assertThat(api.get("yuanling.housing", "/api/v1/matters/" + id + "/timeline").body()).contains("CO_HANDLING_REPORTED");
    }

    @Test
    @DisplayName("co-handling: a reassignment opens the new co-handler's task and drops an unreported former one's")
    void aReassignmentOpensAndDropsTasks() {
        long id = inHandling("431222001001");
        Answer reassigned = step("yuanling.registrar", id, "assignment", """
                {"version":2,"leadUnitCode":"431222-HOUSING","coHandlerUnitCodes":["431222-EDUCATION"],"reason":"调整协办"}""");
        assertThat((List<String>) reassigned.read("$.handlerSteps.coHandling[*].unit.code")).containsExactly("431222-EDUCATION");
        assertThat((List<String>) reassigned.read("$.handlerSteps.notReported[*].code")).containsExactly("431222-EDUCATION");
    }

    // ---- the acceptance decision -----------------------------------------------------------------------------------

    @Test
    @DisplayName("art. 23 ¶3: a routed matter's acceptance is decided by the body it was passed to, not by the office that routed it")
    void theAcceptanceIsOfferedToTheHolderNotToTheRoutingOffice() throws Exception {
        long own = registered("431222001001");
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + own).read("$.allowedActions"))
                .as("the office decides on a matter it holds itself").contains("DECIDE_ACCEPTANCE");
        step("yuanling.registrar", own, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat((List<String>) api.get("yuanling.registrar", "/api/v1/matters/" + own).read("$.allowedActions"))
                .doesNotContain("DECIDE_ACCEPTANCE");
        Answer byOffice = api.post("yuanling.registrar", "/api/v1/matters/" + own + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(byOffice.status()).isEqualTo(403);
        assertThat((List<String>) api.get("yuanling.housing", "/api/v1/matters/" + own).read("$.allowedActions"))
                .contains("DECIDE_ACCEPTANCE");
        assertThat(page("yuanling.registrar", "/matters/" + own)).doesNotContain("form-accept");
        String holderPage = page("yuanling.housing", "/matters/" + own);
        assertThat(holderPage).contains("form-accept", "data-outcomes=\"ACCEPTED\"", "data-outcomes=\"NOT_ACCEPTED\"",
                "data-outcomes=\"TRANSFERRED\"");

        // the server still takes each outcome's own fields: a decline needs its reason and channel, whatever else is sent
        Answer declineWithoutReason = api.post("yuanling.housing", "/api/v1/matters/" + own + "/acceptance",
                "{\"version\":1,\"outcome\":\"NOT_ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat(declineWithoutReason.status()).isEqualTo(400);
        MvcResult form = mvc.perform(post("/matters/" + own + "/acceptance").with(csrf())
                .with(user(users.loadUserByUsername("yuanling.housing"))).param("version", "1").param("outcome", "ACCEPTED")
                .param("leadUnitCode", "431222-HOUSING").param("reason", "").param("properChannel", "")
                .param("transferToUnitCode", "").param("type", "APPEAL").param("route", "")).andReturn();
        assertThat(form.getFlashMap().get("error")).isNull();
        assertThat((String) api.get("yuanling.housing", "/api/v1/matters/" + own).read("$.state")).isEqualTo("IN_HANDLING");
    }

    // ---- the page ---------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("sign-off on the page: a handler is offered the draft, not the direct opinion; the head the sign-off and the return")
    void thePageOffersTheHandlerTheDraftAndTheHeadTheSignOff() throws Exception {
        long id = inHandling("431222001001");
        String handler = page("yuanling.housing", "/matters/" + id);
        assertThat(handler).contains("form-draft_opinion").doesNotContain("form-reply");
        MvcResult drafted = mvc.perform(post("/matters/" + id + "/opinion-draft").with(csrf())
                .with(user(users.loadUserByUsername("yuanling.housing"))).param("version", "2")
                .param("outcome", "SUPPORTED").param("text", "页面拟稿")).andReturn();
        assertThat(drafted.getFlashMap().get("error")).isNull();
        String leader = page("yuanling.leader", "/matters/" + id);
        assertThat(leader).contains("form-sign_off_opinion", "form-return_opinion", "sign-off-pending", "页面拟稿");
        MvcResult evidence = mvc.perform(multipart("/matters/" + id + "/evidence")
                .file(new MockMultipartFile("file", "x.txt", "text/plain", "hello".getBytes())).with(csrf())
                .with(user(users.loadUserByUsername("yuanling.housing"))).param("version", "3")
                .param("kind", "DOCUMENT").param("description", "书证")).andReturn();
        assertThat(evidence.getResponse().getStatus()).isEqualTo(302);
        assertThat(evidence.getFlashMap().get("error")).asString().contains("x.txt");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private long registered(String place) {
        return api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), place, "URBAN.DEMOLITION")).id();
    }

    /** A matter accepted by Yuanling's housing bureau with the natural resources bureau co-handling (version 2). */
    private long inHandling(String place) {
        long id = registered(place);
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", """
                {"version":1,"outcome":"ACCEPTED","leadUnitCode":"431222-HOUSING","coHandlerUnitCodes":["431222-NATURAL_RESOURCES"]}""");
        return id;
    }

    private Answer evidence(String user, long id, String version, String kind, String description, String filename,
                            byte[] content) {
        var request = multipart("/api/v1/matters/" + id + "/evidence")
                .file(new MockMultipartFile("file", filename, "application/octet-stream", content)).param("version", version)
                .param("description", description);
        if (kind != null) {
            request.param("kind", kind);
        }
        return upload(user, request, "zh-CN");
    }

    private Answer upload(String user, org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request,
                          String language) {
        try {
            MvcResult r = mvc.perform(request.with(user(users.loadUserByUsername(user))).header("Accept-Language", language)
                    .accept(org.springframework.http.MediaType.APPLICATION_JSON)).andReturn();
            return new Answer(r.getResponse().getStatus(), r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] big() {
        byte[] b = new byte[10 * 1024 * 1024 + 1];
        b[0] = 0x25;
        b[1] = 0x50;
        b[2] = 0x44;
        b[3] = 0x46;
        return b;
    }

    private List<Long> ids(String user, String query) {
        Answer list = api.get(user, "/api/v1/matters?size=200&" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((List<Number>) list.read("$.items[*].id")).stream().map(Number::longValue).toList();
    }

    private String page(String username, String uri) throws Exception {
        MvcResult r = mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Answer step(String user, long id, String action, String json) {
        Answer a = api.post(user, "/api/v1/matters/" + id + "/" + action, json);
        assertThat(a.status()).as("%s by %s: %s", action, user, a.body()).isEqualTo(200);
        return a;
    }

    private static boolean absent(Answer a, String path) {
        try {
            return a.read(path) == null;
        } catch (com.jayway.jsonpath.PathNotFoundException e) {
            return true;
        }
    }
}
