package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What registration detects (repeat, leap-level, collective, routing) and what the deadline lists show. */
@IntegrationTest
class ScreeningAndDeadlinesTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;

    @Test
    void theSamePetitionerOnTheSameMatterInTheSameCountyIsARepeatOfTheFirst() {
        String id = ApiClient.freshIdNumber();
        Answer first = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222001001", "URBAN.DEMOLITION"));
        Answer second = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222001002", "URBAN.DEMOLITION"));
        Answer third = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222002001", "URBAN.DEMOLITION"));
        Answer otherMatter = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222001001", "LABOUR.WAGE_ARREARS"));
        assertThat((Boolean) first.read("$.flags.repeat")).isFalse();
        assertThat((String) second.read("$.flags.repeatOf")).isEqualTo(first.read("$.referenceNo"));
        assertThat((String) third.read("$.flags.repeatOf")).isEqualTo(first.read("$.referenceNo"));
        assertThat((Boolean) otherMatter.read("$.flags.repeat")).isFalse();
        assertThat((Integer) second.read("$.petitioner.id")).isEqualTo(first.read("$.petitioner.id"));
    }

    @Test
    void screeningWarnsOfARepeatWithoutRegisteringAnything() {
        String id = ApiClient.freshIdNumber();
        Answer first = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(id, "431222001001", "URBAN.DEMOLITION"));
        Answer hint = api.post("yuanling.registrar", "/api/v1/matters/screening", ApiClient.visit(id, "431222001001", "URBAN.DEMOLITION"));
        assertThat(hint.status()).isEqualTo(200);
        assertThat((Boolean) hint.read("$.repeat")).isTrue();
        assertThat((String) hint.read("$.repeatOf")).isEqualTo(first.read("$.referenceNo"));
        assertThat((String) hint.read("$.suggestedUnit.code")).isEqualTo("431222-HOUSING");
        List<?> matters = api.get("yuanling.registrar", "/api/v1/petitioners?idNumber=" + id).read("$[0].matters");
        assertThat(matters).hasSize(1);
    }

    @Test
    void aVisitToTheCityAboutACountyMatterIsLeapLevel() {
        Answer atCity = api.post("city.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        Answer atCounty = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        Answer letterToCity = api.post("city.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION").replace("\"VISIT\"", "\"LETTER\""));
        assertThat((Boolean) atCity.read("$.flags.leapLevel")).isTrue();
        assertThat((Boolean) atCounty.read("$.flags.leapLevel")).isFalse();
        assertThat((Boolean) letterToCity.read("$.flags.leapLevel")).isFalse();

        // the city does not take it over: accepting it there is refused, sending it down to the county works
        Answer acceptedAtCity = api.post("city.registrar", "/api/v1/matters/" + atCity.id() + "/acceptance",
                "{\"version\":0,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431200-HOUSING\"}");
        assertThat(acceptedAtCity.status()).isEqualTo(409);
        assertThat((String) acceptedAtCity.read("$.detail")).contains("越级");
        Answer routed = api.post("city.registrar", "/api/v1/matters/" + atCity.id() + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        assertThat(routed.status()).isEqualTo(200);
        Answer accepted = api.post("yuanling.housing", "/api/v1/matters/" + atCity.id() + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        assertThat((String) accepted.read("$.state")).isEqualTo("IN_HANDLING");
    }

    @Test
    void anItemFromTheNationalBureauIsLeapLevelAndMustSayWhereItCameFrom() {
        String body = ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION").replace("\"VISIT\"", "\"HIGHER_BODY\"");
        Answer missing = api.post("city.registrar", "/api/v1/matters", body);
        assertThat(missing.status()).isEqualTo(400);
        assertThat((String) missing.read("$.errors[0].field")).isEqualTo("originLevel");
        Answer national = api.post("city.registrar", "/api/v1/matters", body.replace("{\"channel\"", "{\"originLevel\":\"NATIONAL\",\"channel\""));
        assertThat((Boolean) national.read("$.flags.leapLevel")).isTrue();
    }

    @Test
    void overdueAndDueSoonListsFollowTheClock() {
        long id = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        assertThat(ids("OVERDUE", 3)).doesNotContain((int) id);
        assertThat(ids("DUE_SOON", 3)).doesNotContain((int) id);
        clock.advanceDays(13);
        try {
            assertThat(ids("DUE_SOON", 3)).contains((int) id);
            assertThat(ids("OVERDUE", 3)).doesNotContain((int) id);
            clock.advanceDays(3);
            assertThat(ids("OVERDUE", 3)).contains((int) id);
            Answer matter = api.get("yuanling.registrar", "/api/v1/matters/" + id);
            assertThat((Boolean) matter.read("$.flags.overdue")).isTrue();
            assertThat((Integer) matter.read("$.deadlines.daysLeft")).isEqualTo(-1);
        } finally {
            clock.advanceDays(-16);
        }
    }

    private List<Integer> ids(String deadline, int within) {
        return api.get("yuanling.registrar", "/api/v1/matters?size=200&deadline=" + deadline + "&withinDays=" + within).read("$.items[*].id");
    }
}
