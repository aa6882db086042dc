package org.xinfang.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.territory.Territory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheme's versions and a year that keeps its version once published, the marks of unreasonable demands with
 * their audit, and the refusals, through the API, on {@link RankingDataset}.
 */
@IntegrationTest
class RankingApiTest {

    @Autowired
    ApiClient api;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;

    @BeforeEach
    void dataset() {
        RankingDataset.write(jdbc, territory);
    }

    private int latest() {
        return ((Number) api.get("city.supervisor", "/api/v1/insight/appraisal-scheme").read("$[0].version")).intValue();
    }

    private static String scheme(int basedOn, int participation, int satisfaction, boolean exclude) {
        return """
                {"basedOn": %d, "weights": {"rate.acceptance-on-time": "25", "rate.completion-on-time": "25",
                 "rate.participation": "%d", "rate.satisfaction": "%d"},
                 "deductions": {"repeat.items": "0.5", "handling.overdue": "1", "collective.visits": "2", "leap-level.visits": "2"},
                 "excludeUnreasonable": %s}""".formatted(basedOn, participation, satisfaction, exclude);
    }

    @Test
    void aPublishedYearKeepsItsVersionAfterANewSave() {
        int before = latest();
        var published = api.post("city.supervisor", "/api/v1/insight/rankings/publication", "{\"year\": \"2010\", \"kind\": \"counties\"}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(((Number) published.read("$.schemeVersion")).intValue()).isEqualTo(before);
        var again = api.post("city.supervisor", "/api/v1/insight/rankings/publication", "{\"year\": \"2010\", \"kind\": \"counties\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("2010 年的排名已发布");

        var saved = api.post("city.supervisor", "/api/v1/insight/appraisal-scheme", scheme(before, 15, 35, true));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(((Number) saved.read("$.version")).intValue()).isEqualTo(before + 1);
        assertThat((String) saved.read("$.savedBy")).isEqualTo("张志强");
        assertThat((List<String>) saved.read("$.changes[*].text")).contains("权重 · 满意率: 30 → 35", "权重 · 参评率: 20 → 15");

        var kept = api.get("city.analyst", "/api/v1/insight/rankings?year=2010&kind=counties");
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(((Number) kept.read("$.schemeVersion")).intValue()).as("published with it").isEqualTo(before);
        assertThat(((Number) kept.read("$.published.schemeVersion")).intValue()).isEqualTo(before);

        // departments of 2010 are not published: the new version, by hand: housing holds g1, g2 (g2 marked, left out):
        // acceptance 100% → 25, completion 50% → 12.5, participation 100% → 15, satisfaction g1 of g1 → 35
        var fresh = api.get("city.analyst", "/api/v1/insight/rankings?year=2010&kind=departments");
        assertThat(((Number) fresh.read("$.schemeVersion")).intValue()).isEqualTo(before + 1);
        assertThat(((Map<?, ?>) fresh.read("$")).get("published")).as("not published").isNull();
        String housing = territory.department(territory.root().orElseThrow(), "HOUSING").orElseThrow().code();
        assertThat((List<Number>) fresh.read("$.lines[?(@.code == '" + housing + "')].score"))
                .extracting(Number::doubleValue).containsExactly(87.5);
        // and the plain indicator keeps g2: 1 of 2
        assertThat((List<Number>) fresh.read("$.lines[?(@.code == '" + housing + "')].indicators['rate.satisfaction'].denominator"))
                .extracting(Number::intValue).containsExactly(2);

        // a save made from the old version: refused, nothing written
        var stale = api.post("city.supervisor", "/api/v1/insight/appraisal-scheme", scheme(before, 10, 40, true));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("您修改的是第 " + before + " 版，最新为第 " + (before + 1) + " 版");
        assertThat(latest()).isEqualTo(before + 1);
    }

    @Test
    void theSchemeIsTheCityBureausAndMustAddUp() {
        int before = latest();
        var county = api.post("jingzhou.supervisor", "/api/v1/insight/appraisal-scheme", scheme(before, 10, 40, false));
        assertThat(county.status()).isEqualTo(403);
        assertThat(county.body()).contains("只有市信访局的督查人员或系统管理员可以修改考核方案");
        var analyst = api.post("city.analyst", "/api/v1/insight/appraisal-scheme", scheme(before, 10, 40, false));
        assertThat(analyst.status()).isEqualTo(403);
        var total = api.post("city.supervisor", "/api/v1/insight/appraisal-scheme", scheme(before, 10, 30, false));
        assertThat(total.status()).isEqualTo(400);
        assertThat((List<Object>) total.read("$.errors[*].field")).containsExactly("weights");
        assertThat(total.body()).contains("各项权重合计应为 100 分，现为 90 分");
        var points = api.postInEnglish("city.supervisor", "/api/v1/insight/appraisal-scheme",
                scheme(before, 10, 40, false).replace("\"0.5\"", "\"half\""));
        assertThat(points.status()).isEqualTo(400);
        assertThat(points.body()).contains("The points \\\"half\\\" are not valid");
        var unknown = api.post("city.supervisor", "/api/v1/insight/appraisal-scheme",
                scheme(before, 10, 40, false).replace("repeat.items", "volume.items"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(latest()).as("nothing saved").isEqualTo(before);
        var year = api.get("city.analyst", "/api/v1/insight/rankings?year=1999");
        assertThat(year.status()).isEqualTo(400);
        assertThat((List<Object>) year.read("$.errors[*].field")).containsExactly("year");
        var kind = api.get("city.analyst", "/api/v1/insight/rankings?kind=townships");
        assertThat((List<Object>) kind.read("$.errors[*].field")).containsExactly("kind");
        var notOver = api.post("city.supervisor", "/api/v1/insight/rankings/publication", "{\"kind\": \"counties\"}");
        assertThat(notOver.status()).isEqualTo(400);
    }

    @Test
    void anUnreasonableDemandIsMarkedAndWithdrawnWithReasonsAndItsHistoryShown() {
        // a matter registered now in 沅陵县 by 王建国 (ApiClient.visit)
        var registered = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(),
                "431222001001", "URBAN.DEMOLITION"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String ref = registered.read("$.referenceNo");
        String body = "{\"referenceNo\": \"" + ref + "\", \"reason\": %s}";

        var noReason = api.post("city.supervisor", "/api/v1/insight/unreasonable-demands", body.formatted("\"  \""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat((List<Object>) noReason.read("$.errors[*].field")).containsExactly("reason");
        assertThat(noReason.body()).contains("请填写理由");
        var unknown = api.post("city.supervisor", "/api/v1/insight/unreasonable-demands",
                "{\"referenceNo\": \"NO-SUCH-1\", \"reason\": \"超出职责范围\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat((List<Object>) unknown.read("$.errors[*].field")).containsExactly("referenceNo");
        assertThat(unknown.body()).contains("没有编号为“NO-SUCH-1”的信访件");
        var county = api.post("jingzhou.supervisor", "/api/v1/insight/unreasonable-demands", body.formatted("\"超出职责范围\""));
        assertThat(county.status()).isEqualTo(403);

        var marked = api.post("city.supervisor", "/api/v1/insight/unreasonable-demands", body.formatted("\"超出职责范围\""));
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat((List<Boolean>) marked.read("$[*].active")).containsExactly(true);
        var twice = api.post("city.supervisor", "/api/v1/insight/unreasonable-demands", body.formatted("\"再次\""));
        assertThat(twice.status()).isEqualTo(409);
        var noWithdrawReason = api.post("city.supervisor", "/api/v1/insight/unreasonable-demands/withdrawal", body.formatted("null"));
        assertThat(noWithdrawReason.status()).isEqualTo(400);
        var withdrawn = api.post("city.supervisor", "/api/v1/insight/unreasonable-demands/withdrawal", body.formatted("\"复核后属合理诉求\""));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat((List<Boolean>) withdrawn.read("$[*].active")).containsExactly(false);

        var list = api.get("city.analyst", "/api/v1/insight/unreasonable-demands");
        String events = "$.history[?(@.referenceNo == '" + ref + "')]";
        assertThat((List<String>) list.read(events + ".action")).containsExactly("WITHDRAWN", "MARKED");
        assertThat((List<String>) list.read(events + ".reason")).containsExactly("复核后属合理诉求", "超出职责范围");
        assertThat((List<String>) list.read(events + ".by")).containsOnly("张志强");
        assertThat((List<Boolean>) list.read("$.demands[?(@.referenceNo == '" + ref + "')].active")).containsExactly(false);
        assertThat(list.body()).as("nothing personal").doesNotContain("王建国", "13812345678", "月亮坪");
        assertThat((List<String>) list.read("$.demands[?(@.referenceNo == '" + ref + "')].category")).containsExactly("征收拆迁");
    }
}
