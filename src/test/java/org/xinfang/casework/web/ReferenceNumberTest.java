package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casework.Actor;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.MatterBulkImport;
import org.xinfang.casework.Registration;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.Petitioners;
import org.xinfang.intake.Categories;
import org.xinfang.support.ApiClient;
import org.xinfang.support.Concurrently;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;





import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A register's numbers run 1, 2, 3 … within an office and a year: nothing refused or rolled back uses one up. */
@IntegrationTest
class ReferenceNumberTest {

    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Autowired
    MatterBulkImport bulkImport;
    @Autowired
    Petitioners petitioners;
    @Autowired
    Categories categories;
    @Autowired
    Territory territory;

    @Test
    void refusedRegistrationsLeaveNoGap() {
        long first = number(register("yuanling.registrar", visit("431222001001")));
        String tomorrow = clock.today().plusDays(1).toString();
        for (int i = 0; i < 3; i++) {
            // refused by the matter itself, after screening: the latest point a number could have been taken
            Answer refused = api.post("yuanling.registrar", "/api/v1/matters",
                    visit("431222001001").replace("\"persons\":1,", "\"persons\":1,\"receivedOn\":\"" + tomorrow + "\","));
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        assertThat(number(register("yuanling.registrar", visit("431222001001")))).isEqualTo(first + 1);
    }

    @Test
    void eachOfficeKeepsItsOwnRegisterPerYear() {
        String yuanling = register("yuanling.registrar", visit("431222001001"));
        String hecheng = register("hecheng.registrar", visit("431202001001"));
        int year = clock.today().getYear();
        assertThat(yuanling).startsWith("XF431222-" + year + "-");
        assertThat(hecheng).startsWith("XF431202-" + year + "-");
        assertThat(number(register("hecheng.registrar", visit("431202001001")))).isEqualTo(number(hecheng) + 1);
        assertThat(number(register("yuanling.registrar", visit("431222001001")))).isEqualTo(number(yuanling) + 1);
        // a letter received last year and registered now takes the next number of last year's register
        String lastYear = clock.today().withDayOfYear(1).minusDays(1).toString();
        String late = register("yuanling.registrar", visit("431222001001")
                .replace("\"persons\":1,", "\"persons\":1,\"receivedOn\":\"" + lastYear + "\","));
        assertThat(late).startsWith("XF431222-" + (year - 1) + "-");
        assertThat(number(register("yuanling.registrar", visit("431222001001")))).isEqualTo(number(yuanling) + 2);
    }

    @Test
    void concurrentRegistrationsGetDistinctConsecutiveNumbers() throws Exception {
        long before = number(register("chenxi.registrar", visit(CHENXI_PLACE)));
        List<Answer> answers = Concurrently.run(8, () -> api.post("chenxi.registrar", "/api/v1/matters", visit(CHENXI_PLACE)));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        List<Long> numbers = answers.stream().map(a -> number(a.read("$.referenceNo"))).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + 8).boxed().toList());
    }

    @Test
    void registrationNumbersOnAfterABulkImport() {
        int year = clock.today().getYear();
        UnitView office = territory.unitByCode("431224-PETITION").orElseThrow();
        UnitView place = territory.unitByCode(XUPU_PLACE).orElseThrow();
        long highest = number(register("xupu.registrar", visit(XUPU_PLACE))) + 500;
        Long person = petitioners.registerAll(List.of(new PersonDetails("导入的人", ApiClient.freshIdNumber(), null, null))).get(0);
        Registration r = new Registration("XF431224-" + year + "-" + String.format("%07d", highest), Channel.LETTER,
                PetitionKind.COMPLAINT, null, person, Set.of(), 1, categories.byCode("URBAN.DEMOLITION").orElseThrow().id(),
                place, "旧档案", "旧档案的内容。", clock.today(), office, office, null, false, false, "IMPORT" + highest, false, Map.of());
        bulkImport.importMatters(new MatterBulkImport.Batch(List.of(Matter.register(r, new Actor("import", null), clock))), bulkImport.reserveIds(1));
        assertThat(number(register("xupu.registrar", visit(XUPU_PLACE)))).isEqualTo(highest + 1);
    }

    /** 辰溪县 and 溆浦县: offices no other test registers at. */
    private static final String CHENXI_PLACE = "431223001001";
    private static final String XUPU_PLACE = "431224001001";

    private String register(String registrar, String body) {
        Answer a = api.post(registrar, "/api/v1/matters", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.read("$.referenceNo");
    }

    private static String visit(String place) {
        return ApiClient.visit(ApiClient.freshIdNumber(), place, "URBAN.DEMOLITION");
    }

    private static long number(String referenceNo) {
        return Long.parseLong(referenceNo.substring(referenceNo.lastIndexOf('-') + 1));
    }
}
