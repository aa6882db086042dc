package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.platform.PersonalData;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the bureau publishes (四公开): for each matter whose petitioner agreed, its acceptance, procedure, result
 * and effect, anonymised; and figures for everyone: monthly volumes, on-time opinions and satisfaction by county.
 * Nothing here names a person, a staff member, or says more than the steps and their dates.
 */
@Service
public class PublicRecords {

    /** Steps shown as the public procedure; internal work (reassigning, supervision, package cases) is not. */
    private static final Set<MatterEventType> PUBLIC_STEPS = EnumSet.of(MatterEventType.REGISTERED, MatterEventType.ROUTED,
            MatterEventType.ACCEPTED, MatterEventType.NOT_ACCEPTED, MatterEventType.TRANSFERRED, MatterEventType.EXTENDED,
            MatterEventType.REPLIED, MatterEventType.EVALUATED, MatterEventType.CLOSED, MatterEventType.REVIEW_REQUESTED,
            MatterEventType.REVIEWED, MatterEventType.RE_REVIEW_REQUESTED, MatterEventType.FINALIZED);

    private final Matters matters;
    private final MatterEvents events;
    private final Petitioners petitioners;
    private final Territory territory;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PublicRecords(Matters matters, MatterEvents events, Petitioners petitioners, Territory territory,
                  NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.matters = matters;
        this.events = events;
        this.petitioners = petitioners;
        this.territory = territory;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One step of the public procedure: what happened, and on which day. */
    public record Step(MatterEventType type, LocalDate on) {
    }

    /**
     * A matter as disclosed. {@code area} is the township (or coarser) where it arose, never the village;
     * {@code title} and {@code opinion} have names, long numbers and places below the township masked.
     */
    public record Disclosure(String referenceNo, Long categoryId, UnitView area, LocalDate receivedOn, String title,
                             MatterState state, AcceptanceOutcome acceptance, LocalDate decidedOn, ProperChannel properChannel,
                             List<Step> procedure, OpinionOutcome opinionOutcome, LocalDate repliedOn, Boolean onTime,
                             String opinion, Satisfaction satisfaction, ReviewOutcome reviewOutcome,
                             ReviewOutcome reReviewOutcome) {

        /** Not accepted: there is no handling to publish, only the channel the petitioner was sent to. */
        public boolean declined() {
            return acceptance == AcceptanceOutcome.NOT_ACCEPTED;
        }
    }

    public record Listing(List<Disclosure> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Disclosed matters, newest first, optionally within one county; only those with an acceptance decision. */
    @Transactional(readOnly = true)
    public Listing disclosures(UnitView county, int page, int size) {
        MapSqlParameterSource p = new MapSqlParameterSource("area", county == null ? "/%" : county.path() + "%")
                .addValue("limit", size).addValue("offset", (long) page * size);
        String where = " from matter where disclosure_consent and decided_on is not null and place_path like :area";
        long total = jdbc.queryForObject("select count(*)" + where, p, Long.class);
        List<Long> ids = jdbc.queryForList("select id" + where + " order by received_on desc, id desc limit :limit offset :offset",
                p, Long.class);
        Map<Long, Matter> byId = new LinkedHashMap<>();
        matters.findAllById(ids).forEach(m -> byId.put(m.id(), m));
        // the people of the whole page in one look-up, for masking their names in the titles
        Map<Long, PetitionerView> people = new java.util.HashMap<>();
        petitioners.byIds(byId.values().stream().flatMap(m -> Stream.concat(Stream.of(m.petitionerId()),
                m.representativeIds().stream())).distinct().toList()).forEach(p2 -> people.put(p2.id(), p2));
        PlaceMask places = places();
        return new Listing(ids.stream().map(byId::get).map(m -> disclose(m, false, people::get, places)).toList(), page,
                size, total);
    }

    @Transactional(readOnly = true)
    public Optional<Disclosure> disclosure(String referenceNo) {
        return matters.findByReferenceNo(referenceNo).filter(m -> m.disclosureConsent() && m.decidedOn() != null)
                .map(m -> disclose(m, true, id -> petitioners.byId(id).orElse(null), places()));
    }

    /** The villages and communities of the territory as it is now (a few hundred names: built in well under 1 ms). */
    private PlaceMask places() {
        return PlaceMask.of(territory.placesAt(AdministrativeLevel.VILLAGE).stream().map(UnitView::name).toList());
    }

    private Disclosure disclose(Matter m, boolean withProcedure, java.util.function.Function<Long, PetitionerView> person,
                                PlaceMask places) {
        // each person as on file and as reached on this matter: both sets of details are theirs to mask
        List<PetitionerView> people = Stream.concat(Stream.of(m.petitionerId()), m.representativeIds().stream())
                .map(person).filter(Objects::nonNull)
                .flatMap(p -> Stream.concat(Stream.of(p),
                        m.contactOf(p.id()).map(c -> p.withContacts(c.phone(), c.address())).stream()))
                .toList();
        List<Step> procedure = withProcedure ? events.findByMatterIdOrderBySeq(m.id()).stream()
                .filter(e -> PUBLIC_STEPS.contains(e.type()))
                .map(e -> new Step(e.type(), LocalDate.ofInstant(e.occurredAt(), clock.getZone()))).toList() : List.of();
        UnitView place = territory.require(m.placeUnitId());
        UnitView area = place.level() == AdministrativeLevel.VILLAGE ? territory.require(place.parentId()) : place;
        Boolean onTime = m.repliedOn() == null || m.handlingDueOn() == null ? null : !m.repliedOn().isAfter(m.handlingDueOn());
        return new Disclosure(m.referenceNo(), m.categoryId(), area, m.receivedOn(), Anonymiser.mask(m.title(), people, places),
                m.state(), m.acceptanceOutcome(), m.decidedOn(), m.properChannel(), procedure, m.opinionOutcome(),
                m.repliedOn(), onTime, withProcedure ? Anonymiser.mask(m.opinionText(), people, places) : null, m.satisfaction(),
                m.reviewOutcome(), m.reReviewOutcome());
    }

    /** Items received in one month, and how many of them online. */
    public record MonthlyVolume(YearMonth month, long received, long online) {
    }

    /**
     * One county's figures for matters received in the period. On time: opinions given within the handling limit,
     * out of the opinions given plus the matters past their limit without one. Satisfied: satisfied or basically
     * satisfied, out of the ratings given.
     */
    public record AreaFigures(UnitView area, long received, long onTime, long dueOrDone, long satisfied, long rated) {
        public Double onTimeRate() {
            return dueOrDone == 0 ? null : (double) onTime / dueOrDone;
        }

        public Double satisfactionRate() {
            return rated == 0 ? null : (double) satisfied / rated;
        }

        AreaFigures plus(AreaFigures o) {
            return new AreaFigures(area, received + o.received, onTime + o.onTime, dueOrDone + o.dueOrDone,
                    satisfied + o.satisfied, rated + o.rated);
        }
    }

    /**
     * The figures of a period. {@code months} and {@code total} are for {@code area} (the whole city when it is null);
     * {@code areas} always lists every county, for comparing.
     */
    public record Statistics(YearMonth from, YearMonth to, UnitView area, List<MonthlyVolume> months,
                             List<AreaFigures> areas, AreaFigures total) {
    }

    /** The last twelve months up to this one, for the whole city or one county. */
    @Transactional(readOnly = true)
    public Statistics statistics(UnitView area) {
        return statistics(YearMonth.now(clock), area);
    }

    /** The twelve months up to {@code to}; "past its limit" is counted as of today. */
    @Transactional(readOnly = true)
    public Statistics statistics(YearMonth to, UnitView area) {
        LocalDate today = LocalDate.now(clock);
        YearMonth from = to.minusMonths(11);
        MapSqlParameterSource p = new MapSqlParameterSource("from", from.atDay(1)).addValue("today", today)
                .addValue("until", to.plusMonths(1).atDay(1)).addValue("area", area == null ? "/%" : area.path() + "%");
        Map<YearMonth, MonthlyVolume> months = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new MonthlyVolume(m, 0, 0));
        }
        // Counted per day and added up into months here: extract() yields numeric (PostgreSQL 14+), and computing two
        // of them per row doubled this query's time on the demo data (25,000 matters a year).
        jdbc.query("""
                select received_on, count(*) n, count(*) filter (where channel = 'ONLINE') online
                from matter where received_on >= :from and received_on < :until and place_path like :area
                group by received_on""", p, rs -> {
            YearMonth m = YearMonth.from(rs.getObject("received_on", LocalDate.class));
            long n = rs.getLong("n");
            long online = rs.getLong("online");
            months.computeIfPresent(m, (k, v) -> new MonthlyVolume(k, v.received() + n, v.online() + online));
        });
        Map<Long, AreaFigures> byArea = new LinkedHashMap<>();
        UnitView root = territory.root().orElseThrow();
        territory.children(root.id()).stream().filter(u -> !u.isDepartment()).forEach(c -> byArea.put(c.id(), empty(c)));
        byArea.put(root.id(), empty(root));
        jdbc.query("""
                select place_unit_id, count(*) received,
                       count(*) filter (where replied_on is not null and replied_on <= handling_due_on) on_time,
                       count(*) filter (where replied_on is not null
                                           or (handling_due_on < :today and state = 'IN_HANDLING')) due_or_done,
                       count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) satisfied,
                       count(*) filter (where satisfaction is not null) rated
                from matter where received_on >= :from and received_on < :until group by place_unit_id""", p, rs -> {
            UnitView place = territory.require(rs.getLong("place_unit_id"));
            UnitView county = territory.ancestorAt(place, AdministrativeLevel.COUNTY).orElse(root);
            AreaFigures f = new AreaFigures(county, rs.getLong("received"), rs.getLong("on_time"),
                    rs.getLong("due_or_done"), rs.getLong("satisfied"), rs.getLong("rated"));
            byArea.merge(county.id(), f, AreaFigures::plus);
        });
        List<AreaFigures> areas = new ArrayList<>(byArea.values());
        AreaFigures total = area == null ? areas.stream().reduce(empty(root), AreaFigures::plus)
                : byArea.getOrDefault(area.id(), empty(area));
        return new Statistics(from, to, area, List.copyOf(months.values()), areas, total);
    }

    private static AreaFigures empty(UnitView area) {
        return new AreaFigures(area, 0, 0, 0, 0, 0);
    }

    /** Masks what could identify a person in text meant for the public. */
    static final class Anonymiser {

        private Anonymiser() {
        }

        /**
         * The people's own details go first (their address, phone and ID number as on file and as given on the matter); then the places below the
         * township; then each name becomes its surname and 某; then any number of seven digits or more, or five in a
         * row (phones, ID, account numbers), becomes stars. Dates stay.
         */
        static String mask(String text, List<PetitionerView> people, PlaceMask places) {
            if (text == null) {
                return null;
            }
            String out = PersonalData.halfWidthDigits(text);
            for (PetitionerView p : people) {
                out = replace(out, p.address(), 4, "（地址略）");
                out = replace(out, p.phone(), 5, "****");
                out = replace(out, p.idNumber(), 5, "****");
            }
            out = places.mask(out);
            for (PetitionerView p : people) {
                if (p.name() != null && p.name().strip().length() >= 2) {
                    out = out.replace(p.name().strip(), p.name().strip().charAt(0) + "某");
                }
            }
            return PersonalData.replaceNumbers(out, found ->
                    PersonalData.digitsOf(found).length() >= 7 || found.matches(".*\\d{5}.*") ? "****" : found);
        }

        private static String replace(String text, String value, int minLength, String with) {
            return value == null || value.strip().length() < minLength ? text : text.replace(value.strip(), with);
        }
    }
}
