package org.xinfang.recommendation;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.territory.Territory;

import java.util.List;

/** What the recommendation tests set up: a fresh matter in Yuanling, and a recommendation issued over it. */
record RecommendationFixtures(ApiClient api, Territory territory) {

    /** A new visit registered in Yuanling; its reference number. */
    String matter() {
        long id = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        return api.get("yuanling.registrar", "/api/v1/matters/" + id).read("$.referenceNo");
    }

    long unit(String code) {
        return territory.unitByCode(code).orElseThrow().id();
    }

    Answer issue(String who, String kind, long addressee, List<String> refs, String key) {
        var request = MockMvcRequestBuilders.post("/api/v1/recommendations");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.call(who, request, body(kind, addressee, refs), "zh-CN");
    }

    /** The county bureau's supervisor recommends to the housing bureau over a fresh matter; its id. */
    long toHousing(String kind) {
        Answer issued = issue("yuanling.supervisor", kind, unit("431222-HOUSING"), List.of(matter()), null);
        if (issued.status() != 201) {
            throw new AssertionError(issued.body());
        }
        return issued.id();
    }

    static String body(String kind, long addressee, List<String> refs) {
        return "{\"kind\":\"%s\",\"addresseeId\":%d,\"subject\":\"规范拆迁补偿信访办理\",\"content\":\"建议对超期未办结事项建立台账\",\"referenceNos\":[%s]}"
                .formatted(kind, addressee, String.join(",", refs.stream().map(r -> "\"" + r + "\"").toList()));
    }
}
