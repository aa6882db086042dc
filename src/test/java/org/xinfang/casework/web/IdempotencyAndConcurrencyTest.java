package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.Concurrently;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;






import static org.assertj.core.api.Assertions.assertThat;

/** Retries never register twice, and two people changing one matter at once never lose a change silently. */
@IntegrationTest
class IdempotencyAndConcurrencyTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetriedRegistrationWithTheSameKeyReturnsTheFirstMatter() {
        String key = UUID.randomUUID().toString();
        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION");
        Answer first = register(key, body);
        Answer retry = register(key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat((String) retry.read("$.referenceNo")).isEqualTo(first.read("$.referenceNo"));
        assertThat(jdbc.queryForObject("select count(*) from matter where petitioner_id = (select id from petitioner where id_number = ?)",
                Long.class, (String) first.read("$.petitioner.idNumber"))).isEqualTo(1);
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        register(key, ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        Answer other = register(key, ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(other.status()).isEqualTo(409);
        assertThat((String) other.read("$.detail")).contains("Idempotency-Key");
    }

    @Test
    void concurrentRetriesWithOneKeyRegisterExactlyOneMatter() throws Exception {
        String key = UUID.randomUUID().toString();
        String idNumber = ApiClient.freshIdNumber();
        String body = ApiClient.visit(idNumber, "431222001001", "URBAN.DEMOLITION");
        List<Answer> answers = Concurrently.run(8, () -> register(key, body));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(Answer::id).distinct()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from matter m join petitioner p on p.id = m.petitioner_id where p.id_number = ?",
                Long.class, idNumber)).isEqualTo(1);
    }

    @Test
    void twoWindowsEnteringThePersonWithoutAnIdNumberAtOnceMakeOneRecord() throws Exception {
        String phone = "137" + (10_000_000 + System.nanoTime() % 89_999_999);
        String body = """
                {"channel":"PHONE","petitioner":{"name":"无证件的来电人","phone":"%s"},"categoryCode":"URBAN.DEMOLITION",
                 "placeCode":"431222001001","title":"征收补偿","content":"来电反映征收补偿问题。"}""".formatted(phone);
        List<Answer> answers = Concurrently.run(6, () -> api.post("yuanling.registrar", "/api/v1/matters", body));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(jdbc.queryForObject("select count(*) from petitioner where phone = ? and id_number is null", Long.class, phone))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct petitioner_id) from matter m join petitioner p on p.id = m.petitioner_id"
                + " where p.phone = ?", Long.class, phone)).isEqualTo(1);
    }

    @Test
    void twoConcurrentChangesAtTheSameVersionLeaveOneWinnerAndOneClear409() throws Exception {
        long id = register(null, ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        List<Answer> answers = Concurrently.run(2, () -> api.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}"));
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject("select count(*) from matter_event where matter_id = ? and type = 'ROUTED'", Long.class, id))
                .isEqualTo(1);
    }

    private Answer register(String key, String body) {
        var request = MockMvcRequestBuilders.post("/api/v1/matters");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call("yuanling.registrar", request, body, "zh-CN");
    }
}
