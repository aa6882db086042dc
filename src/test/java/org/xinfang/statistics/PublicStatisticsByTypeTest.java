package org.xinfang.statistics;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xinfang.casework.MatterCounts;
import org.xinfang.statute.HandlingType;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The public statistics split the period's matters by the type decided at acceptance (2022 arts 28–34). */
@IntegrationTest
class PublicStatisticsByTypeTest {

    @Autowired
    PublicStatistics records;
    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;

    @Test
    void art28to34_anAcceptedAppealCountsUnderAppealsAndTheTypesAddUpToTheMattersReceived() throws Exception {
        YearMonth period = YearMonth.from(clock.today());
        long appealsBefore = received(records.statistics(period, null), HandlingType.APPEAL);
        long untypedBefore = received(records.statistics(period, null), null);

        long appeal = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(),
                "431222001001", "URBAN.DEMOLITION")).id();
        api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                "URBAN.DEMOLITION"));
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + appeal + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}").status()).isEqualTo(200);
        assertThat(api.post("yuanling.housing", "/api/v1/matters/" + appeal + "/acceptance",
                "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\",\"type\":\"APPEAL\"}").status())
                .isEqualTo(200);

        PublicStatistics.Statistics after = records.statistics(period, null);
        assertThat(received(after, HandlingType.APPEAL) - appealsBefore).isEqualTo(1);
        assertThat(received(after, null) - untypedBefore).as("the one not accepted yet has no type").isEqualTo(1);
        assertThat(after.types().stream().mapToLong(MatterCounts.TypeCount::received).sum())
                .isEqualTo(after.total().received());

        String page = mvc.perform(get("/portal/statistics")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("按类型", "申诉求决类", "未受理或尚未定类", "id=\"type-APPEAL\"");
    }

    private static long received(PublicStatistics.Statistics s, HandlingType type) {
        return s.types().stream().filter(t -> t.type() == type).mapToLong(MatterCounts.TypeCount::received).sum();
    }
}
