package org.xinfang.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends, the answer is a clear refusal or a success — never a server error, never half a matter. */
@IntegrationTest
class HostileInputTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void controlCharactersAreRefusedNamingTheField() {
        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")
                .replace("征收补偿款未到位", "征收\\u0000补偿");
        Answer a = api.post("yuanling.registrar", "/api/v1/matters", body);
        assertThat(a.status()).isEqualTo(400);
        assertThat((String) a.read("$.errors[0].field")).isEqualTo("title");
        Answer q = api.call("yuanling.registrar", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(java.net.URI.create("/api/v1/petitioners?phone=138%00")), null, "zh-CN");
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
}
