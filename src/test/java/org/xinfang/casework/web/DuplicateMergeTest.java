package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Merging a duplicate into its original (issue 11, item 2): closed into the original (MERGED), its history kept, a
 * repeat of the original, listed among the original's related matters; refused into itself, into a matter out of
 * sight, into a matter whose procedure is over, in a cycle.
 */
@IntegrationTest
class DuplicateMergeTest {

    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDuplicateIsClosedIntoItsOriginalKeepsItsHistoryCountsAsARepeatAndIsListedOnTheOriginal() throws Exception {
        long original = register("yuanling.registrar", "431222001001");
        long duplicate = register("yuanling.registrar", "431222001001");
        String originalRef = ref(original);
        // typed as a person types it: lower case, with spaces around
        Answer merged = api.post("yuanling.registrar", "/api/v1/matters/" + duplicate + "/duplicate-of",
                "{\"version\":0,\"originalReferenceNo\":\" %s \",\"reason\":\"同一人同一事项两次来信\"}".formatted(originalRef.toLowerCase()));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat((String) merged.read("$.state")).isEqualTo("MERGED");
        assertThat((String) merged.read("$.duplicates.duplicateOf.referenceNo")).isEqualTo(originalRef);
        assertThat((Boolean) merged.read("$.flags.repeat")).isTrue();
        assertThat((List<?>) merged.read("$.allowedActions")).isEmpty();
        assertThat(jdbc.queryForObject("select repeat_of_id from matter where id = ?", Long.class, duplicate)).isEqualTo(original);

        // both timelines: the duplicate keeps its registration and says where it went; the original names the duplicate
        List<Map<String, Object>> dupTimeline = api.get("yuanling.registrar", "/api/v1/matters/" + duplicate + "/timeline").read("$");
        assertThat(dupTimeline).extracting(e -> e.get("type")).containsExactly("REGISTERED", "MERGED_AS_DUPLICATE");
        assertThat((String) dupTimeline.get(1).get("reason")).isEqualTo(originalRef + " · 同一人同一事项两次来信");
        List<Map<String, Object>> origTimeline = api.get("yuanling.registrar", "/api/v1/matters/" + original + "/timeline").read("$");
        assertThat(origTimeline.get(origTimeline.size() - 1)).containsEntry("type", "DUPLICATE_MERGED_IN")
                .containsEntry("toState", "REGISTERED");
        assertThat((String) origTimeline.get(origTimeline.size() - 1).get("reason")).startsWith(ref(duplicate));

        Answer orig = api.get("yuanling.registrar", "/api/v1/matters/" + original);
        assertThat((String) orig.read("$.state")).isEqualTo("REGISTERED");
        assertThat((List<Object>) orig.read("$.duplicates.merged[*].referenceNo")).containsExactly(ref(duplicate));
        String page = mvc.perform(get("/matters/" + original).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("并入本件的重复件", ref(duplicate), "重复件并入本件");
        String dupPage = mvc.perform(get("/matters/" + duplicate).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dupPage).contains("本件已作为重复件并入", originalRef, "已并入原件").doesNotContain("id=\"form-duplicate\"");
        // the worklist's repeat filter finds it
        String repeats = mvc.perform(get("/worklist?scope=all&flag=repeat&q=" + ref(duplicate))
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(repeats).contains("共 1 件", ref(duplicate));
    }

    @Test
    void aMergeIsRefusedIntoItselfOutOfSightIntoAFinishedMatterInACycleAndAfterAcceptance() throws Exception {
        long a = register("yuanling.registrar", "431222001001");
        long b = register("yuanling.registrar", "431222001001");
        long elsewhere = register("hecheng.registrar", "431202001001");

        Answer self = merge(a, 0, ref(a));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("不能把事项 " + ref(a) + " 并入它自己");
        Answer outOfSight = merge(a, 0, ref(elsewhere));
        assertThat(outOfSight.status()).isEqualTo(400);
        assertThat(outOfSight.body()).contains("没有编号为 " + ref(elsewhere) + " 的事项，或它不在您的管辖范围内");
        Answer unknown = merge(a, 0, "XF431222-2026-9999999");
        assertThat(unknown.status()).isEqualTo(400);
        // another county's registrar cannot reach the duplicate at all
        assertThat(api.post("hecheng.registrar", "/api/v1/matters/" + a + "/duplicate-of",
                "{\"version\":0,\"originalReferenceNo\":\"%s\"}".formatted(ref(elsewhere))).status()).isEqualTo(404);

        // a cycle: b into a, then a into b
        assertThat(merge(b, 0, ref(a)).status()).isEqualTo(200);
        Answer cycle = merge(a, version(a), ref(b));
        assertThat(cycle.status()).isEqualTo(409);
        assertThat(cycle.body()).contains("已作为重复件并入", "不能再把");

        // into a declined matter (its procedure is over)
        long declined = register("yuanling.registrar", "431222001001");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + declined + "/acceptance",
                "{\"version\":0,\"outcome\":\"NOT_ACCEPTED\",\"reason\":\"属于诉讼事项\",\"properChannel\":\"LITIGATION\"}").status())
                .isEqualTo(200);
        long c = register("yuanling.registrar", "431222001001");
        Answer finished = merge(c, 0, ref(declined));
        assertThat(finished.status()).isEqualTo(409);
        assertThat(finished.body()).contains("原件 " + ref(declined) + " 的状态为“不予受理”");

        // after acceptance a matter is handled on its own: not merged
        long accepted = register("yuanling.registrar", "431222001001");
        api.post("yuanling.registrar", "/api/v1/matters/" + accepted + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(api.post("yuanling.housing", "/api/v1/matters/" + accepted + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}").status()).isEqualTo(200);
        Answer late = merge(accepted, version(accepted), ref(a));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("办理中");
        // nothing was written by the refusals
        assertThat(jdbc.queryForObject("select count(*) from matter where duplicate_of_id is not null and id in (?, ?, ?)",
                Integer.class, a, c, accepted)).isZero();
        // a stale version is refused
        assertThat(merge(c, 5, ref(a)).status()).isEqualTo(409);
    }

    @Test
    void theMatterPageMergesThroughItsForm() throws Exception {
        long original = register("yuanling.registrar", "431222001001");
        long duplicate = register("yuanling.registrar", "431222001001");
        String form = mvc.perform(get("/matters/" + duplicate).with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"form-duplicate\"");
        var flash = mvc.perform(post("/matters/" + duplicate + "/duplicate-of").with(csrf())
                .with(user(users.loadUserByUsername("yuanling.registrar")))
                .param("version", "0").param("originalReferenceNo", ref(duplicate))).andReturn().getFlashMap();
        assertThat((String) flash.get("error")).contains("并入它自己");
        mvc.perform(post("/matters/" + duplicate + "/duplicate-of").with(csrf())
                .with(user(users.loadUserByUsername("yuanling.registrar")))
                .param("version", "0").param("originalReferenceNo", ref(original)));
        assertThat(jdbc.queryForObject("select state from matter where id = ?", String.class, duplicate)).isEqualTo("MERGED");
    }

    private Answer merge(long id, int version, String originalRef) {
        return api.post("yuanling.registrar", "/api/v1/matters/" + id + "/duplicate-of",
                "{\"version\":%d,\"originalReferenceNo\":\"%s\"}".formatted(version, originalRef));
    }

    private int version(long id) {
        return api.get("yuanling.registrar", "/api/v1/matters/" + id).version();
    }

    private long register(String registrar, String place) {
        Answer a = api.post(registrar, "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), place, "URBAN.DEMOLITION"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private String ref(long id) {
        return jdbc.queryForObject("select reference_no from matter where id = ?", String.class, id);
    }
}
