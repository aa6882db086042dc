package org.xinfang.demo;

import org.xinfang.coordination.AppointmentRequests.ImportedRequest;
import org.xinfang.coordination.LeaderReceptions.FourMeet;
import org.xinfang.coordination.LeaderReceptions.ImportedReception;
import org.xinfang.coordination.LeaderReceptions.ImportedVisit;
import org.xinfang.coordination.ReceptionKind;
import org.xinfang.intake.PersonDetails;
import org.xinfang.statute.ReceptionRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo city's leader receptions (领导接访), in the seed's proportions: 1,698 batches and 6,986 persons a year.
 * An open reception day every Monday at 38 units (the city's government, the 13 counties' governments, the city's
 * departments, then the counties' petition bureaus, in code order, until 38 — all of them if the territory has fewer);
 * on the first Monday of each month the petition bureau of the city and of each county receives jointly with its
 * government's housing, natural resources and human resources departments (联合接访); appointment interviews (约访)
 * with the city's and the counties' leaders; down-visits (下访) by county leaders to townships and by township leaders,
 * who have no account in the demo territory (shown by level), to villages. Each batch touches a matter of the area
 * received in the two months before, whose petitioner it is; most meet all four and end with both sides agreeing. A few
 * citizens' appointment requests wait for an answer. Drawn from the seed, so a seed's city always has the same calendar.
 */
final class DemoReceptions {

    static final int OPEN_DAY_UNITS = 38;
    /** Batches a year by kind, summing to the seed's 1,698: most on the open days, which many units hold without visitors. */
    static final int APPOINTMENTS_A_YEAR = 120;
    static final int DOWN_VISITS_A_YEAR = 150;
    /** The seed's persons per batch (6,986 / 1,698 = 4.1): a fifth of the batches are collective visits (5 to 20 persons). */
    static final double COLLECTIVE_SHARE = 0.2;
    static final double OPEN_DAY_BATCHES = 0.44;
    static final List<String> JOINT_DEPARTMENTS = List.of("HOUSING", "NATURAL_RESOURCES", "HUMAN_RESOURCES");

    private static final String[] OUTCOMES = {
            "领导当场协调，责任单位承诺限期核实答复。", "明确责任单位和办理时限，交办督办。",
            "依法依规解释政策，信访人表示理解。", "责任单位现场答复，问题已解决。"};

    private final Territory territory;
    private final Map<Long, String> leadersByUnit;
    private final List<PlannedMatter> matters;
    private final List<Long> matterIds;
    private final List<PersonDetails> people;
    private final SplittableRandom random;
    /** Per county (by path; the city's units use the whole city) the matters' indexes in the order received. */
    private final Map<String, List<Integer>> byArea = new HashMap<>();

    DemoReceptions(Territory territory, Map<Long, String> leadersByUnit, DemoCity city, List<Long> matterIds, long seed) {
        this.territory = territory;
        this.leadersByUnit = leadersByUnit;
        this.matters = city.matters();
        this.matterIds = matterIds;
        this.people = city.people();
        this.random = new SplittableRandom(seed * 31 + 6);
        for (int i = 0; i < matters.size(); i++) {
            byArea.computeIfAbsent(area(matters.get(i).place()), k -> new ArrayList<>()).add(i);
            byArea.computeIfAbsent("", k -> new ArrayList<>()).add(i);
        }
        byArea.values().forEach(list -> list.sort(Comparator.comparing(i -> matters.get(i).receivedOn())));
    }

    /**
     * The receptions from {@code first} to {@code last} with what they received, and the open days arranged after it
     * up to {@code arrangedUntil}, still to come.
     */
    List<ImportedReception> receptions(LocalDate first, LocalDate last, LocalDate arrangedUntil) {
        UnitView city = territory.root().orElseThrow();
        List<UnitView> counties = territory.children(city.id()).stream()
                .filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY && territory.isActive(u)).toList();
        List<ImportedReception> all = new ArrayList<>();
        List<UnitView> openDayUnits = openDayUnits(city, counties);
        List<UnitView> governments = new ArrayList<>(counties);
        governments.add(0, city);
        for (LocalDate monday = first.with(TemporalAdjusters.nextOrSame(ReceptionRules.OPEN_DAY)); !monday.isAfter(arrangedUntil);
             monday = monday.plusWeeks(1)) {
            boolean firstOfMonth = monday.getDayOfMonth() <= 7;
            Map<Long, UnitView> hosts = new LinkedHashMap<>();
            openDayUnits.forEach(u -> hosts.put(u.id(), u));
            Map<Long, List<UnitView>> joint = new HashMap<>();
            if (firstOfMonth) {
                for (UnitView government : governments) {
                    UnitView bureau = territory.petitionOfficeFor(government);
                    hosts.putIfAbsent(bureau.id(), bureau);
                    joint.put(bureau.id(), JOINT_DEPARTMENTS.stream()
                            .flatMap(f -> territory.department(government, f).stream()).toList());
                }
            }
            for (UnitView host : hosts.values()) {
                List<UnitView> with = joint.getOrDefault(host.id(), List.of());
                int batches = monday.isAfter(last) ? 0 : with.isEmpty() ? poisson(OPEN_DAY_BATCHES) : 1 + poisson(2);
                all.add(reception(ReceptionKind.OPEN_DAY, host, host, monday, LocalTime.of(9, 0),
                        with.isEmpty() ? host.name() + "接待室" : host.name() + "联合接访大厅", with, batches));
            }
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        for (int n = (int) (APPOINTMENTS_A_YEAR * days / 365); n > 0; n--) {
            UnitView government = governments.get(random.nextInt(governments.size()));
            LocalDate day = weekday(first.plusDays(random.nextLong(days)));
            if (!day.isAfter(last)) {
                all.add(reception(ReceptionKind.APPOINTMENT, government, government, day, LocalTime.of(15, 0),
                        government.name() + "领导接待室", List.of(), 1));
            }
        }
        for (int n = (int) (DOWN_VISITS_A_YEAR * days / 365); n > 0; n--) {
            UnitView county = counties.get(random.nextInt(counties.size()));
            List<UnitView> townships = territory.children(county.id()).stream().filter(u -> !u.isDepartment()).toList();
            if (townships.isEmpty()) {
                continue;
            }
            UnitView township = townships.get(random.nextInt(townships.size()));
            List<UnitView> villages = territory.children(township.id()).stream().filter(u -> !u.isDepartment()).toList();
            // two in five go down from the township to a village, by its leaders (no account: shown by level)
            boolean byTownship = !villages.isEmpty() && random.nextDouble() < 0.4;
            UnitView host = byTownship ? villages.get(random.nextInt(villages.size())) : township;
            LocalDate day = weekday(first.plusDays(random.nextLong(days)));
            if (!day.isAfter(last)) {
                all.add(reception(ReceptionKind.DOWN_VISIT, host, byTownship ? township : county, day, LocalTime.of(10, 0),
                        host.name() + (byTownship ? "村部" : "政府会议室"), List.of(), 1 + (random.nextDouble() < 0.5 ? 1 : 0)));
            }
        }
        all.sort(Comparator.comparing(ImportedReception::heldOn));
        return all;
    }

    /** A few citizens' requests from the portal waiting for an answer, for days in the coming weeks. */
    List<ImportedRequest> pendingRequests(LocalDate today, ZoneId zone) {
        UnitView city = territory.root().orElseThrow();
        List<UnitView> units = new ArrayList<>(List.of(city));
        territory.children(city.id()).stream().filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY)
                .limit(3).forEach(units::add);
        List<ImportedRequest> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PersonDetails person = people.get(random.nextInt(people.size()));
            PlannedMatter m = matters.get(random.nextInt(matters.size()));
            requests.add(new ImportedRequest(units.get(i % units.size()), today.plusDays(3 + random.nextInt(20)),
                    m.title(), person.name(), person.phone() != null && person.phone().length() >= 4 ? person.phone()
                    : "1397450" + String.format("%04d", i), today.minusDays(random.nextInt(3)).atTime(10 + i, 0).atZone(zone).toInstant()));
        }
        return requests;
    }

    private ImportedReception reception(ReceptionKind kind, UnitView host, UnitView leaderOf, LocalDate day, LocalTime at,
                                        String place, List<UnitView> joinedBy, int batches) {
        UnitView government = territory.governmentOf(leaderOf);
        String leader = leadersByUnit.get(government.id());
        List<ImportedVisit> visits = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            visits.add(visit(host, day));
        }
        return new ImportedReception(kind, host, day, at, place, leader, government.level(), joinedBy, visits);
    }

    private ImportedVisit visit(UnitView host, LocalDate day) {
        int persons = random.nextDouble() < COLLECTIVE_SHARE ? 5 + random.nextInt(16) : 1 + random.nextInt(3);
        Integer matter = recentMatter(host, day);
        PlannedMatter m = matter == null ? null : matters.get(matter);
        String petitioner = m == null ? people.get(random.nextInt(people.size())).name() : people.get(m.petitioner()).name();
        boolean allMet = random.nextDouble() < 0.95;
        FourMeet met = new FourMeet(true, true, allMet || random.nextBoolean(), allMet);
        boolean agreed = random.nextDouble() < 0.9;
        return new ImportedVisit(persons, petitioner, m == null ? "咨询政策" : m.title(), OUTCOMES[random.nextInt(OUTCOMES.length)],
                met, agreed || random.nextBoolean(), agreed, m == null ? List.of() : List.of(matterIds.get(matter)));
    }

    /** A matter of the host's area received in the 60 days before {@code day}, most of the time; null otherwise. */
    private Integer recentMatter(UnitView host, LocalDate day) {
        List<Integer> list = byArea.getOrDefault(area(host), List.of());
        if (list.isEmpty() || random.nextDouble() < 0.15) {
            return null;
        }
        int to = firstReceivedAfter(list, day);
        int from = firstReceivedAfter(list, day.minusDays(61));
        return to > from ? list.get(from + random.nextInt(to - from)) : null;
    }

    /** The first index in {@code list} of a matter received after {@code day}. */
    private int firstReceivedAfter(List<Integer> list, LocalDate day) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matters.get(list.get(mid)).receivedOn().isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The county a unit lies in, as a path; "" (the whole city) for the city's own units. */
    private String area(UnitView unit) {
        return territory.ancestorAt(unit, AdministrativeLevel.COUNTY).map(UnitView::path).orElse("");
    }

    private List<UnitView> openDayUnits(UnitView city, List<UnitView> counties) {
        List<UnitView> units = new ArrayList<>();
        units.add(city);
        units.addAll(counties);
        territory.children(city.id()).stream().filter(UnitView::isDepartment).forEach(units::add);
        counties.forEach(c -> territory.department(c, "PETITION").ifPresent(units::add));
        return units.subList(0, Math.min(OPEN_DAY_UNITS, units.size()));
    }

    private int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        for (double p = random.nextDouble(); p > l; p *= random.nextDouble()) {
            k++;
        }
        return k;
    }

    /** Receptions other than open days are held on working days: a weekend day moves to the Monday after. */
    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : day;
    }
}
