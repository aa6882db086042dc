package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.Matters;
import org.xinfang.casework.internal.MatterEvents;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.internal.Timeline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.Statute;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The matters a staff member may see, and the actions they take on them. Every action loads the matter
 * within the actor's scope (404 outside it, so ids leak nothing), checks the version they saw (409 when
 * stale), checks their role and unit (403), and lets the matter apply the statute.
 */
@Service
public class Casework {

    private final Matters matters;
    private final MatterEvents events;
    private final Timeline timeline;
    private final Territory territory;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;
    private final HandlingTypeSuggester suggester;
    private final WorkingDays workingDays;
    /** The days a petitioner has to rate an opinion ({@code xinfang.rating.window-days}, by default 30). */
    private final int ratingWindowDays;

    Casework(Matters matters, MatterEvents events, Timeline timeline, Territory territory,
             NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher publisher, Clock clock,
             jakarta.persistence.EntityManager entities, HandlingTypeSuggester suggester, WorkingDays workingDays,
             @org.springframework.beans.factory.annotation.Value("${xinfang.rating.window-days:"
                     + Statute.RATING_WINDOW_DAYS + "}") int ratingWindowDays) {
        this.suggester = suggester;
        this.workingDays = workingDays;
        this.ratingWindowDays = ratingWindowDays;
        this.matters = matters;
        this.events = events;
        this.timeline = timeline;
        this.territory = territory;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
        this.entities = entities;
    }

    /** The matter with this id, if {@code viewer} may see it; otherwise "not found", whether it exists or not. */
    @Transactional(readOnly = true)
    public Matter get(Long id, StaffPrincipal viewer) {
        return matters.findById(id).filter(m -> canSee(viewer, m))
                .orElseThrow(() -> Refusal.notFound("matter.not-found", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public List<MatterEvent> timeline(Long id, StaffPrincipal viewer) {
        get(id, viewer);
        return events.findByMatterIdOrderBySeq(id);
    }

    /** The actions {@code viewer} could take on the matter now. */
    public Set<MatterAction> allowedActions(Matter matter, StaffPrincipal viewer) {
        if (!Statute.mayActOn(matter.recusalOf(viewer.getUsername()).isPresent())) {
            return EnumSet.noneOf(MatterAction.class);
        }
        return Stream.of(MatterAction.values())
                .filter(a -> !MatterAction.ON_THE_RECORD.contains(a))
                .filter(a -> matter.allows(a, LocalDate.now(clock)) && a.permits(viewer, matter))
                // the objection's 5 working days (2022 art. 23 ¶3), on the calendar only this side has
                .filter(a -> a != MatterAction.OBJECT || matter.objectionDeadline(workingDays) == null
                        || !LocalDate.now(clock).isAfter(matter.objectionDeadline(workingDays)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatterAction.class)));
    }

    /**
     * The actions on the matter's record {@code viewer} could take now ({@link MatterAction#ON_THE_RECORD}: correcting
     * the flags, acknowledging an urgent report, declaring a conflict of interest); none after their recusal.
     */
    public Set<MatterAction> recordActions(Matter matter, StaffPrincipal viewer) {
        if (!Statute.mayActOn(matter.recusalOf(viewer.getUsername()).isPresent())) {
            return EnumSet.noneOf(MatterAction.class);
        }
        return MatterAction.ON_THE_RECORD.stream()
                .filter(a -> matter.allows(a, LocalDate.now(clock)) && a.permits(viewer, matter))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MatterAction.class)));
    }

    /**
     * Applies {@code command} to the matter for {@code actor}: the units it names first (400), then the matter
     * within the actor's scope (404), the version they saw (409), their role and unit (403), and the matter's state.
     */
    @Transactional
    public Matter act(Long id, MatterCommand command, StaffPrincipal actor) {
        MatterCommand.Transition transition = command.resolve(MatterCommand.Units.within(territory, actor.unit())
                .suggesting(m -> suggester.suggest(m).type()).counting(workingDays).withRatingWindow(ratingWindowDays));
        Matter matter = get(id, actor);
        java.util.Optional<Recusal> recusal = matter.recusalOf(actor.getUsername());
        if (!Statute.mayActOn(recusal.isPresent())) {
            // 2022 art. 28 ¶3: whoever declared a conflict of interest takes no step on the matter; the refusal says why
            throw Refusal.forbidden("matter.recused", recusal.get().reason());
        }
        if (matter.version() != command.version()) {
            throw Refusal.conflict("problem.stale-version.detail", command.version(), matter.version());
        }
        if (!command.action().permits(actor, matter)) {
            throw Refusal.forbidden(command.action().forbiddenMessageKey(), command.action());
        }
        transition.applyTo(matter, actor(actor), clock);
        return save(matter);
    }

    /** The matters {@code viewer} may see that match {@code filter}, most urgent deadline first. */
    @Transactional(readOnly = true)
    public Page<Matter> search(MatterFilter filter, StaffPrincipal viewer) {
        return search(filter, viewer, MatterSort.DEFAULT);
    }

    /** The matters {@code viewer} may see that match {@code filter}, in {@code sort}'s order (ties by id). */
    @Transactional(readOnly = true)
    public Page<Matter> search(MatterFilter filter, StaffPrincipal viewer, MatterSort sort) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(filter, viewer, p);
        long total = jdbc.queryForObject("select count(*) from matter m" + where, p, Long.class);
        p.addValue("limit", filter.size()).addValue("offset", (long) filter.page() * filter.size());
        List<Long> ids = jdbc.queryForList("select m.id from matter m" + where
                + " order by " + sort.sql() + " limit :limit offset :offset", p, Long.class);
        Map<Long, Matter> byId = matters.findAllById(ids).stream().collect(Collectors.toMap(Matter::id, Function.identity()));
        return new Page<>(ids.stream().map(byId::get).toList(), filter.page(), filter.size(), total);
    }

    /** How many matters {@code viewer} may see match {@code filter} (its page and size aside). */
    @Transactional(readOnly = true)
    public long count(MatterFilter filter, StaffPrincipal viewer) {
        return count(filter, viewer, null);
    }

    /**
     * The first {@code limit} matters of {@code filter} that {@code viewer} may see, in {@link #search}'s order, handed
     * to {@code each} {@value #CHUNK} at a time, each chunk let go of before the next is loaded: an export of any
     * length in bounded memory (its page and size aside).
     */
    @Transactional(readOnly = true)
    public void forEach(MatterFilter filter, StaffPrincipal viewer, int limit, java.util.function.Consumer<Matter> each) {
        forEach(filter, viewer, limit, MatterSort.DEFAULT, null, each);
    }

    /** {@link #forEach}, in {@code sort}'s order, and only the matters {@code only} names when it is not null. */
    @Transactional(readOnly = true)
    public void forEach(MatterFilter filter, StaffPrincipal viewer, int limit, MatterSort sort, java.util.Collection<Long> only,
                        java.util.function.Consumer<Matter> each) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("limit", limit);
        List<Long> ids = jdbc.queryForList("select m.id from matter m" + where(filter, viewer, p) + selection(only, p)
                + " order by " + sort.sql() + " limit :limit", p, Long.class);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<Long, Matter> byId = matters.findAllById(chunk).stream().collect(Collectors.toMap(Matter::id, Function.identity()));
            chunk.forEach(id -> each.accept(byId.get(id)));
            entities.clear();
        }
    }

    private static final int CHUNK = 1000;

    /** {@link #search} as summaries, for other modules: what a list row shows, with the actions open to the viewer. */
    @Transactional(readOnly = true)
    public Page<MatterSummary> summaries(MatterFilter filter, StaffPrincipal viewer) {
        return summaries(filter, viewer, MatterSort.DEFAULT);
    }

    /** {@link #summaries}, in {@code sort}'s order. */
    @Transactional(readOnly = true)
    public Page<MatterSummary> summaries(MatterFilter filter, StaffPrincipal viewer, MatterSort sort) {
        LocalDate today = LocalDate.now(clock);
        return search(filter, viewer, sort).map(m -> new MatterSummary(m.id(), m.version(), m.referenceNo(),
                viewer.readable(m.title()), m.state(), territory.require(m.responsibleUnitId()), m.dueStep(), m.dueOn(),
                m.isOverdue(today), m.supervisionCount(), allowedActions(m, viewer)));
    }

    /** How many matters matching {@code filter} each unit holds, overdue and not yet overdue, most overdue first. */
    @Transactional(readOnly = true)
    public List<HolderLoad> loadByHolder(MatterFilter filter, StaffPrincipal viewer) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(filter, viewer, p);
        return jdbc.query("select m.responsible_unit_id, count(*) filter (where m.due_on < :today) overdue,"
                + " count(*) filter (where m.due_on >= :today) due from matter m" + where
                + " group by m.responsible_unit_id order by 2 desc, 3 desc", p, (rs, i) -> new HolderLoad(
                territory.require(rs.getLong(1)), rs.getLong(2), rs.getLong(3)));
    }

    /** A unit's share of a list: how many of its matters are overdue, and how many are not (yet). */
    public record HolderLoad(UnitView unit, long overdue, long notOverdue) {
    }

    /** The SQL condition (from " where") for the matters {@code viewer} may see that match {@code filter}. */
    private String where(MatterFilter filter, StaffPrincipal viewer, MapSqlParameterSource p) {
        LocalDate today = LocalDate.now(clock);
        // Whoever acts for the top of the tree sees everything: no visibility predicate to evaluate row by row.
        boolean seesAll = territory.root().map(r -> viewer.scopePath().equals(r.path())).orElse(false);
        StringBuilder where = new StringBuilder(seesAll ? " where true" : " where (" + VISIBLE + ")");
        // 2022 art. 30 ¶3: an accusation is never shown to the accused unit, whatever else would let it see the matter
        where.append(" and (m.accused_unit_path is null or not starts_with(:viewer_unit, m.accused_unit_path))");
        p.addValue("viewer_unit", viewer.unit().path());
        if (filter.search() != null) {
            search(filter.search(), viewer, where, p);
        }
        if (filter.dates() != null) {
            dates(filter.dates(), where, p);
        }
        if (filter.registeredBy() != null) {
            where.append(" and m.registered_by = :registered_by");
            p.addValue("registered_by", filter.registeredBy());
        }
        if (filter.packagedBy() != null) {
            where.append(" and m.package_leader = :package_leader");
            p.addValue("package_leader", filter.packagedBy());
        }
        if (filter.handlingType() != null) {
            where.append(" and m.handling_type = :handling_type");
            p.addValue("handling_type", filter.handlingType().name());
        }
        p.addValue("scope", viewer.scopePath() + "%")
                // a real bigint[] parameter: a text cast to bigint[] in the SQL is not folded into a constant, so
                // PostgreSQL parsed the array again for every row and every "= any" (0.4-0.8 s for a county's list)
                .addValue("units", new SqlParameterValue(Types.ARRAY,
                        territory.unitIdsUnder(viewer.scopePath()).toArray(new Long[0])));
        if (filter.state() != null) {
            where.append(" and m.state = :state");
            p.addValue("state", filter.state().name());
        }
        if (filter.openOnly()) {
            // literal, so the planner can use the partial index on open matters
            where.append(" and m.state in ").append(OPEN_STATES);
        }
        switch (filter.deadline() == null ? "" : filter.deadline().name()) {
            case "OVERDUE" -> where.append(" and m.due_on < :today");
            case "DUE_SOON" -> where.append(" and m.due_on between :today and :soon");
            case "OVERDUE_OR_DUE_SOON" -> where.append(" and m.due_on <= :soon");
            default -> { }
        }
        p.addValue("today", today).addValue("soon", today.plusDays(filter.withinDays()));
        if (filter.channel() != null) {
            where.append(" and m.channel = :channel");
            p.addValue("channel", filter.channel().name());
        }
        if (filter.categoryId() != null) {
            where.append(" and m.category_id = :category");
            p.addValue("category", filter.categoryId());
        }
        if (filter.categoryIds() != null) {
            where.append(" and m.category_id = any(:categories)");
            p.addValue("categories", new SqlParameterValue(Types.ARRAY, filter.categoryIds().toArray(new Long[0])));
        }
        if (filter.heldBy() != null) {
            where.append(" and m.responsible_unit_id = :held_by");
            p.addValue("held_by", filter.heldBy());
        }
        if (filter.placePath() != null) {
            where.append(" and m.place_path like :place");
            p.addValue("place", filter.placePath() + "%");
        }
        if (filter.petitionerId() != null) {
            where.append(" and m.petitioner_id = :petitioner");
            p.addValue("petitioner", filter.petitionerId());
        }
        if (filter.repeat() != null) {
            where.append(filter.repeat() ? " and m.repeat_of_id is not null" : " and m.repeat_of_id is null");
        }
        if (filter.collective() != null) {
            where.append(filter.collective() ? " and m.channel = 'VISIT' and m.persons >= :collective"
                    : " and not (m.channel = 'VISIT' and m.persons >= :collective)");
            p.addValue("collective", Statute.COLLECTIVE_VISIT_MIN_PERSONS);
        }
        if (filter.leapLevel() != null) {
            where.append(" and m.leap_level = :leap");
            p.addValue("leap", filter.leapLevel());
        }
        if (filter.packageCase() != null) {
            where.append(filter.packageCase() ? " and m.package_leader is not null" : " and m.package_leader is null");
        }
        if (filter.awaiting() != null) {
            where.append(awaiting(filter.awaiting(), viewer, p));
        }
        if (filter.undelivered() != null) {
            where.append(filter.undelivered() ? " and " : " and not ").append(UNDELIVERED);
        }
        if (filter.flag() != null) {
            // the column is the flag's constant, never input
            where.append(" and m.").append(filter.flag().column());
        }
        if (filter.heldByOwnUnit() && filter.awaiting() == null) {
            // the holder's path names exactly one unit; matching it (not the scope's prefix) keeps the open-holder index
            where.append(" and m.responsible_path = :own");
            p.addValue("own", viewer.unit().path());
        }
        return where.toString();
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public <R> Page<R> map(Function<? super T, ? extends R> f) {
            return new Page<>(items.stream().<R>map(f).toList(), page, size, total);
        }
    }

    /** States in which a matter is still in the procedure, as an SQL list (the same as in migration V4's index). */
    private static final String OPEN_STATES = Stream.of(MatterState.REGISTERED, MatterState.ROUTED,
            MatterState.IN_HANDLING, MatterState.REPLIED, MatterState.EVALUATED, MatterState.UNDER_REVIEW,
            MatterState.UNDER_RE_REVIEW).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    /**
     * A matter with a written document issued and not delivered (未送达): it has issued more documents than it has
     * delivery records (a delivery is recorded only for an issued document, once). The documents issued are those of
     * {@code StatutoryDocument.availableFor}: the notice of the acceptance decision, the opinion, the review and the
     * re-review opinion.
     */
    private static final String UNDELIVERED = """
            ((case when m.acceptance_outcome in ('ACCEPTED', 'NOT_ACCEPTED') then 1 else 0 end)
             + (case when m.replied_on is not null then 1 else 0 end) + (case when m.reviewed_on is not null then 1 else 0 end)
             + (case when m.rereviewed_on is not null then 1 else 0 end)
             > (select count(*) from matter_delivery d where d.matter_id = m.id))""";

    /**
     * Who may see a matter: anyone whose scope contains its place, the unit holding it, the office that received
     * it, its lead or co-handling units, or the bodies reviewing it. The SQL below and {@link #canSee} say the same.
     */
    private static final String VISIBLE = """
            m.place_path like :scope or m.responsible_path like :scope or m.receiving_path like :scope
            or m.lead_unit_id = any(:units) or m.review_unit_id = any(:units) or m.rereview_unit_id = any(:units)
            or m.id in (select c.matter_id from matter_co_handler c where c.unit_id = any(:units))
            or m.routed_from_path like :scope or m.dispute_decider_path like :scope""";

    boolean canSee(StaffPrincipal viewer, Matter m) {
        if (m.isAccusedSide(viewer.unit().path())) {
            return false;
        }
        if (viewer.covers(m.placePath()) || viewer.covers(m.responsiblePath()) || viewer.covers(m.receivingPath())) {
            return true;
        }
        // the office an objection goes to, and the body deciding a dispute (2022 arts 23 ¶3, 24)
        if (viewer.covers(m.routedFromPath()) || viewer.covers(m.disputeDeciderPath())) {
            return true;
        }
        return Stream.concat(Stream.of(m.leadUnitId(), m.reviewUnitId(), m.reReviewUnitId()), m.coHandlerUnitIds().stream())
                .filter(java.util.Objects::nonNull)
                .anyMatch(unitId -> territory.unit(unitId).map(u -> viewer.covers(u.path())).orElse(false));
    }

    /** The date ranges' conditions; the last step is the timeline's latest entry, on the office's calendar. */
    private void dates(MatterFilter.Dates d, StringBuilder where, MapSqlParameterSource p) {
        bound(where, p, "m.received_on >= :received_from", "received_from", d.receivedFrom());
        bound(where, p, "m.received_on <= :received_to", "received_to", d.receivedTo());
        bound(where, p, "m.due_on >= :due_from", "due_from", d.dueFrom());
        bound(where, p, "m.due_on <= :due_to", "due_to", d.dueTo());
        String lastStep = "(select (e.occurred_at at time zone :office_zone)::date from matter_event e where e.matter_id = m.id"
                + " order by e.seq desc limit 1)";
        p.addValue("office_zone", clock.getZone().getId());
        bound(where, p, lastStep + " >= :last_from", "last_from", d.lastStepFrom());
        bound(where, p, lastStep + " <= :last_to", "last_to", d.lastStepTo());
        // the day of registration in the office's zone, as instants: the index on (registered_by, registered_at) serves it
        ZoneId zone = clock.getZone();
        bound(where, p, "m.registered_at >= :registered_from", "registered_from",
                d.registeredFrom() == null ? null : d.registeredFrom().atStartOfDay(zone).toOffsetDateTime());
        bound(where, p, "m.registered_at < :registered_to", "registered_to",
                d.registeredTo() == null ? null : d.registeredTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    private static void bound(StringBuilder where, MapSqlParameterSource p, String condition, String name, Object day) {
        if (day != null) {
            where.append(" and ").append(condition);
            p.addValue(name, day);
        }
    }

    /**
     * The search box's condition: an exact look-up by reference number, query code, ID number (of the petitioner or a
     * representative) or phone (as given on the matter), or a word of the title or a petitioner's name. Who wrote an
     * anonymous matter is not found by their name, number or phone by anyone who may not see it (issue 10, item 7).
     */
    private static void search(SearchTerm term, StaffPrincipal viewer, StringBuilder where, MapSqlParameterSource p) {
        p.addValue("q", term.value()).addValue("viewer_unit_id", viewer.unit().id())
                .addValue("viewer_registrar", viewer.has(org.xinfang.territory.StaffRole.REGISTRAR));
        String identityShown = "(not m.anonymous or (:viewer_registrar and m.receiving_unit_id = :viewer_unit_id))";
        switch (term.kind()) {
            case REFERENCE_NUMBER -> where.append(" and m.reference_no = :q");
            case QUERY_CODE -> where.append(" and m.query_code = :q");
            // each look-up is "= any(array(...))", which the planner takes from an index (V26): the visibility condition
            // is then checked on those candidates only
            case ID_NUMBER -> where.append(" and ").append(identityShown)
                    .append(" and (m.petitioner_id = any(array(select id from petitioner where id_number = :q))")
                    .append(" or m.id = any(array(select r.matter_id from matter_representative r")
                    .append(" join petitioner pr on pr.id = r.petitioner_id where pr.id_number = :q)))");
            case PHONE -> where.append(" and ").append(identityShown)
                    .append(" and m.id = any(array(select c.matter_id from matter_contact c where c.phone = :q))");
            case TEXT -> {
                p.addValue("like", "%" + term.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                // the title's character pairs narrow the candidates (V26); ILIKE then checks the word itself
                where.append(" and ((m.title_bigrams @> title_bigrams(:q) and m.title ilike :like) or (").append(identityShown)
                        .append(" and m.petitioner_id = any(array(select id from petitioner where name = :q))))");
            }
        }
    }

    /**
     * Whether the petitioner's identity (name, ID number, contact details, other matters) is withheld from
     * {@code viewer}: on an anonymous matter, from everyone but the registrars of the office that received it, who
     * know who wrote (issue 10, item 7).
     */
    public boolean withholdsIdentity(Matter m, StaffPrincipal viewer) {
        return m.flags().anonymous()
                && !(viewer.has(org.xinfang.territory.StaffRole.REGISTRAR) && viewer.unit().id().equals(m.receivingUnitId()));
    }

    /** A matter's reference number, for showing links between matters (a repeat and its first matter). */
    public String referenceNo(Long id) {
        return jdbc.getJdbcTemplate().queryForObject("select reference_no from matter where id = ?", String.class, id);
    }

    Actor actor(StaffPrincipal principal) {
        return new Actor(principal.getUsername(), principal.unit().id());
    }

    /**
     * The worklist's condition of a step waiting for the viewer's unit, wherever the matter is held: a question of
     * competence for the office or body that decides it (2022 arts 23 ¶3, 24), a receipt to sign for, a matter sent
     * back to be routed again, a draft or an extension request for the head of the holder in the viewer's scope
     * (审签; art. 34), a co-handling report the viewer's unit owes.
     */
    private static String awaiting(MatterFilter.Awaiting awaiting, StaffPrincipal viewer, MapSqlParameterSource p) {
        p.addValue("own_unit_id", viewer.unit().id());
        return switch (awaiting) {
            case OBJECTION_DECISION -> " and m.objected_on is not null and m.objection_outcome is null"
                    + " and m.routed_from_path like :scope";
            case DISPUTE_DECISION -> {
                p.addValue("ownBody", viewer.unit().path()).addValue("actsFor", viewer.scopePath());
                yield " and m.dispute_raised_on is not null and m.dispute_decided_on is null"
                        + " and m.dispute_decider_path in (:ownBody, :actsFor)";
            }
            // Matter.isSignForPending
            case SIGN_FOR -> " and m.sign_for_unit_id = :own_unit_id and m.signed_for_at is null"
                    + " and m.responsible_unit_id = :own_unit_id and m.state in ('ROUTED', 'IN_HANDLING')";
            // the holder's path names the unit: the open holders' index serves it
            case RE_ROUTING -> " and m.objection_outcome = 'CONFIRMED' and m.state = 'REGISTERED'"
                    + " and m.responsible_path = :viewer_unit";
            // the few pending drafts, requests and tasks first (partial indexes), then their matters
            case SIGN_OFF -> " and m.state = 'IN_HANDLING' and m.responsible_path like :scope and m.id = any(array("
                    + "select d.matter_id from matter_opinion_draft d where d.decision is null))";
            case EXTENSION_DECISION -> " and m.state = 'IN_HANDLING' and m.responsible_path like :scope"
                    + " and m.extension_requested_at is not null and m.extension_request_outcome is null";
            case CO_HANDLING_REPORT -> " and m.state = 'IN_HANDLING' and m.id = any(array(select t.matter_id"
                    + " from matter_co_handling_task t join matter_co_handler c on c.matter_id = t.matter_id"
                    + " and c.unit_id = t.unit_id where t.unit_id = :own_unit_id and t.reported_at is null))";
        };
    }

    /**
     * The matter, loaded for {@code action} by {@code actor} as {@link #act} loads it for a command: within their scope
     * (404), not after their recusal (403), at the version they saw (409), their role and unit (403), and the matter's
     * state and its own conditions (409). For the steps that carry a file, which no command body holds.
     */
    Matter loadFor(Long id, int version, MatterAction action, StaffPrincipal actor) {
        Matter matter = get(id, actor);
        java.util.Optional<Recusal> recusal = matter.recusalOf(actor.getUsername());
        if (!Statute.mayActOn(recusal.isPresent())) {
            throw Refusal.forbidden("matter.recused", recusal.get().reason());
        }
        if (matter.version() != version) {
            throw Refusal.conflict("problem.stale-version.detail", version, matter.version());
        }
        if (!action.permits(actor, matter)) {
            throw Refusal.forbidden(action.forbiddenMessageKey(), action);
        }
        matter.requireState(action);
        return matter;
    }

    /** {@link #count}, of only the matters {@code only} names when it is not null (a selection in the worklist). */
    @Transactional(readOnly = true)
    public long count(MatterFilter filter, StaffPrincipal viewer, java.util.Collection<Long> only) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        return jdbc.queryForObject("select count(*) from matter m" + where(filter, viewer, p) + selection(only, p), p, Long.class);
    }

    /**
     * Whether {@code viewer} may open each of these matters, and who holds it: for a list of links to matters the viewer
     * was told of (the inbox), in one query whatever its length. The same condition as {@link #get} ({@link #count} of
     * one), not a wider one. The holder is not named to the side an accusation is about (2022 art. 30 ¶3); a matter
     * that does not exist is absent from the answer.
     */
    @Transactional(readOnly = true)
    public Map<Long, Reach> reach(java.util.Collection<Long> ids, StaffPrincipal viewer) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource p = new MapSqlParameterSource();
        String visible = "select m.id from matter m" + where(MatterFilter.everything(0, 1), viewer, p) + selection(ids, p);
        // the outer alias is o: the visibility condition speaks of m
        return jdbc.query("select o.id, o.responsible_unit_id, o.id in (" + visible + ") opens,"
                        + " o.accused_unit_path is not null and starts_with(:viewer_unit, o.accused_unit_path) accused"
                        + " from matter o where o.id = any(:only)", p,
                (rs, i) -> Map.entry(rs.getLong(1), new Reach(rs.getBoolean(3),
                        rs.getBoolean(4) ? null : territory.unit(rs.getLong(2)).orElse(null))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whether a viewer may open a matter, and the unit holding it (null when not to be named to them). */
    public record Reach(boolean opens, UnitView holder) {
    }

    private static String selection(java.util.Collection<Long> only, MapSqlParameterSource p) {
        if (only == null) {
            return "";
        }
        p.addValue("only", new SqlParameterValue(Types.ARRAY, only.toArray(new Long[0])));
        return " and m.id = any(:only)";
    }

    /**
     * Marks the matter a duplicate of the one numbered {@code originalReferenceNo} (issue 11, item 2), for a registrar:
     * the matter within their scope (404), the version they saw (409), their role and unit (403); the original must be
     * one they can see (400 otherwise, naming the number, whether it exists or not). Both matters get a timeline entry,
     * in one transaction.
     */
    @Transactional
    public Matter markDuplicate(Long id, int version, String originalReferenceNo, String reason, StaffPrincipal actor) {
        Matter matter = get(id, actor);
        java.util.Optional<Recusal> recusal = matter.recusalOf(actor.getUsername());
        if (!Statute.mayActOn(recusal.isPresent())) {
            throw Refusal.forbidden("matter.recused", recusal.get().reason());
        }
        if (matter.version() != version) {
            throw Refusal.conflict("problem.stale-version.detail", version, matter.version());
        }
        if (!MatterAction.MARK_DUPLICATE.permits(actor, matter)) {
            throw Refusal.forbidden(MatterAction.MARK_DUPLICATE.forbiddenMessageKey(), MatterAction.MARK_DUPLICATE);
        }
        String number = originalReferenceNo == null ? "" : originalReferenceNo.strip().toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty()) {
            throw Refusal.invalid("originalReferenceNo", "matter.duplicate.original-missing");
        }
        Matter original = matters.findByReferenceNo(number).filter(o -> canSee(actor, o))
                .orElseThrow(() -> Refusal.invalid("originalReferenceNo", "matter.duplicate.original-unknown", number));
        matter.markDuplicateOf(original, reason, actor(actor), clock);
        original.recordDuplicateMergedIn(matter, reason, actor(actor), clock);
        save(original);
        return save(matter);
    }

    /** The matters merged into this one as duplicates that {@code viewer} may see, oldest merge first. */
    @Transactional(readOnly = true)
    public List<Matter> duplicatesOf(Long id, StaffPrincipal viewer) {
        List<Long> ids = jdbc.getJdbcTemplate().queryForList(
                "select id from matter where duplicate_of_id = ? order by merged_at, id", Long.class, id);
        Map<Long, Matter> byId = matters.findAllById(ids).stream().collect(Collectors.toMap(Matter::id, Function.identity()));
        return ids.stream().map(byId::get).filter(m -> m != null && canSee(viewer, m)).toList();
    }

    Matter load(Long id) {
        return matters.findById(id).orElseThrow();
    }

    /**
     * Saves the matter with its new timeline entries and tells other modules what happened: the events are stored in
     * the event publication registry in this transaction and delivered to their listeners after the commit.
     */
    Matter save(Matter matter) {
        Matter saved = matters.saveAndFlush(matter);
        List<MatterEvent> appended = matter.drainEvents();
        timeline.append(saved.id(), appended);
        appended.stream().sorted(Comparator.comparingInt(MatterEvent::seq))
                .forEach(e -> publisher.publishEvent(MatterTransitioned.of(saved, e)));
        return saved;
    }
}
