package org.xinfang.insight;

import org.xinfang.support.ApiClient;
import org.xinfang.territory.StaffPrincipal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The table of indicators by key, for the tests of the modules that declare indicators. */
public final class IndicatorTable {

    private IndicatorTable() {
    }

    public static Map<String, Indicators.Row> of(Indicators indicators, StaffPrincipal viewer, String unit, String from,
                                                 String to) {
        return indicators.table(viewer, unit, from, to).rows().stream()
                .collect(Collectors.toMap(r -> r.indicator().key(), Function.identity()));
    }

    public static BigDecimal value(Map<String, Indicators.Row> table, String key) {
        return table.get(key).value().value();
    }

    /**
     * {@code n} matters registered through the API by {@code registrar} at {@code placeCode} (held by that county's
     * petition office), for the rows of a module that must name a real matter.
     */
    public static List<Long> register(ApiClient api, String registrar, String placeCode, int n) {
        return IntStream.range(0, n).mapToObj(i -> api.post(registrar, "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), placeCode, "URBAN.DEMOLITION")).id()).toList();
    }
}
