package org.xinfang.intelligence;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrator's category model page: the built-in version with its cross-validated figures, a training on the
 * city's matters with its progress that puts a new version in use, and going back to the earlier one, each audited.
 */
@IntegrationTest
class CategoryModelPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;
    @Autowired
    CategoryModels models;
    @Autowired
    JdbcTemplate jdbc;

    private String page(String language) throws Exception {
        return mvc.perform(get("/admin/category-model").with(user(users.loadUserByUsername("admin")))
                .cookie(new jakarta.servlet.http.Cookie(org.xinfang.platform.web.LocaleConfiguration.LANGUAGE_COOKIE, language))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInVersionShowsItsFiguresPerCategoryInBothLanguages() throws Exception {
        String zh = page("zh");
        assertThat(zh).contains("第 1 版", "内置模型", "宏平均 F1 0.8", "劳动和社会保障", "交通运输", "置信度达到 50%");
        String en = page("en");
        assertThat(en).contains("Version 1", "Macro-F1 0.8", "Labour and social security").doesNotContain("??");
        assertThat(mvc.perform(get("/admin/category-model").with(user(users.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aTrainingOnTheCitysMattersPutsANewVersionInUseAndTheEarlierCanBePutBack() throws Exception {
        // two first-level categories with enough matters of their own, whatever else the shared database holds
        for (int i = 0; i < CategoryModels.MIN_EXAMPLES_PER_LABEL; i++) {
            api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                    "LABOUR.WAGE_ARREARS").replace("征收补偿款未到位", "拖欠工资" + i));
            api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                    "TRANSPORT.ROADS").replace("征收补偿款未到位", "道路破损" + i));
        }
        int before = models.inUse().version();
        try {
            MvcResult started = mvc.perform(post("/admin/category-model/training").with(user(users.loadUserByUsername("admin")))
                    .with(csrf())).andReturn();
            assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/admin/category-model");
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> models.training().map(t -> !t.running()).orElse(false));
            int trained = models.training().orElseThrow().version();
            assertThat(trained).isGreaterThan(1);
            assertThat(models.inUse().version()).isEqualTo(trained);
            assertThat(page("zh")).contains("训练完成，第 " + trained + " 版已启用", "依据本地历史事项训练");
            assertThat(api.post("yuanling.registrar", "/api/v1/suggestions", "{\"text\":\"拖欠工资\"}")
                    .<String>read("$.modelVersion")).isEqualTo(String.valueOf(trained));
            MvcResult back = mvc.perform(post("/admin/category-model/versions/1/use")
                    .with(user(users.loadUserByUsername("admin"))).with(csrf())).andReturn();
            assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/admin/category-model");
            assertThat(models.inUse().version()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from admin_audit where area = 'CATEGORY_MODEL' and action in ('TRAIN', 'USE')",
                    Integer.class)).isGreaterThanOrEqualTo(2);
            MvcResult unknown = mvc.perform(post("/admin/category-model/versions/999/use")
                    .with(user(users.loadUserByUsername("admin"))).with(csrf())).andReturn();
            assertThat((String) unknown.getFlashMap().get("error")).contains("没有版本为 999 的分类模型");
        } finally {
            models.use(before, "admin", "test");
        }
    }
}
