package org.xinfang.coordination;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the three oversight registers (measures, accountability proposals, special inspections) check alike: the
 * matters named by reference number as the actor may see them, the units of an office's area, and a day recorded.
 */
@Component
class OversightScope {

    private final MatterFacts facts;
    private final Casework casework;
    private final Territory territory;
    private final JointCases jointCases;
    private final Clock clock;

    OversightScope(MatterFacts facts, Casework casework, Territory territory, JointCases jointCases, Clock clock) {
        this.facts = facts;
        this.casework = casework;
        this.territory = territory;
        this.jointCases = jointCases;
        this.clock = clock;
    }

    /** The matters numbered {@code referenceNos} (each once), each visible to {@code viewer}, or refused naming the first that is not. */
    List<Facts> matters(StaffPrincipal viewer, Collection<String> referenceNos, String field) {
        Set<String> distinct = new LinkedHashSet<>();
        (referenceNos == null ? List.<String>of() : referenceNos).stream().filter(r -> r != null && !r.isBlank())
                .map(String::strip).forEach(distinct::add);
        List<Facts> found = new ArrayList<>();
        for (String ref : distinct) {
            found.add(facts.byReference(ref).filter(f -> casework.count(MatterFilter.everything(0, 1), viewer,
                    List.of(f.matterId())) > 0).orElseThrow(() -> Refusal.invalid(field, "oversight.matter.unknown", ref)));
        }
        return found;
    }

    List<Facts> facts(Collection<Long> matterIds) {
        return matterIds.isEmpty() ? List.of() : facts.of(matterIds);
    }

    /** The office {@code by} acts for as the joint conference office, or refused with {@code refusalKey}. */
    UnitView office(StaffPrincipal by, String refusalKey) {
        return jointCases.officeOf(by, refusalKey);
    }

    /** The office {@code by} acts for, if they act for one (the pages show its forms then). */
    java.util.Optional<UnitView> officeIfAny(StaffPrincipal by) {
        try {
            return java.util.Optional.of(jointCases.officeOf(by));
        } catch (Refusal notAnOffice) {
            return java.util.Optional.empty();
        }
    }

    /** The units a measure or a proposal may concern, for the office's forms (see {@link #unitOfArea}). */
    List<UnitView> unitsOfArea(UnitView office) {
        Long government = territory.governmentOf(office).id();
        return jointCases.assignable(office).stream().filter(u -> !u.id().equals(government) && !u.id().equals(office.id()))
                .toList();
    }

    /** Whether {@code by} acts for the office {@code officeUnitId}, or refused naming that office. */
    void requireOffice(StaffPrincipal by, Long officeUnitId, String refusalKey) {
        if (!office(by, refusalKey).id().equals(officeUnitId)) {
            throw Refusal.forbidden("oversight.office-only", name(officeUnitId));
        }
    }

    /**
     * A unit of the office's area a measure or a proposal may concern: a department or a lower government down to
     * the townships, not the office's own government nor the office itself.
     */
    UnitView unitOfArea(UnitView office, Long unitId, String field) {
        UnitView government = territory.governmentOf(office);
        return unitsOfArea(office).stream().filter(u -> u.id().equals(unitId)).findFirst().orElseThrow(() -> Refusal.invalid(field, "oversight.unit.outside",
                        unitId == null ? "" : territory.unit(unitId).map(u -> name(u.id())).orElse(String.valueOf(unitId)),
                        name(government.id())));
    }

    /** Any unit that exists and is active (the body with management authority may sit above the area). */
    UnitView activeUnit(Long unitId, String field) {
        return (unitId == null ? java.util.Optional.<UnitView>empty() : territory.unit(unitId)).filter(territory::isActive)
                .orElseThrow(() -> Refusal.invalid(field, "oversight.unit.unknown", unitId == null ? "" : unitId));
    }

    /** A day recorded: not in the future, not before {@code from}. */
    LocalDate dayBetween(String field, LocalDate day, LocalDate from) {
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isAfter(today) || (from != null && day.isBefore(from))) {
            throw Refusal.invalid(field, "oversight.day", day == null ? "" : day, from == null ? today : from, today);
        }
        return day;
    }

    static String required(String field, String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, messageKey);
        }
        return text.strip();
    }

    /** The ids of the units under {@code viewer}'s scope, for queries matching units by id. */
    SqlParameterValue unitsSeenBy(StaffPrincipal viewer) {
        return ids(territory.unitIdsUnder(viewer.scopePath()));
    }

    UnitView unit(Long id) {
        return territory.require(id);
    }

    String name(Long unitId) {
        return territory.unit(unitId).map(u -> u.displayName(Locale.SIMPLIFIED_CHINESE)).orElse(String.valueOf(unitId));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static SqlParameterValue ids(Collection<Long> ids) {
        return new SqlParameterValue(Types.ARRAY, ids.toArray(new Long[0]));
    }
}
