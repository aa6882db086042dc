package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.Matters;
import org.xinfang.casework.internal.MatterEvents;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.platform.PersonalData;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
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
 * and effect, anonymised. (The public statistics are the statistics module's, from {@link MatterCounts}.)
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
        // an accusation is never published (2022 art. 30 ¶3: its material is not disclosed, the accused would read it)
        String where = " from matter where disclosure_consent and decided_on is not null and place_path like :area"
                + " and accused_unit_path is null and handling_type is distinct from 'ACCUSATION'";
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
        return matters.findByReferenceNo(referenceNo).filter(m -> m.disclosureConsent() && m.decidedOn() != null
                && m.accusedUnitPath() == null && m.handlingType() != org.xinfang.statute.HandlingType.ACCUSATION)
                .map(m -> disclose(m, true, id -> petitioners.byId(id).orElse(null), places()));
    }

    /**
     * {@code text} about the matter as the public may read it, masked as its disclosure is (its people's names,
     * addresses, phones and ID numbers, the villages, long numbers): for what other modules publish about a matter
     * (a re-review opinion after a hearing, 2022 art. 36 ¶2), and {@code otherNames} (the others it may name: staff,
     * a hearing's participants) as its people's names are.
     */
    @Transactional(readOnly = true)
    public String masked(Long matterId, String text, java.util.Collection<String> otherNames) {
        Matter m = matters.findById(matterId).orElseThrow(() -> Refusal.notFound("matter.not-found", String.valueOf(matterId)));
        return Anonymiser.mask(text, peopleOf(m, id -> petitioners.byId(id).orElse(null)), places(), otherNames);
    }

    /** Each person of the matter as on file and as reached on this matter: both sets of details are theirs to mask. */
    private static List<PetitionerView> peopleOf(Matter m, java.util.function.Function<Long, PetitionerView> person) {
        return Stream.concat(Stream.of(m.petitionerId()), m.representativeIds().stream())
                .map(person).filter(Objects::nonNull)
                .flatMap(p -> Stream.concat(Stream.of(p),
                        m.contactOf(p.id()).map(c -> p.withContacts(c.phone(), c.address())).stream()))
                .toList();
    }

    /** The villages and communities of the territory as it is now (a few hundred names: built in well under 1 ms). */
    private PlaceMask places() {
        return PlaceMask.of(territory.placesAt(AdministrativeLevel.VILLAGE).stream().map(UnitView::name).toList());
    }

    private Disclosure disclose(Matter m, boolean withProcedure, java.util.function.Function<Long, PetitionerView> person,
                                PlaceMask places) {
        List<PetitionerView> people = peopleOf(m, person);
        List<Step> procedure = withProcedure ? events.findByMatterIdOrderBySeq(m.id()).stream()
                .filter(e -> PUBLIC_STEPS.contains(e.type()))
                .map(e -> new Step(e.type(), LocalDate.ofInstant(e.occurredAt(), clock.getZone()))).toList() : List.of();
        UnitView place = territory.require(m.placeUnitId());
        UnitView area = place.level() == AdministrativeLevel.VILLAGE ? territory.require(place.parentId()) : place;
        Boolean onTime = m.repliedOn() == null || m.handlingDueOn() == null ? null : !m.repliedOn().isAfter(m.handlingDueOn());
        return new Disclosure(m.referenceNo(), m.categoryId(), area, m.receivedOn(), Anonymiser.mask(m.title(), people, places, List.of()),
                m.state(), m.acceptanceOutcome(), m.decidedOn(), m.properChannel(), procedure, m.opinionOutcome(),
                m.repliedOn(), onTime, withProcedure ? Anonymiser.mask(m.opinionText(), people, places, List.of()) : null, m.satisfaction(),
                m.reviewOutcome(), m.reReviewOutcome());
    }

    /** Masks what could identify a person in text meant for the public. */
    static final class Anonymiser {

        private Anonymiser() {
        }

        /**
         * The people's own details go first (their address, phone and ID number as on file and as given on the matter); then the places below the
         * township; then each name (theirs and {@code otherNames}) becomes its surname and 某; then any number of seven digits or more, or five in a
         * row (phones, ID, account numbers), becomes stars. Dates stay.
         */
        static String mask(String text, List<PetitionerView> people, PlaceMask places, java.util.Collection<String> otherNames) {
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
            for (String name : Stream.concat(people.stream().map(PetitionerView::name), otherNames.stream()).toList()) {
                if (name != null && name.strip().length() >= 2) {
                    out = out.replace(name.strip(), name.strip().charAt(0) + "某");
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
