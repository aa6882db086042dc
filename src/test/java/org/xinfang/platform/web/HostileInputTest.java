package org.xinfang.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Whatever a client sends, the answer is a clear refusal or a success — never a server error, never half a matter. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProblemDetailsAdvice advice;
    @Autowired
    Validator validator;

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                .replace("征收补偿款未到位", "征收\\u0000补偿");
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", body);
        assertThat(a.status()).isEqualTo(400);
        assertThat((String) a.read("$.errors[0].field")).isEqualTo("title");
        Answer q = api.call("yuanling.registrar", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(URI.create("/api/v1/petitioners?phone=138%00")), null, "zh-CN");
        assertThat(q.status()).isEqualTo(400);
    }

    @Test
    void randomlyMangledRegistrationsNeverCauseAServerErrorOrAHalfWrittenMatter() {
        String valid = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION");
        String[] junk = {"", "null", "-1", "1e309", "\"\"", "[]", "{}", "\"\\u0001\"", "\"𠮷𠮷𠮷\"", "\"" + "长".repeat(30000) + "\"",
                "true", "\"2026-02-30\"", "99999999999999999999", "\"<script>alert(1)</script>\""};
        List<String> fields = List.of("channel", "persons", "categoryCode", "placeCode", "title", "content", "receivedOn",
                "kind", "originLevel", "representatives", "petitioner");
        SplittableRandom random = new SplittableRandom(20191231);
        long matters = jdbc.queryForObject("select count(*) from matter", Long.class);
        int created = 0;
        for (int i = 0; i < 150; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            String value = junk[random.nextInt(junk.length)];
            String body = valid.replaceFirst("\\{", "{\"" + field + "\":" + value + ",");
            Answer a = api.post("yuanling.registrar", "/api/v1/matters", body);
            assertThat(a.status()).as("%s = %s -> %s", field, value.length() > 40 ? value.substring(0, 40) : value, a.body())
                    .isIn(201, 400, 409);
            if (a.status() == 201) {
                created++;
            } else {
                assertThat((String) a.read("$.detail")).isNotBlank();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from matter", Long.class)).isEqualTo(matters + created);
        assertThat(jdbc.queryForObject("select count(*) from matter m where not exists (select 1 from matter_event e where e.matter_id = m.id)",
                Long.class)).isZero();
    }

    @Test
    void queryParametersOutOfRangeAreRefusedNamingTheParameterAndTheRange() {
        String[][] cases = {{"size", "0", "1", "200"}, {"size", "201", "1", "200"}, {"page", "-1", "0", "10000"},
                {"page", "10001", "0", "10000"}, {"withinDays", "-1", "0", "365"}, {"withinDays", "366", "0", "365"}};
        for (String[] c : cases) {
            String uri = "/api/v1/matters?" + c[0] + "=" + c[1];
            Answer zh = api.get("yuanling.registrar", uri);
            assertThat(zh.status()).as(uri + " -> " + zh.body()).isEqualTo(400);
            assertThat((String) zh.read("$.type")).endsWith("/validation");
            assertThat((List<String>) zh.read("$.errors[*].field")).containsExactly(c[0]);
            assertThat((String) zh.read("$.detail")).contains(c[0], "须在 " + c[2] + " 到 " + c[3] + " 之间");
            Answer en = api.call("yuanling.registrar", get(uri), null, "en");
            assertThat((String) en.read("$.detail")).contains(c[0], "between " + c[2] + " and " + c[3]);
        }
        assertThat(api.get("yuanling.registrar", "/api/v1/matters?size=200&page=10000&withinDays=365").status()).isEqualTo(200);
    }

    @Test
    void aViolationFoundByAValidatingProxyIsA400NamingTheParameter() throws Exception {
        class Listing {
            void list(@Range(min = 1, max = 200) int size) {
            }
        }
        var violations = validator.forExecutables().validateParameters(new Listing(),
                Listing.class.getDeclaredMethod("list", int.class), new Object[]{0});
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            var answer = advice.constraintViolated(new ConstraintViolationException(violations));
            assertThat(answer.getStatusCode().value()).isEqualTo(400);
            var problem = (ProblemDetail) answer.getBody();
            assertThat(problem.getDetail()).contains("size: must be between 1 and 200");
            assertThat(problem.getProperties().get("errors").toString()).contains("field=size");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void pageNumbersOutOfRangeOnStaffPagesGetAPageNamingTheParameter() throws Exception {
        for (String uri : List.of("/worklist?page=-1", "/worklist?page=10001", "/worklist.xlsx?page=-1", "/supervision?page=-1")) {
            MvcResult r = mvc.perform(get(uri).with(user(users.loadUserByUsername("yuanling.leader")))).andReturn();
            assertThat(r.getResponse().getStatus()).as(uri).isEqualTo(400);
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(uri)
                    .contains("id=\"refusal\"", "page", "须在 0 到 10000 之间");
        }
    }

    @Test
    void anUnsupportedMediaTypeIsAnswered415WithoutAStackTraceInTheLog(CapturedOutput output) {
        int before = output.getAll().length();
        Answer a = api.call("yuanling.registrar", post("/api/v1/matters").contentType(MediaType.TEXT_PLAIN).content("hello"),
                null, "en");
        assertThat(a.status()).isEqualTo(415);
        assertThat((String) a.read("$.type")).endsWith("/http-415");
        assertThat((String) a.read("$.title")).isEqualTo("Unsupported media type");
        Answer zh = api.call("yuanling.registrar", post("/api/v1/matters").contentType(MediaType.TEXT_PLAIN).content("你好"),
                null, "zh-CN");
        assertThat((String) zh.read("$.detail")).contains("不支持内容类型 text/plain", "application/json");
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("NullPointerException").doesNotContain("\tat ").doesNotContain("Failure in @ExceptionHandler");
    }

    @Test
    void lenientJsonIsRefusedNamingTheField() {
        String valid = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION");
        assertRefused(valid.replace("\"title\":", "\"title\":\"第一个标题\",\"title\":"), "title");
        assertRefused(valid.replace("\"name\":\"王建国\"", "\"name\":\"王建国\",\"name\":\"李四\""), "petitioner.name");
        assertRefused(valid.replace("\"channel\":\"VISIT\"", "\"channel\":1"), "channel");
        assertRefused(valid.replace("\"persons\":1", "\"persons\":1.5"), "persons");
        assertRefused(valid.replace("\"persons\":1", "\"persons\":\"2\""), "persons");
        assertRefused(valid.replace("\"persons\":1", "\"persons\":1,\"recievedOn\":\"2026-01-01\""), "recievedOn");
        assertRefused(valid.replace("\"title\":\"征收补偿款未到位\"", "\"title\":12"), "title");
        long matters = jdbc.queryForObject("select count(*) from matter", Long.class);
        assertThat(api.post("yuanling.registrar", "/api/v1/matters", valid + "{\"title\":\"另一件\"}").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from matter", Long.class)).isEqualTo(matters);
    }

    @Test
    void aDuplicateOrUnknownFieldIsRefusedSayingSoInTheCallersLanguage() {
        String valid = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION");
        String twice = valid.replace("\"title\":", "\"title\":\"第一个标题\",\"title\":");
        String misspelt = valid.replace("\"persons\":1", "\"persons\":1,\"recievedOn\":\"2026-01-01\"");
        Answer en = api.postInEnglish("yuanling.registrar", "/api/v1/matters", twice);
        assertThat((String) en.read("$.detail")).contains("Duplicate field", "\"title\"").doesNotContain("not recognised");
        assertThat((String) en.read("$.type")).endsWith("/duplicate-field");
        Answer zh = api.post("yuanling.registrar", "/api/v1/matters", twice);
        assertThat((String) zh.read("$.detail")).contains("字段重复", "title");
        Answer unknown = api.postInEnglish("yuanling.registrar", "/api/v1/matters", misspelt);
        assertThat((String) unknown.read("$.detail")).contains("Unknown field", "\"recievedOn\"").doesNotContain("not recognised");
        assertThat((String) unknown.read("$.type")).endsWith("/unknown-field");
        assertThat((String) api.post("yuanling.registrar", "/api/v1/matters", misspelt).read("$.detail")).contains("未知字段", "recievedOn");
        // a value that is there once but wrong still says so
        Answer wrong = api.postInEnglish("yuanling.registrar", "/api/v1/matters", valid.replace("\"channel\":\"VISIT\"", "\"channel\":1"));
        assertThat((String) wrong.read("$.detail")).contains("not recognised", "channel");
    }

    @Test
    void aBodyInAnotherFormatThanJsonIsRefusedListingOnlyJson() {
        String yaml = "channel: VISIT\npersons: 1\ntitle: 征收\n";
        Answer a = api.call("yuanling.registrar", post("/api/v1/matters").contentType("application/yaml").content(yaml), null, "en");
        assertThat(a.status()).as(a.body()).isEqualTo(415);
        String detail = a.read("$.detail");
        assertThat(detail.substring(detail.indexOf("use one of"))).contains("application/json").doesNotContain("yaml");
    }

    @Test
    void anIdIsPlainDecimalDigits() {
        Answer registered = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        long id = registered.id();
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + id).status()).isEqualTo(200);
        for (String spelled : List.of("0x" + Long.toHexString(id), "+" + id, "0" + id, "%23" + Long.toHexString(id), id + ".0")) {
            Answer a = api.call("yuanling.registrar", get(URI.create("/api/v1/matters/" + spelled)), null, "zh-CN");
            assertThat(a.status()).as(spelled + " -> " + a.body()).isEqualTo(400);
            assertThat((List<String>) a.read("$.errors[*].field")).containsExactly("id");
        }
    }

    @Test
    void anApiAddressThatNamesNothingIsAProblemInTheCallersLanguage() {
        Answer zh = api.get("yuanling.registrar", "/api/v1/no-such-thing");
        assertThat(zh.status()).isEqualTo(404);
        assertThat((String) zh.read("$.detail")).contains("接口地址不存在");
        Answer en = api.call("yuanling.registrar", get(URI.create("/api/v1/matters/1/no-such-step")), null, "en");
        assertThat(en.status()).isEqualTo(404);
        assertThat((String) en.read("$.detail")).contains("no such API address");
        assertThat(en.body()).doesNotContain("timestamp");
    }

    private void assertRefused(String body, String field) {
        Answer a = api.postInEnglish("yuanling.registrar", "/api/v1/matters", body);
        assertThat(a.status()).as(body + " -> " + a.body()).isEqualTo(400);
        assertThat((List<String>) a.read("$.errors[*].field")).as(a.body()).containsExactly(field);
        assertThat((String) a.read("$.detail")).contains(field);
    }
}
