package org.xinfang.mediation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The matters settled through mediation (调解化解; the seed's 2,583 a year): those with an agreement in force, counted
 * once in the year their first agreement took effect (MediationRules.settlesTheMatter), by the kind of mediation that
 * settled them, by the agreement's kind, by the county now holding them (the city's own bodies as the city), and how
 * many were judicially confirmed. Under the viewer's scope: a county sees its own.
 */
@Service
public class MediationIndicators {

    private final Mediations mediations;
    private final Territory territory;

    MediationIndicators(Mediations mediations, Territory territory) {
        this.mediations = mediations;
        this.territory = territory;
    }

    /** A year's figures; {@code byCounty} keyed by the county's (or city's) unit id, in the territory's order. */
    public record Year(int year, long settled, long confirmed, Map<MediationKind, Long> byKind,
                       Map<AgreementKind, Long> byAgreement, Map<Long, Long> byCounty) {
    }

    @Transactional(readOnly = true)
    public Year of(StaffPrincipal viewer, int year) {
        List<Mediations.Settled> settled = mediations.settledIn(viewer, year);
        Map<MediationKind, Long> byKind = new EnumMap<>(MediationKind.class);
        for (MediationKind k : MediationKind.values()) {
            byKind.put(k, 0L);
        }
        Map<AgreementKind, Long> byAgreement = new EnumMap<>(AgreementKind.class);
        for (AgreementKind k : AgreementKind.values()) {
            byAgreement.put(k, 0L);
        }
        settled.forEach(s -> {
            byKind.merge(s.kind(), 1L, Long::sum);
            byAgreement.merge(s.agreementKind(), 1L, Long::sum);
        });
        Map<String, Long> countyOfPath = new HashMap<>();
        Map<Long, Long> byCounty = new TreeMap<>();
        for (Facts f : mediations.facts(settled.stream().map(Mediations.Settled::matterId).toList())) {
            Long county = countyOfPath.computeIfAbsent(f.holderPath(), this::county);
            if (county != null) {
                byCounty.merge(county, 1L, Long::sum);
            }
        }
        return new Year(year, settled.size(), settled.stream().filter(Mediations.Settled::confirmed).count(), byKind,
                byAgreement, byCounty);
    }

    /** The county a holder's path lies in ("/1/4/17/" → 4), or the city for its own bodies. */
    private Long county(String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        String[] ids = path.substring(1, path.length() - 1).split("/");
        UnitView unit = territory.unit(Long.valueOf(ids[ids.length - 1])).orElse(null);
        if (unit == null) {
            return null;
        }
        return territory.ancestorAt(unit, AdministrativeLevel.COUNTY)
                .or(() -> territory.ancestorAt(unit, AdministrativeLevel.CITY)).map(UnitView::id).orElse(unit.id());
    }
}
