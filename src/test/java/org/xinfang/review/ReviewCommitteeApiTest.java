package org.xinfang.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.Concurrently;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.support.ReviewedMatters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The review and re-review committees (issue 13, item 3): the reviewing body forms a committee of its own staff, the
 * members give their views, the committee's opinion goes to the matter with its letter; on re-review a hearing is held
 * whose days do not count, the opinion makes the matter final and is published with personal data masked; the final
 * matter then stays on the support list. Refusals name the problem; two organisers at once never lose an update.
 */
@IntegrationTest
class ReviewCommitteeApiTest {

    static final String PETITIONER = "王建国";

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theCountyCommitteeReviewsTheOpinionAndItsOpinionGoesToTheMatterWithItsLetter() throws Exception {
        long matter = underReview();
        String ref = ref(matter);
        Answer countyBefore = api.get("yuanling.leader", "/api/v1/review-cases/indicators");
        Answer otherBefore = api.get("hecheng.supervisor", "/api/v1/review-cases/indicators");
        Answer opened = open("yuanling.registrar", ref, List.of("yuanling.leader", "yuanling.registrar", "yuanling.supervisor"), "rv-" + matter);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.id();
        assertThat((String) opened.read("$.stage")).isEqualTo("REVIEW");
        assertThat((String) opened.read("$.reviewingBody")).isEqualTo("沅陵县人民政府");
        assertThat((String) opened.read("$.reviewedUnit")).isEqualTo("沅陵县住房和城乡建设局");
        assertThat((List<String>) opened.read("$.members[*].name")).containsExactly("陈刚", "陈斌", "罗光辉");
        assertThat(open("yuanling.registrar", ref, List.of("yuanling.leader", "yuanling.registrar", "yuanling.supervisor"),
                "rv-" + matter).id()).as("the same request again answers with the case formed").isEqualTo(id);
        Answer twice = open("yuanling.leader", ref, List.of("yuanling.leader", "yuanling.registrar", "yuanling.supervisor"), null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains(ref, "复查委员会案件已经成立");

        // the members: the reviewing body's own staff, not the unit whose opinion is reviewed, three at least
        Answer own = update("yuanling.leader", id, "members", "{\"version\":0,\"members\":[\"yuanling.leader\",\"yuanling.housing\",\"yuanling.supervisor\"]}");
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.body()).contains("滕浩属于作出被复查意见的沅陵县住房和城乡建设局");
        Answer outside = update("yuanling.leader", id, "members", "{\"version\":0,\"members\":[\"yuanling.leader\",\"yuanling.yuanlingzhen\",\"yuanling.supervisor\"]}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("谢正清不是沅陵县人民政府及其工作部门的工作人员");
        Answer few = api.postInEnglish("yuanling.leader", "/api/v1/review-cases/" + id + "/members",
                "{\"version\":0,\"members\":[\"yuanling.leader\",\"yuanling.supervisor\"]}");
        assertThat(few.status()).isEqualTo(400);
        assertThat(few.body()).contains("A committee has 3 to 9 members; 2 were named");
        assertThat(update("yuanling.housing", id, "members", "{\"version\":0,\"members\":[\"yuanling.leader\",\"yuanling.registrar\",\"yuanling.supervisor\"]}").body())
                .as("the reviewed unit does not organise its own review").contains("只有沅陵县人民政府的领导、登记或承办人员");

        // art. 36 ¶2: the hearing is the re-review's
        Answer hearing = update("yuanling.registrar", id, "hearing", hearingPlan(0, clock.today().plusDays(3)));
        assertThat(hearing.status()).isEqualTo(409);
        assertThat(hearing.body()).contains("复查阶段，不举行听证", "第三十六条第二款");
        Answer englishHearing = api.postInEnglish("yuanling.registrar", "/api/v1/review-cases/" + id + "/hearing",
                hearingPlan(0, clock.today().plusDays(3)));
        assertThat(englishHearing.body()).contains("under review, which holds no hearing");

        Answer early = update("yuanling.leader", id, "opinion", "{\"version\":0,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("过半数委员", "现有 0 名委员提出，共 3 名委员");

        assertThat(update("yuanling.housing", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\"我单位意见正确\"}").status())
                .as("not a member").isEqualTo(403);
        Answer blank = update("yuanling.leader", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(update("yuanling.leader", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\"补偿标准符合规定\"}").status()).isEqualTo(200);
        assertThat(update("yuanling.leader", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\"补偿标准符合规定\"}").status())
                .as("the same view again").isEqualTo(200);
        Answer changed = update("yuanling.leader", id, "views", "{\"outcome\":\"REVOKED\",\"reasoning\":\"改变主意\"}");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.body()).contains("您已于", "提出评议意见");
        Answer two = update("yuanling.supervisor", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\"程序合法\"}");
        assertThat((Integer) two.read("$.views")).isEqualTo(2);
        assertThat((Boolean) two.read("$.quorum")).isTrue();

        assertThat(update("yuanling.registrar", id, "opinion", "{\"version\":0,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}").body())
                .as("the head gives the opinion").contains("只有沅陵县人民政府的领导可以作出委员会意见");
        Answer stale = update("yuanling.leader", id, "opinion", "{\"version\":5,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("第 5 版", "第 0 版");
        Answer given = update("yuanling.leader", id, "opinion",
                "{\"version\":0,\"outcome\":\"UPHELD\",\"text\":\"经复查委员会评议，原处理意见认定事实清楚，予以维持。\"}");
        assertThat(given.status()).as(given.body()).isEqualTo(200);
        assertThat((String) given.read("$.matterState")).isEqualTo("REVIEWED");
        assertThat((String) given.read("$.opinion.by")).isEqualTo("陈刚");
        Answer m = api.get("yuanling.registrar", "/api/v1/matters/" + matter);
        assertThat((String) m.read("$.state")).isEqualTo("REVIEWED");
        MvcResult letter = mvc.perform(MockMvcRequestBuilders.get((String) given.read("$.opinion.letter"))
                .with(user(users.loadUserByUsername("yuanling.leader")))).andReturn();
        assertThat(letter.getResponse().getStatus()).as("the review opinion letter, from casework").isEqualTo(200);
        assertThat(letter.getResponse().getContentType()).isEqualTo("application/pdf");
        Answer after = update("yuanling.leader", id, "members", "{\"version\":1,\"members\":[\"yuanling.leader\",\"yuanling.registrar\",\"yuanling.supervisor\"]}");
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.body()).contains("委员会已于");
        assertThat(open("yuanling.registrar", "XF-NONE", List.of("yuanling.leader"), null).body()).contains("没有您可见的编号为“XF-NONE”的事项");

        // the county's year: one more case opened and one more opinion upheld; another county's figures do not move
        Answer countyAfter = api.get("yuanling.leader", "/api/v1/review-cases/indicators");
        assertThat(figure(countyAfter, "opened")).isEqualTo(figure(countyBefore, "opened") + 1);
        assertThat(figure(countyAfter, "upheld")).isEqualTo(figure(countyBefore, "upheld") + 1);
        assertThat(figure(countyAfter, "revised") + figure(countyAfter, "revoked")).as("nothing corrected here")
                .isEqualTo(figure(countyBefore, "revised") + figure(countyBefore, "revoked"));
        assertThat(api.get("hecheng.supervisor", "/api/v1/review-cases/indicators").body()).isEqualTo(otherBefore.body());
        Answer future = api.get("yuanling.leader", "/api/v1/review-cases/indicators?year=" + (clock.today().getYear() + 1));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("year", "不在可查询范围内");
        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/review/indicators")
                .with(user(users.loadUserByUsername("yuanling.leader")))).andReturn();
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("复查复核工作指标", "纠错率");
    }

    /** A REVIEW-stage figure of the year. */
    private static int figure(Answer indicators, String name) {
        return ((Number) indicators.<List<Object>>read("$.stages[?(@.stage == 'REVIEW')]." + name).get(0)).intValue();
    }

    @Test
    void theCityReReviewsAfterAHearingTheMatterIsFinalTheOpinionIsPublishedMaskedAndSupportIsRecorded() throws Exception {
        long matter = underReReview();
        String ref = ref(matter);
        String dueBefore = api.get("city.leader", "/api/v1/matters/" + matter).read("$.deadlines.reReviewDueOn");
        long id = open("city.registrar", ref, List.of("city.leader", "city.registrar", "city.supervisor", "city.housing",
                "city.hrss"), null).id();
        Answer before = update("city.registrar", id, "hearing", hearingPlan(0, clock.today().minusDays(40)));
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("早于复核请求日");
        Answer nobody = update("city.registrar", id, "hearing", """
                {"version":0,"startsAt":"%sT09:30:00","place":"怀化市信访局听证室","participants":[]}""".formatted(clock.today().plusDays(1)));
        assertThat(nobody.status()).isEqualTo(400);
        Answer planned = update("city.registrar", id, "hearing", hearingPlan(0, clock.today().plusDays(1)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        assertThat((String) planned.read("$.hearing.startsAt")).startsWith(clock.today().plusDays(1) + "T09:30:00+08:00");
        assertThat((List<String>) planned.read("$.hearing.participants[*].role")).containsExactly("PETITIONER", "RESPONDENT_UNIT", "HEARING_OFFICER");
        Answer notYet = update("city.registrar", id, "hearing/record", "{\"version\":1,\"record\":\"听证笔录\",\"days\":7}");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.body()).contains("尚未举行");

        clock.advanceDays(2);
        Answer badDays = update("city.registrar", id, "hearing/record", "{\"version\":1,\"record\":\"听证笔录\",\"days\":120}");
        assertThat(badDays.status()).isEqualTo(400);
        assertThat(badDays.body()).contains("1 至 90 天");
        assertThat((Integer) api.get("city.registrar", "/api/v1/review-cases/" + id).read("$.version"))
                .as("nothing half-written").isEqualTo(1);
        Answer recorded = update("city.registrar", id, "hearing/record",
                "{\"version\":1,\"record\":\"信访人陈述诉求，原办理单位说明补偿依据，听证员提问。\",\"days\":7}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat((Boolean) recorded.read("$.hearing.held")).isTrue();
        assertThat((Integer) recorded.read("$.hearingDays")).isEqualTo(7);
        assertThat((String) recorded.read("$.dueOn")).as("the hearing's days do not count against the 30")
                .isEqualTo(java.time.LocalDate.parse(dueBefore).plusDays(7).toString());

        update("city.leader", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\"听证查明补偿已按标准发放\"}");
        update("city.supervisor", id, "views", "{\"outcome\":\"UPHELD\",\"reasoning\":\"同意\"}");
        update("city.hrss", id, "views", "{\"outcome\":\"REVISED\",\"reasoning\":\"应补发过渡费\"}");
        assertThat(update("city.leader", id, "publication", "{\"version\":2}").body()).as("nothing to publish before the opinion")
                .contains("只有经过听证的复核意见可以向社会公示");
        String text = "经听证，信访人" + PETITIONER + "（电话13812345678，住沅陵县沅陵镇月亮坪社区3组）所提补偿问题已按标准处理，"
                + "听证员张大伟、原办理单位代表滕浩到场。维持复查意见。";
        Answer fin = update("city.leader", id, "opinion", "{\"version\":2,\"outcome\":\"UPHELD\",\"text\":\"" + text + "\"}");
        assertThat(fin.status()).as(fin.body()).isEqualTo(200);
        assertThat((String) fin.read("$.matterState")).as("art. 36 ¶3: final after re-review").isEqualTo("FINAL");
        assertThat((Boolean) fin.read("$.mayPublish")).isTrue();

        Answer published = update("city.leader", id, "publication", "{\"version\":3}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String masked = published.read("$.publication.text");
        assertThat(masked).contains("王某", "张某", "滕某", "维持复查意见").doesNotContain(PETITIONER, "13812345678", "月亮坪", "张大伟", "滕浩");
        assertThat(update("city.leader", id, "publication", "{\"version\":4}").status()).isEqualTo(409);
        MvcResult portal = mvc.perform(MockMvcRequestBuilders.get("/portal/re-review-opinions")).andReturn();
        String page = portal.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains(ref, "王某").doesNotContain(PETITIONER, "13812345678");
        // and on the matter's own disclosure, the petitioner having agreed to it
        MvcResult disclosure = mvc.perform(MockMvcRequestBuilders.get("/portal/disclosures/" + ref)).andReturn();
        assertThat(disclosure.getResponse().getStatus()).isEqualTo(200);
        assertThat(disclosure.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("public-re-review",
                "复核意见（经听证", "王某").doesNotContain("13812345678", "月亮坪社区3组）所提");

        // art. 37 ¶3: the final matter stays on the list; the township records what it did
        Answer list = api.get("yuanling.yuanlingzhen", "/api/v1/final-matters");
        assertThat((List<String>) list.read("$.lines[*].referenceNo")).contains(ref);
        Answer entry = support("yuanling.yuanlingzhen", matter, "{\"kind\":\"HELP\",\"doneOn\":\"%s\",\"note\":\"走访慰问，协助申请临时救助\"}"
                .formatted(clock.today()), "s-" + matter);
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        assertThat(support("yuanling.yuanlingzhen", matter, "{\"kind\":\"HELP\",\"doneOn\":\"%s\",\"note\":\"走访慰问，协助申请临时救助\"}"
                .formatted(clock.today()), "s-" + matter).id()).isEqualTo(entry.id());
        Answer future = support("yuanling.yuanlingzhen", matter, "{\"kind\":\"GUIDANCE\",\"doneOn\":\"%s\",\"note\":\"谈心\"}"
                .formatted(clock.today().plusDays(1)), null);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("应在终结之日");
        Answer noKind = support("yuanling.yuanlingzhen", matter, "{\"doneOn\":\"%s\",\"note\":\"谈心\"}".formatted(clock.today()), null);
        assertThat(noKind.status()).isEqualTo(400);
        Answer entries = api.get("yuanling.leader", "/api/v1/final-matters/" + matter + "/support");
        assertThat((List<String>) entries.read("$[*].kind")).containsExactly("HELP");
        assertThat((List<String>) entries.read("$[*].recordedBy")).containsExactly("谢正清");
        // the staff pages read in both languages, every word found
        for (String path : List.of("/review", "/review/cases/" + id, "/review/support", "/review/support/" + matter)) {
            for (String language : List.of("zh-CN", "en")) {
                MvcResult pageAnswer = mvc.perform(MockMvcRequestBuilders.get(path)
                        .cookie(new jakarta.servlet.http.Cookie(org.xinfang.platform.web.LocaleConfiguration.LANGUAGE_COOKIE, language))
                        .with(user(users.loadUserByUsername("city.leader")))).andReturn();
                String html = pageAnswer.getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(pageAnswer.getResponse().getStatus()).as(path + " " + language).isEqualTo(200);
                assertThat(html).as(path + " " + language).doesNotContain("??");
                if (language.equals("en") && path.startsWith("/review/cases")) {
                    assertThat(html).contains("Re-review", "Hearing", "Published on");
                }
            }
        }
        long open = underReview();
        Answer notFinal = support("yuanling.yuanlingzhen", open, "{\"kind\":\"HELP\",\"doneOn\":\"%s\",\"note\":\"x\"}".formatted(clock.today()), null);
        assertThat(notFinal.status()).isEqualTo(409);
        assertThat(notFinal.body()).contains("尚未复核终结");
    }

    @Test
    void twoOrganisersChangingTheMembersAtOnceLoseNothingAndARacedOpeningFormsOneCase() throws Exception {
        long matter = underReReview();
        String ref = ref(matter);
        List<Answer> opens = Concurrently.run(4, () -> open("city.registrar", ref,
                List.of("city.leader", "city.registrar", "city.supervisor"), "race-" + matter));
        assertThat(opens).extracting(Answer::status).containsOnly(201);
        assertThat(opens).extracting(Answer::id).containsOnly(opens.get(0).id());
        long id = opens.get(0).id();
        List<String> bodies = List.of("\"city.leader\",\"city.registrar\",\"city.housing\"", "\"city.leader\",\"city.registrar\",\"city.hrss\"");
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Answer> answers = Concurrently.run(2, () -> {
            int i = turn.getAndIncrement();
            return update(i == 0 ? "city.leader" : "city.registrar", id, "members",
                    "{\"version\":0,\"members\":[" + bodies.get(i) + "]}");
        });
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        Answer won = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
        Answer now = api.get("city.leader", "/api/v1/review-cases/" + id);
        assertThat((Integer) now.read("$.version")).isEqualTo(1);
        assertThat((List<String>) now.read("$.members[*].username")).isEqualTo(won.read("$.members[*].username"));
        assertThat(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().body()).contains("已被他人修改");
    }

    // --- fixtures

    private String hearingPlan(int version, java.time.LocalDate day) {
        return """
                {"version":%d,"startsAt":"%s","place":"怀化市信访局听证室","participants":[
                 {"role":"PETITIONER","name":"%s"},{"role":"RESPONDENT_UNIT","name":"滕浩"},{"role":"HEARING_OFFICER","name":"张大伟"}]}"""
                .formatted(version, LocalDateTime.of(day, java.time.LocalTime.of(9, 30)), PETITIONER);
    }

    private Answer open(String who, String ref, List<String> members, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/review-cases");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        String json = "{\"referenceNo\":\"" + ref + "\",\"members\":[" + String.join(",", members.stream().map(m -> "\"" + m + "\"").toList()) + "]}";
        return api.call(who, request, json, "zh-CN");
    }

    private Answer update(String who, long id, String what, String json) {
        return api.post(who, "/api/v1/review-cases/" + id + "/" + what, json);
    }

    private Answer support(String who, long matter, String json, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/final-matters/" + matter + "/support");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, json, "zh-CN");
    }

    private String ref(long matter) {
        return api.get("yuanling.registrar", "/api/v1/matters/" + matter).read("$.referenceNo");
    }

    long underReview() {
        return new ReviewedMatters(api, clock).underReview();
    }

    long underReReview() {
        return new ReviewedMatters(api, clock).underReReview();
    }
}
