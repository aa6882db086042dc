package org.xinfang.casework;

import org.xinfang.intake.Channel;
import org.xinfang.statute.HandlingType;

/**
 * What to list. Every criterion is optional; matters outside the viewer's scope are never listed.
 *
 * @param openOnly    only matters still in the procedure (not declined, closed, final or reviewed)
 * @param heldByOwnUnit only matters held now by the viewer's own unit ("my unit's open matters"): for a city
 *                      registrar the city bureau's, not every matter held somewhere in the city
 * @param placePath   matters whose place lies in this subtree (a county, a township)
 * @param handlingType only matters of this type (建议意见类, 检举控告类, 申诉求决类)
 * @param awaiting    only the steps waiting for the viewer's unit: a question of competence to decide (2022 arts 23 ¶3,
 *                    24), a receipt to sign for, a draft or an extension request for its head, a co-handling report
 * @param undelivered only matters with (true) or without (false) a written document issued and not yet delivered (未送达)
 * @param flag        only matters carrying this flag of the national system (every matter when null)
 * @param search      only matters the search box's term finds (every matter when null)
 * @param dates       only matters received, due or last moved within these days (each bound optional; null: any)
 * @param registeredBy only matters this member of staff registered (by username; anyone's when null)
 * @param packagedBy  only matters this leader holds as package cases (by username; anyone's when null)
 * @param heldBy      only matters held now by this unit (by id; any holder when null): a dashboard's overdue matters
 *                    of one body
 * @param categoryIds only matters filed under one of these categories (any when null): a first-level category's
 *                    second-level ones
 */
public record MatterFilter(MatterState state, boolean openOnly, Deadline deadline, int withinDays, Channel channel,
                           Long categoryId, String placePath, Long petitionerId, Boolean repeat, Boolean collective,
                           Boolean leapLevel, Boolean packageCase, boolean heldByOwnUnit, int page, int size,
                           HandlingType handlingType, Awaiting awaiting, Boolean undelivered, MatterFlag flag,
                           SearchTerm search, Dates dates, String registeredBy, String packagedBy,
                           Long heldBy, java.util.List<Long> categoryIds) {

    /** Without the criteria added since (type, competence questions, delivery, flag, search, dates): each has its own "with" method below. */
    public MatterFilter(MatterState state, boolean openOnly, Deadline deadline, int withinDays, Channel channel,
                        Long categoryId, String placePath, Long petitionerId, Boolean repeat, Boolean collective,
                        Boolean leapLevel, Boolean packageCase, boolean heldByOwnUnit, int page, int size) {
        this(state, openOnly, deadline, withinDays, channel, categoryId, placePath, petitionerId, repeat, collective,
                leapLevel, packageCase, heldByOwnUnit, page, size, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * A step waiting for the viewer's unit: such a matter may be held by another unit (a question of competence, 2022
     * arts 23 ¶3, 24; a draft for the head of the holder), so the list is not limited to the viewer's own unit's matters.
     */
    public enum Awaiting {
        /** An objection of the unit a matter was passed to, waiting for the office that passed it on. */
        OBJECTION_DECISION,
        /** A dispute over which body accepts, waiting for the common superior or the joint conference office. */
        DISPUTE_DECISION,
        /** A matter the viewer's own unit received (转送、交办, named lead unit) and has not signed for (待签收). */
        SIGN_FOR,
        /**
         * A matter sent back to the viewer's own unit (退回: an objection it confirmed, 2022 art. 23 ¶3), waiting to be
         * routed again.
         */
        RE_ROUTING,
        /** A draft opinion waiting for the sign-off (审签) of the head of the viewer's unit (issue 11 B). */
        SIGN_OFF,
        /**
         * A handler's request for the one extension (2022 art. 34), waiting for the head of the body holding the matter
         * in the viewer's scope.
         */
        EXTENSION_DECISION,
        /** A matter on which the viewer's unit is a co-handler and owes its report (协办, issue 11 B). */
        CO_HANDLING_REPORT
    }

    public enum Deadline {
        /** The current step's deadline has passed. */
        OVERDUE,
        /** The current step's deadline falls within {@code withinDays} from today. */
        DUE_SOON,
        /** Overdue, or due within {@code withinDays}: what a supervisor watches. */
        OVERDUE_OR_DUE_SOON
    }

    /** Everything in scope, one page. */
    public static MatterFilter everything(int page, int size) {
        return new MatterFilter(null, false, null, 3, null, null, null, null, null, null, null, null, false, page, size);
    }

    public MatterFilter ofPetitioner(Long id) {
        return with(c -> c.petitionerId = id);
    }

    public MatterFilter inPlace(String path, Long category) {
        return with(c -> {
            c.placePath = path;
            c.categoryId = category;
        });
    }

    public MatterFilter due(Deadline d, int days) {
        return with(c -> {
            c.openOnly = true;
            c.deadline = d;
            c.withinDays = days;
        });
    }

    /** This filter, for matters of {@code type} only (all types when null; 2022 arts 28–34). */
    public MatterFilter ofType(HandlingType type) {
        return with(c -> c.handlingType = type);
    }

    /** This filter, for the steps waiting for the viewer's unit (every matter when null). */
    public MatterFilter awaitingDecision(Awaiting question) {
        return with(c -> c.awaiting = question);
    }

    /** The same filter, only matters with (true) or without (false) an undelivered document; null: either. */
    public MatterFilter undelivered(Boolean only) {
        return with(c -> c.undelivered = only);
    }

    /** Only matters with {@code f} set (every matter when null). */
    public MatterFilter withFlag(MatterFlag f) {
        return with(c -> c.flag = f);
    }

    /** Only the matters {@code term} finds ({@link SearchTerm}; every matter when null). */
    public MatterFilter searching(SearchTerm term) {
        return with(c -> c.search = term);
    }

    /** Only matters within these date ranges (every matter when null). */
    public MatterFilter within(Dates range) {
        return with(c -> c.dates = range);
    }

    /** Only the matters {@code username} registered (anyone's when null): a registrar finds what they entered. */
    public MatterFilter ofRegistrar(String username) {
        return with(c -> c.registeredBy = username);
    }

    /** Only the matters {@code leader} holds as package cases (anyone's when null): a leader's own cases. */
    public MatterFilter packagedBy(String leader) {
        return with(c -> c.packagedBy = leader);
    }

    /** Only the matters the unit {@code unitId} holds now (any holder when null). */
    public MatterFilter heldBy(Long unitId) {
        return with(c -> c.heldBy = unitId);
    }

    /** Only the matters filed under one of {@code ids} (any category when null; none when empty). */
    public MatterFilter inCategories(java.util.List<Long> ids) {
        return with(c -> c.categoryIds = ids == null ? null : java.util.List.copyOf(ids));
    }

    /** The same filter, page {@code n} (issue 11, item 1: a page past the end shows the last one). */
    public MatterFilter atPage(int n) {
        return with(c -> c.page = n);
    }

    /** This filter with {@code change} made to a copy of its criteria: one place knows the order of the components. */
    private MatterFilter with(java.util.function.Consumer<Criteria> change) {
        Criteria c = new Criteria(this);
        change.accept(c);
        return new MatterFilter(c.state, c.openOnly, c.deadline, c.withinDays, c.channel, c.categoryId, c.placePath,
                c.petitionerId, c.repeat, c.collective, c.leapLevel, c.packageCase, c.heldByOwnUnit, c.page, c.size,
                c.handlingType, c.awaiting, c.undelivered, c.flag, c.search, c.dates, c.registeredBy, c.packagedBy,
                c.heldBy, c.categoryIds);
    }

    /** The criteria of a filter while a "with" method changes some of them. */
    private static final class Criteria {
        MatterState state;
        boolean openOnly;
        Deadline deadline;
        int withinDays;
        Channel channel;
        Long categoryId;
        String placePath;
        Long petitionerId;
        Boolean repeat;
        Boolean collective;
        Boolean leapLevel;
        Boolean packageCase;
        boolean heldByOwnUnit;
        int page;
        int size;
        HandlingType handlingType;
        Awaiting awaiting;
        Boolean undelivered;
        MatterFlag flag;
        SearchTerm search;
        Dates dates;
        String registeredBy;
        String packagedBy;
        Long heldBy;
        java.util.List<Long> categoryIds;

        Criteria(MatterFilter f) {
            state = f.state;
            openOnly = f.openOnly;
            deadline = f.deadline;
            withinDays = f.withinDays;
            channel = f.channel;
            categoryId = f.categoryId;
            placePath = f.placePath;
            petitionerId = f.petitionerId;
            repeat = f.repeat;
            collective = f.collective;
            leapLevel = f.leapLevel;
            packageCase = f.packageCase;
            heldByOwnUnit = f.heldByOwnUnit;
            page = f.page;
            size = f.size;
            handlingType = f.handlingType;
            awaiting = f.awaiting;
            undelivered = f.undelivered;
            flag = f.flag;
            search = f.search;
            dates = f.dates;
            registeredBy = f.registeredBy;
            packagedBy = f.packagedBy;
            heldBy = f.heldBy;
            categoryIds = f.categoryIds;
        }
    }

    /**
     * Date ranges, each bound inclusive and optional: the day of receipt, the current step's deadline, and the day of
     * the last step (the timeline's latest entry, in the office's zone).
     */
    public record Dates(java.time.LocalDate receivedFrom, java.time.LocalDate receivedTo, java.time.LocalDate dueFrom,
                        java.time.LocalDate dueTo, java.time.LocalDate lastStepFrom, java.time.LocalDate lastStepTo,
                        java.time.LocalDate registeredFrom, java.time.LocalDate registeredTo) {

        /** These ranges, or null when no bound is set; refused (400, naming the field) when a range ends before it starts. */
        public static Dates of(java.time.LocalDate receivedFrom, java.time.LocalDate receivedTo, java.time.LocalDate dueFrom,
                               java.time.LocalDate dueTo, java.time.LocalDate lastStepFrom, java.time.LocalDate lastStepTo) {
            return of(receivedFrom, receivedTo, dueFrom, dueTo, lastStepFrom, lastStepTo, null, null);
        }

        /** As above, with the day of registration (in the office's zone), which differs from receipt for a letter registered late. */
        public static Dates of(java.time.LocalDate receivedFrom, java.time.LocalDate receivedTo, java.time.LocalDate dueFrom,
                               java.time.LocalDate dueTo, java.time.LocalDate lastStepFrom, java.time.LocalDate lastStepTo,
                               java.time.LocalDate registeredFrom, java.time.LocalDate registeredTo) {
            requireOrder("receivedTo", receivedFrom, receivedTo);
            requireOrder("dueTo", dueFrom, dueTo);
            requireOrder("lastStepTo", lastStepFrom, lastStepTo);
            requireOrder("registeredTo", registeredFrom, registeredTo);
            Dates d = new Dates(receivedFrom, receivedTo, dueFrom, dueTo, lastStepFrom, lastStepTo, registeredFrom, registeredTo);
            return java.util.stream.Stream.of(receivedFrom, receivedTo, dueFrom, dueTo, lastStepFrom, lastStepTo,
                    registeredFrom, registeredTo).allMatch(java.util.Objects::isNull) ? null : d;
        }

        private static void requireOrder(String field, java.time.LocalDate from, java.time.LocalDate to) {
            if (from != null && to != null && to.isBefore(from)) {
                throw org.xinfang.platform.Refusal.invalid(field, "filter.dates.order", from, to);
            }
        }
    }
}
