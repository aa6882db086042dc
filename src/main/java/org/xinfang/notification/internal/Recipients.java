package org.xinfang.notification.internal;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterParties.Parties;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffDirectory.Account;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the staff told of a step in each capacity (see {@link Capacity}): a unit is told through its enabled staff
 * accounts; a unit without accounts (most villages in the demo city) is told through nobody.
 */
@Component
class Recipients {

    private final Territory territory;
    private final StaffDirectory directory;

    Recipients(Territory territory, StaffDirectory directory) {
        this.territory = territory;
        this.directory = directory;
    }

    /**
     * Each staff member told, with every capacity they are told in, in the order found. Nobody of the unit an
     * accusation is about (or below it) is told of it, in whatever capacity (2022 art. 30 ¶3): casework never shows it to
     * them either.
     */
    Map<Account, Set<Capacity>> staff(Parties matter, Long holderUnitId, Set<Capacity> told) {
        Map<Account, Set<Capacity>> found = new LinkedHashMap<>();
        UnitView place = territory.require(matter.placeUnitId());
        UnitView holder = territory.require(holderUnitId);
        for (Capacity capacity : told) {
            List<Account> accounts = switch (capacity) {
                case PETITIONER -> List.of();
                case RESPONSIBLE -> responsible(holder.id());
                case CONTROL -> control(matter, place);
                case SUPERVISOR -> supervisors(holder);
                case COUNTY -> county(place, holder).map(u -> directory.accountsOf(List.of(u.id()))).orElse(List.of());
                case TOWNSHIP -> at(place, AdministrativeLevel.TOWNSHIP);
                case VILLAGE -> at(place, AdministrativeLevel.VILLAGE);
            };
            accounts.stream().filter(a -> !matter.accusedSide(territory.unit(a.unitId()).map(UnitView::path).orElse(null)))
                    .forEach(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class)).add(capacity));
        }
        return found;
    }

    /**
     * Who is told that a notice went up (see {@link NotificationRules#toldOfEscalation()}): the handlers of the unit
     * that let it lie, and the supervisors and leaders of the body it went up to, who now follow it up.
     */
    Map<Account, Set<Capacity>> escalation(Long supervisedUnitId, Long toUnitId) {
        Map<Account, Set<Capacity>> found = new LinkedHashMap<>();
        responsible(supervisedUnitId).forEach(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class))
                .add(Capacity.RESPONSIBLE));
        directory.accountsOf(List.of(toUnitId)).stream()
                .filter(a -> a.has(StaffRole.SUPERVISOR) || a.has(StaffRole.LEADER))
                .forEach(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class)).add(Capacity.SUPERVISOR));
        return found;
    }

    /**
     * Who is reminded of a recommendation's feedback (三项建议): its issuer, while still in the bureau, as the person
     * responsible, and the bureau's supervisors (督查员), who follow the recommendations up.
     */
    Map<Account, Set<Capacity>> bureau(Long unitId, String issuer) {
        Map<Account, Set<Capacity>> found = new LinkedHashMap<>();
        directory.account(issuer).filter(a -> unitId.equals(a.unitId()))
                .ifPresent(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class)).add(Capacity.RESPONSIBLE));
        directory.accountsOf(List.of(unitId)).stream().filter(a -> a.has(StaffRole.SUPERVISOR))
                .forEach(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class)).add(Capacity.SUPERVISOR));
        return found;
    }

    /**
     * Who is told of an early warning for a petition office: its supervisors (督查员) and leaders, and the leaders of
     * the government it belongs to, who decide what is done about a rise or a gathering.
     */
    Map<Account, Set<Capacity>> overseers(Long officeId) {
        Map<Account, Set<Capacity>> found = new LinkedHashMap<>();
        UnitView office = territory.require(officeId);
        directory.accountsOf(List.of(officeId)).stream().filter(a -> a.has(StaffRole.SUPERVISOR) || a.has(StaffRole.LEADER))
                .forEach(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class)).add(Capacity.SUPERVISOR));
        if (office.parentId() != null) {
            directory.accountsOf(List.of(office.parentId())).stream().filter(a -> a.has(StaffRole.LEADER))
                    .forEach(a -> found.computeIfAbsent(a, k -> EnumSet.noneOf(Capacity.class)).add(Capacity.SUPERVISOR));
        }
        return found;
    }

    private List<Account> responsible(Long unitId) {
        return directory.accountsOf(List.of(unitId)).stream()
                .filter(a -> a.has(StaffRole.HANDLER) || a.has(StaffRole.REGISTRAR)).toList();
    }

    /**
     * 稳控责任人: the leader holding the matter as a package case (包案领导) answers for keeping it under control; without
     * one, the leaders of the township where it arose (属地), or of its county where the township has no leader account.
     */
    private List<Account> control(Parties matter, UnitView place) {
        Optional<Account> packageLeader = directory.account(matter.packageLeader());
        if (packageLeader.isPresent()) {
            return List.of(packageLeader.get());
        }
        for (AdministrativeLevel level : List.of(AdministrativeLevel.TOWNSHIP, AdministrativeLevel.COUNTY)) {
            List<Account> leaders = territory.ancestorAt(place, level)
                    .map(u -> directory.accountsOf(List.of(u.id()))).orElse(List.of()).stream()
                    .filter(a -> a.has(StaffRole.LEADER)).toList();
            if (!leaders.isEmpty()) {
                return leaders;
            }
        }
        return List.of();
    }

    /** The supervisors of the nearest level covering the holder: the county's for a county's matter, not also the city's. */
    private List<Account> supervisors(UnitView holder) {
        Map<String, List<Account>> byScope = new LinkedHashMap<>();
        for (Account a : directory.accountsWithRole(StaffRole.SUPERVISOR)) {
            territory.unit(a.unitId()).map(UnitView::jurisdictionPath).filter(holder.path()::startsWith)
                    .ifPresent(scope -> byScope.computeIfAbsent(scope, k -> new java.util.ArrayList<>()).add(a));
        }
        return byScope.entrySet().stream().max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse(List.of());
    }

    /** The county department: the holder when it is one, else the letters-and-visits bureau of the place's county. */
    private Optional<UnitView> county(UnitView place, UnitView holder) {
        if (holder.isDepartment() && holder.level() == AdministrativeLevel.COUNTY) {
            return Optional.of(holder);
        }
        return territory.ancestorAt(place, AdministrativeLevel.COUNTY).map(territory::petitionOfficeFor);
    }

    private List<Account> at(UnitView place, AdministrativeLevel level) {
        return territory.ancestorAt(place, level).map(u -> directory.accountsOf(List.of(u.id()))).orElse(List.of());
    }
}
