package org.xinfang.territory;

import org.springframework.stereotype.Service;
import org.xinfang.platform.Refusal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The territory as other modules ask about it: units by id or code, the government a unit belongs to,
 * the body above it, the department for a function. The tree is small (a city has a few thousand units)
 * and read on every registration, so it is held in memory and refreshed when the data file is loaded.
 */
@Service
public class Territory {

    private final Units units;
    private volatile Snapshot snapshot;

    Territory(Units units) {
        this.units = units;
    }

    public Optional<UnitView> unit(Long id) {
        return Optional.ofNullable(id).map(i -> snapshot().byId.get(i));
    }

    /** The unit with this id; a refusal naming the id when there is none. */
    public UnitView require(Long id) {
        return unit(id).orElseThrow(() -> Refusal.notFound("territory.unit.unknown", String.valueOf(id)));
    }

    public Optional<UnitView> unitByCode(String code) {
        return Optional.ofNullable(code).map(c -> snapshot().byCode.get(c));
    }

    public List<UnitView> children(Long parentId) {
        return snapshot().byId.values().stream().filter(u -> parentId.equals(u.parentId()))
                .sorted(Comparator.comparing(UnitView::code)).toList();
    }

    /** The places (governments, not departments) at {@code level}: every village, for instance. */
    public List<UnitView> placesAt(AdministrativeLevel level) {
        return snapshot().byId.values().stream().filter(u -> u.level() == level && !u.isDepartment()).toList();
    }

    public Optional<UnitView> root() {
        return snapshot().byId.values().stream().filter(u -> u.parentId() == null).findFirst();
    }

    /** The ids of every unit in the subtree under {@code path} (a scope), for queries that match units by id. */
    public List<Long> unitIdsUnder(String path) {
        return snapshot().byId.values().stream().filter(u -> u.path().startsWith(path)).map(UnitView::id).toList();
    }

    /** The government a unit belongs to: the unit itself, or for a department the government above it. */
    public UnitView governmentOf(UnitView unit) {
        return unit.isDepartment() ? require(unit.parentId()) : unit;
    }

    /**
     * Whether a body at {@code actorUnit} may name {@code target} as the body in charge, the lead or a co-handler:
     * its own government or one of its departments, or a government directly below it or one of that government's
     * departments. A matter goes down one level at a time (属地管理、分级负责, Article 22 (2)): the city passes it to
     * a county, which passes it on to a township; another government's area goes through the body above.
     */
    public boolean mayAssignTo(UnitView actorUnit, UnitView target) {
        Long own = governmentOf(actorUnit).id();
        UnitView targetGovernment = governmentOf(target);
        // a merged unit is named no more: its matters went to the body that continues it (2022 art. 24 ¶2)
        return isActive(target) && (own.equals(targetGovernment.id()) || own.equals(targetGovernment.parentId()));
    }

    /** Every unit {@link #mayAssignTo} allows {@code actorUnit} to name, by code: what a form offers to choose from. */
    public List<UnitView> assignableUnits(UnitView actorUnit) {
        return snapshot().byId.values().stream().filter(u -> mayAssignTo(actorUnit, u))
                .sorted(Comparator.comparing(UnitView::code)).toList();
    }

    /**
     * The next-higher administrative body (上一级行政机关) of a unit, to which review goes: for a department,
     * the government it belongs to; for a government, the government above it. Empty at the top of the tree.
     */
    public Optional<UnitView> higherBody(UnitView unit) {
        return unit.isDepartment() ? Optional.of(require(unit.parentId())) : unit(unit.parentId());
    }

    /** The government at {@code level} above (or at) {@code unit}, if the unit lies that deep. */
    public Optional<UnitView> ancestorAt(UnitView unit, AdministrativeLevel level) {
        UnitView u = governmentOf(unit);
        while (u != null && u.level() != level) {
            u = u.parentId() == null ? null : require(u.parentId());
        }
        return Optional.ofNullable(u);
    }

    /** The department with {@code function} of {@code government}, if it has one. */
    public Optional<UnitView> department(UnitView government, String function) {
        return Optional.ofNullable(snapshot().departments.get(government.id() + ":" + function)).map(this::continuing);
    }

    /** Whether the unit still works: not merged into another (2022 art. 24 ¶2). */
    public boolean isActive(UnitView unit) {
        return !snapshot().mergedInto.containsKey(unit.id());
    }

    /** The unit a merged unit was merged into, if it was. */
    public Optional<UnitView> mergedInto(UnitView unit) {
        return unit(snapshot().mergedInto.get(unit.id()));
    }

    /**
     * The body that carries out a unit's functions now: the unit itself, or for a merged unit the body it was merged
     * into, and so on (the body continuing a merged body's functions accepts its matters, 2022 art. 24 ¶2).
     */
    public UnitView continuing(UnitView unit) {
        UnitView u = unit;
        for (int hops = 0; hops < 100; hops++) {
            Long next = snapshot().mergedInto.get(u.id());
            if (next == null) {
                return u;
            }
            u = require(next);
        }
        throw new IllegalStateException("Units merged into each other in a circle: " + unit.code());
    }

    /**
     * The petition office (信访局) that receives an item arising at {@code place} without a registrar: the
     * office of the county the place lies in, or the city's for a place above any county; the government
     * itself when it has no such office.
     */
    public UnitView petitionOfficeFor(UnitView place) {
        UnitView government = ancestorAt(place, AdministrativeLevel.COUNTY).orElseGet(() -> governmentOf(place));
        return department(government, Unit.PETITION_FUNCTION).orElse(government);
    }

    /**
     * The places in a government's area where a matter can arise, grouped for choosing: the government and its
     * townships and villages in one group, then each lower government (county) in its own, depth first.
     */
    public Map<UnitView, List<UnitView>> placeGroups(UnitView government) {
        Map<UnitView, List<UnitView>> groups = new LinkedHashMap<>();
        collectPlaces(governmentOf(government), groups);
        return groups;
    }

    private void collectPlaces(UnitView government, Map<UnitView, List<UnitView>> groups) {
        List<UnitView> here = new ArrayList<>();
        here.add(government);
        groups.put(government, here);
        for (UnitView child : children(government.id())) {
            if (child.isDepartment() || !isActive(child)) {
                continue;
            }
            if (child.level() == AdministrativeLevel.TOWNSHIP) {
                here.add(child);
                children(child.id()).stream().filter(v -> !v.isDepartment() && isActive(v)).forEach(here::add);
            } else {
                collectPlaces(child, groups);
            }
        }
    }

    /**
     * The common superior body (共同的上一级机关、单位, 2022 art. 24 ¶1) of {@code parties}: the lowest body above every
     * one of them, where a department's is its government and a government's the government above it. Two
     * departments of one county: the county; two counties, or a county's department and another county: the city.
     * Empty when a party has no body above it (the government at the top of the tree), or for fewer than two.
     */
    public Optional<UnitView> commonSuperior(Collection<UnitView> parties) {
        if (parties.size() < 2) {
            return Optional.empty();
        }
        List<String> above = new ArrayList<>();
        for (UnitView party : parties) {
            Optional<UnitView> higher = higherBody(party);
            if (higher.isEmpty()) {
                return Optional.empty();
            }
            above.add(higher.get().path());
        }
        return lowestContaining(above);
    }

    /**
     * The office of the joint conference on petition work (信访工作联席会议办公室) common to {@code parties}: the petition
     * bureau of the lowest government whose area holds every party (the conference coordinates its area's matters, 2022
     * art. 13 ¶1; its office sits with the petition department, as the central one with the national bureau, art. 11),
     * or that government itself when it has no petition bureau.
     */
    public UnitView jointConferenceOffice(Collection<UnitView> parties) {
        UnitView government = lowestContaining(parties.stream().map(p -> governmentOf(p).path()).toList())
                .map(this::governmentOf).orElseThrow(() -> new IllegalArgumentException("No parties: " + parties));
        return department(government, Unit.PETITION_FUNCTION).orElse(government);
    }

    /** The unit whose path is the longest common prefix of {@code paths} ("/1/4/17/" and "/1/4/9/": unit 4). */
    private Optional<UnitView> lowestContaining(List<String> paths) {
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        String[] common = paths.get(0).split("/");
        int length = common.length;
        for (String path : paths) {
            String[] ids = path.split("/");
            int same = 0;
            while (same < Math.min(length, ids.length) && common[same].equals(ids[same])) {
                same++;
            }
            length = same;
        }
        // the paths start with "/", so the first element is empty; a common root has at least one id after it
        return length < 2 ? Optional.empty() : unit(Long.valueOf(common[length - 1]));
    }

    /** Called after the data file was (re)loaded. */
    void refresh() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    List<Unit> found = units.findAll();
                    snapshot = new Snapshot(found.stream().map(Unit::view).toList(), found.stream()
                            .filter(u -> !u.active() && u.mergedIntoId() != null)
                            .collect(Collectors.toUnmodifiableMap(Unit::id, Unit::mergedIntoId)));
                }
                s = snapshot;
            }
        }
        return s;
    }

    private static final class Snapshot {
        final Map<Long, UnitView> byId;
        final Map<String, UnitView> byCode;
        final Map<String, UnitView> departments;
        final Map<Long, Long> mergedInto;

        Snapshot(List<UnitView> all, Map<Long, Long> mergedInto) {
            this.mergedInto = mergedInto;
            byId = all.stream().collect(Collectors.toUnmodifiableMap(UnitView::id, Function.identity()));
            byCode = all.stream().collect(Collectors.toUnmodifiableMap(UnitView::code, Function.identity()));
            departments = all.stream().filter(UnitView::isDepartment)
                    .collect(Collectors.toUnmodifiableMap(u -> u.parentId() + ":" + u.function(), Function.identity()));
        }
    }
}
