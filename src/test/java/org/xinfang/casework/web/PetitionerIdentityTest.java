package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An ID number is one person: a registration under another name is refused unless the registrar confirms a
 * correction of the record, and nothing tells a registrar about a person they could not look up.
 */
@IntegrationTest
class PetitionerIdentityTest {

    private static final String HECHENG_ADDRESS = "鹤城区城中街道迎丰路88号";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anotherNameForAnIdNumberOnFileIsRefusedNamingTheFieldAndNothingChanges() {
        String idNumber = ApiClient.freshIdNumber();
        register("yuanling.registrar", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        String other = ApiClient.visit(idNumber, "431222001001", "LABOUR.WAGE_ARREARS")
                .replace("王建国", "李四").replace("13812345678", "13900000001");

        Answer chinese = api.post("yuanling.registrar", "/api/v1/matters", other);
        assertThat(chinese.status()).isEqualTo(400);
        assertThat((String) chinese.read("$.errors[0].field")).isEqualTo("petitioner.name");
        assertThat((String) chinese.read("$.detail")).contains("姓名", "更正");
        Answer english = api.postInEnglish("yuanling.registrar", "/api/v1/matters", other);
        assertThat((String) english.read("$.detail")).contains("name on file", "correction");
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/screening", other).status()).isEqualTo(400);

        Map<String, Object> onFile = person(idNumber);
        assertThat(onFile).containsEntry("name", "王建国").containsEntry("phone", "13812345678");
        assertThat(jdbc.queryForObject("select count(*) from matter where petitioner_id = ?", Long.class, onFile.get("id")))
                .isEqualTo(1);
    }

    @Test
    void aConfirmedCorrectionRenamesThePersonAndKeepsTheOldName() {
        String idNumber = ApiClient.freshIdNumber();
        long first = register("yuanling.registrar", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        String corrected = ApiClient.visit(idNumber, "431222001001", "LABOUR.WAGE_ARREARS")
                .replace("\"name\":\"王建国\"", "\"name\":\"王建华\",\"confirmNameCorrection\":true");

        Answer a = api.post("yuanling.registrar", "/api/v1/matters", corrected);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat((String) a.read("$.petitioner.name")).isEqualTo("王建华");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + first).read("$.petitioner.name")).isEqualTo("王建华");
        assertThat(jdbc.queryForList("""
                select old_name, new_name, corrected_by from petitioner_name_history where petitioner_id = ?""",
                person(idNumber).get("id"))).containsExactly(
                Map.of("old_name", "王建国", "new_name", "王建华", "corrected_by", "yuanling.registrar"));
        // the history is kept: nobody rewrites it
        assertThat(jdbc.queryForObject("select count(*) from petitioner_name_history where petitioner_id = ?", Long.class,
                person(idNumber).get("id"))).isEqualTo(1);
    }

    @Test
    void aRepresentativeUnderAnotherNameIsRefusedToo() {
        String idNumber = ApiClient.freshIdNumber();
        register("yuanling.registrar", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        String collective = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                .replace("\"persons\":1,", "\"persons\":6,\"representatives\":[{\"name\":\"赵六\",\"idNumber\":\"" + idNumber + "\"}],");
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", collective);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat((String) a.read("$.errors[0].field")).isEqualTo("representatives[0].name");
    }

    @Test
    void anotherCountysPersonIsNeitherRewrittenNorDisclosed() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        register("hecheng.registrar", ApiClient.visit(idNumber, "431202001001", "URBAN.DEMOLITION")
                .replace("沅陵县沅陵镇月亮坪社区3组", HECHENG_ADDRESS).replace("13812345678", "13607450001"));
        assertThat((List<?>) api.get("yuanling.registrar", "/api/v1/petitioners?idNumber=" + idNumber).read("$")).isEmpty();

        String impostor = ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION").replace("王建国", "冒名者")
                .replace("沅陵县沅陵镇月亮坪社区3组", "沅陵县某地");
        Answer refused = api.post("yuanling.registrar", "/api/v1/matters", impostor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat((String) refused.read("$.errors[0].field")).isEqualTo("petitioner.name");
        Answer correction = api.post("yuanling.registrar", "/api/v1/matters",
                impostor.replace("\"name\":\"冒名者\"", "\"name\":\"冒名者\",\"confirmNameCorrection\":true"));
        assertThat(correction.status()).isEqualTo(403);
        Answer screening = api.post("yuanling.registrar", "/api/v1/matters/screening", impostor);
        String hints = page("yuanling.registrar", post("/register/hints").with(csrf()).param("channel", "VISIT")
                .param("name", "冒名者").param("idNumber", idNumber).param("categoryCode", "URBAN.DEMOLITION")
                .param("placeCode", "431222001001").param("title", "征收补偿").param("content", "房屋征收拆迁补偿款未到位"));
        String form = page("yuanling.registrar", multipart("/register").with(csrf()).param("channel", "VISIT")
                .param("name", "冒名者").param("idNumber", idNumber).param("categoryCode", "URBAN.DEMOLITION")
                .param("placeCode", "431222001001").param("persons", "1").param("title", "征收补偿")
                .param("content", "房屋征收拆迁补偿款未到位").param("formKey", "impostor-" + idNumber));
        String history = page("yuanling.registrar", get("/register/petitioner").param("idNumber", idNumber));
        for (String answer : List.of(refused.body(), correction.body(), screening.body(), hints, form, history)) {
            assertThat(answer).doesNotContain("王建国", "13607450001", HECHENG_ADDRESS, "XF431202");
        }
        assertThat(person(idNumber)).containsEntry("name", "王建国").containsEntry("phone", "13607450001");
        assertThat(jdbc.queryForObject("select count(*) from petitioner_name_history where petitioner_id = ?", Long.class,
                person(idNumber).get("id"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRightNameAndIdNumberOfAnotherCountysPersonDoNotRevealTheirContactDetails() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        long hechengMatter = register("hecheng.registrar", ApiClient.visit(idNumber, "431202001001", "URBAN.DEMOLITION")
                .replace("沅陵县沅陵镇月亮坪社区3组", HECHENG_ADDRESS).replace("13812345678", "13607450001"));

        // the same person, rightly named, comes to Yuanling: with a new phone, and once with no contact details at all
        Answer withPhone = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001",
                "LABOUR.WAGE_ARREARS").replace("13812345678", "13900001234").replace("沅陵县沅陵镇月亮坪社区3组", "沅陵县城南路6号"));
        assertThat(withPhone.status()).as(withPhone.body()).isEqualTo(201);
        assertThat((String) withPhone.read("$.petitioner.phone")).isEqualTo("13900001234");
        assertThat((String) withPhone.read("$.petitioner.address")).isEqualTo("沅陵县城南路6号");
        Answer bare = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(idNumber, "431222001001",
                "URBAN.PROPERTY").replace("\"13812345678\"", "null").replace("\"沅陵县沅陵镇月亮坪社区3组\"", "null"));
        assertThat(bare.status()).as(bare.body()).isEqualTo(201);
        assertThat((Map<String, Object>) bare.read("$.petitioner")).doesNotContainKeys("phone", "address");

        // now the person is within Yuanling's reach, as given in Yuanling: never as Hecheng has them
        Answer lookup = api.get("yuanling.registrar", "/api/v1/petitioners?idNumber=" + idNumber);
        String matterPage = page("yuanling.registrar", get("/matters/" + withPhone.id()));
        String history = page("yuanling.registrar", get("/register/petitioner").param("idNumber", idNumber));
        for (String answer : List.of(withPhone.body(), bare.body(), lookup.body(),
                api.get("yuanling.registrar", "/api/v1/matters/" + bare.id()).body(), matterPage, history)) {
            assertThat(answer).doesNotContain("13607450001", HECHENG_ADDRESS, "XF431202");
        }
        assertThat((String) lookup.read("$[0].petitioner.phone")).isEqualTo("13900001234");
        // Hecheng's own matter still reaches the person as given there
        Answer hecheng = api.get("hecheng.registrar", "/api/v1/matters/" + hechengMatter);
        assertThat((String) hecheng.read("$.petitioner.phone")).isEqualTo("13607450001");
        assertThat((String) hecheng.read("$.petitioner.address")).isEqualTo(HECHENG_ADDRESS);
    }

    @Test
    void aNewPhoneGivenAtTheWindowIsKeptOnTheNewMatter() {
        String idNumber = ApiClient.freshIdNumber();
        long first = register("yuanling.registrar", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        long second = register("yuanling.registrar", ApiClient.visit(idNumber, "431222001001", "LABOUR.WAGE_ARREARS")
                .replace("13812345678", "13700007777"));
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + second).read("$.petitioner.phone"))
                .isEqualTo("13700007777");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/matters/" + first).read("$.petitioner.phone"))
                .isEqualTo("13812345678");
        assertThat((String) api.get("yuanling.registrar", "/api/v1/petitioners?idNumber=" + idNumber)
                .read("$[0].petitioner.phone")).isEqualTo("13700007777");
    }

    @Test
    void theRegistrationPageRefusesAnotherNameAndRegistersAConfirmedCorrection() throws Exception {
        String idNumber = ApiClient.freshIdNumber();
        register("yuanling.registrar", ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION"));
        String refused = page("yuanling.registrar", form(idNumber, "王建华", "once-" + idNumber));
        assertThat(refused).contains("id=\"error\"", "更正", "id=\"confirmNameCorrection\"");
        assertThat(person(idNumber)).containsEntry("name", "王建国");

        MvcResult corrected = mvc.perform(form(idNumber, "王建华", "again-" + idNumber).param("confirmNameCorrection", "true")
                .with(user(users.loadUserByUsername("yuanling.registrar")))).andReturn();
        assertThat(corrected.getResponse().getRedirectedUrl()).startsWith("/matters/");
        assertThat(person(idNumber)).containsEntry("name", "王建华");
        assertThat(page("yuanling.registrar", get(corrected.getResponse().getRedirectedUrl()))).contains("王建华");
    }

    private MockMultipartHttpServletRequestBuilder form(String idNumber, String name, String formKey) {
        return multipart("/register").with(csrf()).param("channel", "VISIT").param("name", name).param("idNumber", idNumber)
                .param("categoryCode", "LABOUR.WAGE_ARREARS").param("placeCode", "431222001001").param("persons", "1")
                .param("title", "工资拖欠").param("content", "工地拖欠工资三个月。").param("formKey", formKey);
    }

    private long register(String registrar, String body) {
        Answer a = api.post(registrar, "/api/v1/matters", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    private Map<String, Object> person(String idNumber) {
        return jdbc.queryForMap("select id, name, phone from petitioner where id_number = ?", idNumber);
    }

    private String page(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
