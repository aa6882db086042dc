package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.internal.Timeline;
import org.xinfang.casework.documents.StatutoryDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The statutory procedure of one matter, driven directly on the aggregate with fixed clocks. */
class MatterLifecycleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // ---- a small territory: Huaihua city, one county with departments, a township and a village ---------
    static final UnitView CITY = new UnitView(1L, "431200", "怀化市", "Huaihua", AdministrativeLevel.CITY, null,
            null, "/1/", "/1/", 5_000_000L);
    static final UnitView COUNTY = new UnitView(2L, "431202", "鹤城区", "Hecheng", AdministrativeLevel.COUNTY, null,
            1L, "/1/2/", "/1/2/", 400_000L);
    static final UnitView COUNTY_HOUSING = new UnitView(3L, "431202-HOUSING", "鹤城区住建局", "Hecheng Housing",
            AdministrativeLevel.COUNTY, "HOUSING", 2L, "/1/2/3/", "/1/2/3/", null);
    static final UnitView COUNTY_PETITION = new UnitView(4L, "431202-PETITION", "鹤城区信访局", "Hecheng Petition Bureau",
            AdministrativeLevel.COUNTY, "PETITION", 2L, "/1/2/4/", "/1/2/", null);
    static final UnitView COUNTY_LAND = new UnitView(5L, "431202-LAND", "鹤城区自然资源局", "Hecheng Land",
            AdministrativeLevel.COUNTY, "LAND", 2L, "/1/2/5/", "/1/2/5/", null);
    static final UnitView TOWNSHIP = new UnitView(6L, "431202001", "城中街道", "Chengzhong", AdministrativeLevel.TOWNSHIP,
            null, 2L, "/1/2/6/", "/1/2/6/", 50_000L);
    static final UnitView VILLAGE = new UnitView(7L, "431202001001", "人民路社区", "Renmin Road",
            AdministrativeLevel.VILLAGE, null, 6L, "/1/2/6/7/", "/1/2/6/7/", 3_000L);

    static final Actor REGISTRAR = new Actor("registrar.li", COUNTY_PETITION.id());
    static final Actor HANDLER = new Actor("handler.wang", COUNTY_HOUSING.id());
    static final Actor LEADER = new Actor("leader.zhang", COUNTY_HOUSING.id());
    static final Actor REVIEWER = new Actor("reviewer.chen", COUNTY.id());
    static final Actor RE_REVIEWER = new Actor("rereviewer.zhao", CITY.id());

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A clock standing still at 10:00 Beijing time on {@code iso}. */
    static Clock on(String iso) {
        return Clock.fixed(day(iso).atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    static Registration registration(LocalDate receivedOn) {
        return registration(receivedOn, Channel.LETTER, Set.of(), 1, false);
    }

    static Registration registration(LocalDate receivedOn, Channel channel, Set<Long> representatives, int persons,
                                     boolean onFinalMatter) {
        return new Registration("HC-2026-0001", channel, PetitionKind.COMPLAINT, AdministrativeLevel.COUNTY, 100L,
                representatives, persons, 7L, VILLAGE, "Housing certificate not issued",
                "We bought flats in 2015 and still have no certificates.", receivedOn, COUNTY_PETITION, COUNTY_HOUSING,
                null, false, onFinalMatter, QueryCode.generate(), false, Map.of());
    }

    static Matter registeredOn(String iso) {
        return Matter.register(registration(day(iso)), REGISTRAR, on(iso));
    }

    /** Registered on 1 March, routed on 3 March, accepted on {@code acceptedOn}. */
    static Matter inHandling(String acceptedOn) {
        Matter m = registeredOn("2026-03-01");
        m.route(RoutingKind.ASSIGNMENT, COUNTY_HOUSING, "housing certificates", REGISTRAR, on("2026-03-03"));
        m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of()), HANDLER, on(acceptedOn));
        return m;
    }

    /** In handling since 10 March, replied on {@code repliedOn} and the opinion handed to the petitioner that day. */
    static Matter repliedOn(String repliedOn) {
        Matter m = inHandling("2026-03-10");
        m.reply(OpinionOutcome.SUPPORTED, "certificates will be issued", HANDLER, on(repliedOn));
        delivered(m, StatutoryDocument.HANDLING_OPINION, repliedOn);
        return m;
    }

    /** The document handed to the petitioner in person and signed for on {@code iso}: the review windows run from it. */
    static void delivered(Matter m, StatutoryDocument document, String iso) {
        m.recordDelivery(document, DeliveryMethod.IN_PERSON, day(iso), DeliveryOutcome.SIGNED, null, null, null,
                REGISTRAR, on(iso));
    }

    /** The refusal {@code action} throws; fails the test when it is not refused. */
    static Refusal refusal(Runnable action) {
        Refusal refusal = catchThrowableOfType(Refusal.class, action::run);
        assertThat(refusal).as("expected the action to be refused").isNotNull();
        return refusal;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> change(MatterEvent event, String field) {
        return (Map<String, Object>) event.changes().get(field);
    }

    // =====================================================================================================

    @Test
    void a_matter_walks_the_whole_statutory_procedure_with_each_deadline_as_the_statute_says() {
        Matter m = registeredOn("2026-03-01");
        assertThat(m.state()).isEqualTo(MatterState.REGISTERED);
        assertThat(m.dueStep()).isEqualTo(DueStep.ROUTING);
        assertThat(m.dueOn()).isEqualTo(day("2026-03-16"));
        assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_PETITION.id());

        m.route(RoutingKind.ASSIGNMENT, COUNTY_HOUSING, "housing certificates", REGISTRAR, on("2026-03-03"));
        assertThat(m.state()).isEqualTo(MatterState.ROUTED);
        assertThat(m.dueStep()).isEqualTo(DueStep.ACCEPTANCE);
        assertThat(m.dueOn()).isEqualTo(day("2026-03-18"));
        assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_HOUSING.id());
        assertThat(m.routedOn()).isEqualTo(day("2026-03-03"));

        m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of(COUNTY_LAND, COUNTY_HOUSING)),
                HANDLER, on("2026-03-10"));
        assertThat(m.state()).isEqualTo(MatterState.IN_HANDLING);
        assertThat(m.dueStep()).isEqualTo(DueStep.HANDLING);
        assertThat(m.dueOn()).isEqualTo(day("2026-05-09"));
        assertThat(m.leadUnitId()).isEqualTo(COUNTY_HOUSING.id());
        assertThat(m.coHandlerUnitIds()).as("the lead is not its own co-handler").containsExactly(COUNTY_LAND.id());

        m.reply(OpinionOutcome.SUPPORTED, "certificates will be issued by June", HANDLER, on("2026-05-01"));
        delivered(m, StatutoryDocument.HANDLING_OPINION, "2026-05-01");
        assertThat(m.state()).isEqualTo(MatterState.REPLIED);
        assertThat(m.dueStep()).isNull();
        assertThat(m.dueOn()).isNull();
        assertThat(m.reviewRequestDeadline()).isEqualTo(day("2026-05-31"));

        m.recordEvaluation(Satisfaction.DISSATISFIED, "too slow", REGISTRAR, on("2026-05-05"));
        assertThat(m.state()).isEqualTo(MatterState.EVALUATED);
        assertThat(m.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(m.dueOn()).isNull();

        m.close("opinion given", REGISTRAR, on("2026-05-06"));
        assertThat(m.state()).isEqualTo(MatterState.CLOSED);
        assertThat(m.closedOn()).isEqualTo(day("2026-05-06"));
        assertThat(m.dueOn()).isNull();

        m.requestReview(COUNTY, "the opinion ignores our contract", REGISTRAR, on("2026-05-20"));
        assertThat(m.state()).isEqualTo(MatterState.UNDER_REVIEW);
        assertThat(m.dueStep()).isEqualTo(DueStep.REVIEW);
        assertThat(m.dueOn()).isEqualTo(day("2026-06-19"));
        assertThat(m.responsibleUnitId()).isEqualTo(COUNTY.id());

        m.issueReviewOpinion(ReviewOutcome.UPHELD, "upheld", REVIEWER, on("2026-06-10"));
        delivered(m, StatutoryDocument.REVIEW_OPINION, "2026-06-10");
        assertThat(m.state()).isEqualTo(MatterState.REVIEWED);
        assertThat(m.dueOn()).isNull();
        assertThat(m.reReviewRequestDeadline()).isEqualTo(day("2026-07-10"));

        m.requestReReview(CITY, "still not satisfied", REGISTRAR, on("2026-06-25"));
        assertThat(m.state()).isEqualTo(MatterState.UNDER_RE_REVIEW);
        assertThat(m.dueStep()).isEqualTo(DueStep.RE_REVIEW);
        assertThat(m.dueOn()).isEqualTo(day("2026-07-25"));
        assertThat(m.responsibleUnitId()).isEqualTo(CITY.id());

        m.recordHearing(5, "public hearing", RE_REVIEWER, on("2026-07-01"));
        assertThat(m.dueOn()).as("hearing days are not counted").isEqualTo(day("2026-07-30"));
        m.recordHearing(3, "second hearing session", RE_REVIEWER, on("2026-07-08"));
        assertThat(m.hearingDays()).isEqualTo(8);
        assertThat(m.dueOn()).isEqualTo(day("2026-08-02"));
        assertThat(m.state()).isEqualTo(MatterState.UNDER_RE_REVIEW);

        m.issueReReviewOpinion(ReviewOutcome.UPHELD, "upheld; final", RE_REVIEWER, on("2026-07-28"));
        assertThat(m.state()).isEqualTo(MatterState.FINAL);
        assertThat(m.finalOn()).isEqualTo(day("2026-07-28"));
        assertThat(m.dueStep()).isNull();
        assertThat(m.dueOn()).isNull();
    }

    @Nested
    class Registering {

        @Test
        void a_matter_received_today_is_due_to_be_routed_in_15_days() {
            Matter m = registeredOn("2026-12-20");
            assertThat(m.routingDueOn()).isEqualTo(day("2027-01-04"));
            assertThat(m.dueOn()).isEqualTo(day("2027-01-04"));
            assertThat(m.registeredBy()).isEqualTo(REGISTRAR.username());
        }

        @Test
        void a_letter_received_days_before_registration_counts_from_receipt() {
            Matter m = Matter.register(registration(day("2026-03-01")), REGISTRAR, on("2026-03-05"));
            assertThat(m.dueOn()).isEqualTo(day("2026-03-16"));
        }

        @Test
        void a_matter_cannot_be_received_in_the_future() {
            Refusal r = refusal(() -> Matter.register(registration(day("2026-03-02")), REGISTRAR, on("2026-03-01")));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(r.field()).isEqualTo("receivedOn");
        }

        @Test
        void a_receipt_date_more_than_a_year_back_is_refused_and_a_year_is_accepted() {
            Refusal r = refusal(() -> Matter.register(registration(day("2025-02-28")), REGISTRAR, on("2026-03-01")));
            assertThat(r.field()).isEqualTo("receivedOn");
            assertThat(r.messageKey()).isEqualTo("matter.received-too-long-ago");
            assertThat(Matter.register(registration(day("2025-03-01")), REGISTRAR, on("2026-03-01")).receivedOn())
                    .isEqualTo(day("2025-03-01"));
        }

        @Test
        void the_petitioner_and_four_others_may_represent_a_collective_visit() {
            Matter m = Matter.register(registration(day("2026-03-01"), Channel.VISIT, Set.of(101L, 102L, 103L, 104L),
                    30, false), REGISTRAR, on("2026-03-01"));
            assertThat(m.representativeIds()).hasSize(4);
            assertThat(m.isCollective()).isTrue();
        }

        @Test
        void more_than_five_representatives_are_refused() {
            Refusal r = refusal(() -> Matter.register(registration(day("2026-03-01"), Channel.VISIT,
                    Set.of(101L, 102L, 103L, 104L, 105L), 30, false), REGISTRAR, on("2026-03-01")));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(r.field()).isEqualTo("representatives");
            assertThat(r.messageKey()).isEqualTo("matter.too-many-representatives");
        }

        @Test
        void a_matter_needs_at_least_one_person() {
            Refusal r = refusal(() -> Matter.register(registration(day("2026-03-01"), Channel.LETTER, Set.of(), 0, false),
                    REGISTRAR, on("2026-03-01")));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(r.field()).isEqualTo("persons");
        }

        @Test
        void the_persons_count_includes_the_petitioner_and_every_representative() {
            Refusal r = refusal(() -> Matter.register(registration(day("2026-03-01"), Channel.VISIT,
                    Set.of(101L, 102L, 103L, 104L), 4, false), REGISTRAR, on("2026-03-01")));
            assertThat(r.field()).isEqualTo("persons");
        }

        @Test
        void a_visit_by_five_persons_is_collective_and_by_four_is_not() {
            Matter five = Matter.register(registration(day("2026-03-01"), Channel.VISIT, Set.of(101L), 5, false),
                    REGISTRAR, on("2026-03-01"));
            Matter four = Matter.register(registration(day("2026-03-01"), Channel.VISIT, Set.of(101L), 4, false),
                    REGISTRAR, on("2026-03-01"));
            Matter letter = Matter.register(registration(day("2026-03-01"), Channel.LETTER, Set.of(101L), 5, false),
                    REGISTRAR, on("2026-03-01"));
            assertThat(five.isCollective()).isTrue();
            assertThat(four.isCollective()).isFalse();
            assertThat(letter.isCollective()).as("only visits are collective visits").isFalse();
        }
    }

    @Nested
    class DecidingAcceptance {

        @Test
        void a_leap_level_visit_is_sent_down_to_the_responsible_level_not_accepted_above_it() {
            UnitView cityHousing = new UnitView(8L, "431200-HOUSING", "怀化市住建局", "Huaihua Housing",
                    AdministrativeLevel.CITY, "HOUSING", 1L, "/1/8/", "/1/8/", null);
            UnitView cityPetition = new UnitView(9L, "431200-PETITION", "怀化市信访局", "Huaihua Petition Bureau",
                    AdministrativeLevel.CITY, "PETITION", 1L, "/1/9/", "/1/", null);
            Registration leap = new Registration("HC-2026-0002", Channel.VISIT, PetitionKind.COMPLAINT, null, 100L, Set.of(), 1,
                    7L, VILLAGE, "Compensation unpaid", "Came to the city about a county matter.", day("2026-03-01"),
                    cityPetition, COUNTY_HOUSING, null, true, false, QueryCode.generate(), false, Map.of());
            Matter m = Matter.register(leap, new Actor("city.registrar", cityPetition.id()), on("2026-03-01"));
            assertThat(m.responsibleLevel()).isEqualTo(AdministrativeLevel.COUNTY);

            Refusal r = refusal(() -> m.decideAcceptance(AcceptanceDecision.accept("notice", cityHousing, List.of()),
                    new Actor("city.registrar", cityPetition.id()), on("2026-03-02")));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.leap-level.send-down");
            assertThat(m.state()).isEqualTo(MatterState.REGISTERED);

            m.route(RoutingKind.ASSIGNMENT, COUNTY_HOUSING, "belongs to the county", new Actor("city.registrar", cityPetition.id()),
                    on("2026-03-02"));
            m.decideAcceptance(AcceptanceDecision.accept("notice", COUNTY_HOUSING, List.of()), HANDLER, on("2026-03-03"));
            assertThat(m.state()).isEqualTo(MatterState.IN_HANDLING);
        }

        @Test
        void a_refusal_to_accept_needs_a_reason() {
            Refusal missing = refusal(() -> AcceptanceDecision.notAccept("notice", null, ProperChannel.LITIGATION));
            Refusal blank = refusal(() -> AcceptanceDecision.notAccept("notice", "   ", ProperChannel.LITIGATION));
            assertThat(missing.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(missing.field()).isEqualTo("reason");
            assertThat(blank.field()).isEqualTo("reason");
        }

        @Test
        void a_refusal_to_accept_needs_the_proper_channel() {
            Refusal r = refusal(() -> AcceptanceDecision.notAccept("notice", "a contract dispute", null));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(r.field()).isEqualTo("properChannel");
        }

        @Test
        void accepting_needs_a_lead_unit_and_transferring_a_receiving_body() {
            assertThat(refusal(() -> AcceptanceDecision.accept("notice", null, List.of())).field())
                    .isEqualTo("leadUnitCode");
            assertThat(refusal(() -> AcceptanceDecision.transfer("notice", "wrong body", null)).field())
                    .isEqualTo("transferToUnitCode");
            assertThat(refusal(() -> new AcceptanceDecision(null, null, null, null, null, null, null)).field())
                    .isEqualTo("outcome");
        }

        @Test
        void a_matter_not_accepted_records_the_proper_channel_and_ends_there() {
            Matter m = registeredOn("2026-03-01");
            m.route(RoutingKind.TRANSFER, COUNTY_HOUSING, null, REGISTRAR, on("2026-03-02"));

            m.decideAcceptance(AcceptanceDecision.notAccept("go to court", "a contract dispute between neighbours",
                    ProperChannel.LITIGATION), HANDLER, on("2026-03-09"));

            assertThat(m.state()).isEqualTo(MatterState.NOT_ACCEPTED);
            assertThat(m.properChannel()).isEqualTo(ProperChannel.LITIGATION);
            assertThat(m.acceptanceReason()).isEqualTo("a contract dispute between neighbours");
            assertThat(m.decidedOn()).isEqualTo(day("2026-03-09"));
            assertThat(m.dueOn()).isNull();
            assertThat(m.isOverdue(day("2027-01-01"))).isFalse();

            Refusal again = refusal(() -> m.decideAcceptance(
                    AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of()), HANDLER, on("2026-03-10")));
            assertThat(again.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(m.state()).isEqualTo(MatterState.NOT_ACCEPTED);
        }

        @Test
        void a_transfer_restarts_the_15_day_acceptance_clock_at_the_new_body() {
            Matter m = registeredOn("2026-03-01");
            m.route(RoutingKind.TRANSFER, COUNTY_HOUSING, null, REGISTRAR, on("2026-03-03"));
            assertThat(m.dueOn()).isEqualTo(day("2026-03-18"));

            m.decideAcceptance(AcceptanceDecision.transfer("sent to land bureau", "a land matter", COUNTY_LAND),
                    HANDLER, on("2026-03-10"));

            assertThat(m.state()).isEqualTo(MatterState.ROUTED);
            assertThat(m.acceptanceOutcome()).isEqualTo(AcceptanceOutcome.TRANSFERRED);
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_LAND.id());
            assertThat(m.routedOn()).isEqualTo(day("2026-03-10"));
            assertThat(m.acceptanceDueOn()).isEqualTo(day("2026-03-25"));
            assertThat(m.dueStep()).isEqualTo(DueStep.ACCEPTANCE);
            assertThat(m.dueOn()).isEqualTo(day("2026-03-25"));

            m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_LAND, List.of()), HANDLER, on("2026-03-20"));
            assertThat(m.state()).isEqualTo(MatterState.IN_HANDLING);
            assertThat(m.dueOn()).isEqualTo(day("2026-05-19"));
        }

        @Test
        void a_body_cannot_transfer_a_matter_to_itself() {
            Matter m = registeredOn("2026-03-01");
            m.route(RoutingKind.TRANSFER, COUNTY_HOUSING, null, REGISTRAR, on("2026-03-03"));

            Refusal r = refusal(() -> m.decideAcceptance(
                    AcceptanceDecision.transfer("n", "r", COUNTY_HOUSING), HANDLER, on("2026-03-05")));

            assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(r.field()).isEqualTo("transferToUnitCode");
            assertThat(m.dueOn()).isEqualTo(day("2026-03-18"));
            assertThat(m.routedOn()).isEqualTo(day("2026-03-03"));
        }

        @Test
        void the_receiving_office_may_accept_a_matter_without_routing_it() {
            Matter m = registeredOn("2026-03-01");
            m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_HOUSING, null), REGISTRAR, on("2026-03-02"));
            assertThat(m.state()).isEqualTo(MatterState.IN_HANDLING);
            assertThat(m.dueOn()).isEqualTo(day("2026-05-01"));
        }

        @Test
        void a_matter_already_final_is_not_accepted_again() {
            Matter m = Matter.register(registration(day("2026-03-01"), Channel.LETTER, Set.of(), 1, true),
                    REGISTRAR, on("2026-03-01"));
            assertThat(m.isOnFinalMatter()).isTrue();

            Refusal r = refusal(() -> m.decideAcceptance(
                    AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of()), HANDLER, on("2026-03-02")));

            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.final-not-accepted-again");
            assertThat(m.state()).isEqualTo(MatterState.REGISTERED);
            assertThat(m.leadUnitId()).isNull();
            assertThat(m.dueOn()).isEqualTo(day("2026-03-16"));

            m.decideAcceptance(AcceptanceDecision.notAccept("already final", "re-reviewed in 2025",
                    ProperChannel.ALREADY_FINAL), REGISTRAR, on("2026-03-02"));
            assertThat(m.state()).isEqualTo(MatterState.NOT_ACCEPTED);
        }
    }

    @Nested
    class Handling {

        @Test
        void handling_is_due_60_days_after_acceptance_across_the_year_end() {
            Matter m = registeredOn("2026-11-10");
            m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of()), HANDLER,
                    on("2026-11-20"));
            assertThat(m.handlingDueOn()).isEqualTo(day("2027-01-19"));
            assertThat(m.dueOn()).isEqualTo(day("2027-01-19"));
        }

        @Test
        void one_extension_of_at_most_30_days_moves_the_handling_deadline() {
            Matter m = inHandling("2026-03-10");
            assertThat(m.dueOn()).isEqualTo(day("2026-05-09"));

            m.extendHandling(30, "site survey needed", LEADER, on("2026-05-01"));

            assertThat(m.extensionDays()).isEqualTo(30);
            assertThat(m.extensionApprovedBy()).isEqualTo(LEADER.username());
            assertThat(m.handlingDueOn()).isEqualTo(day("2026-06-08"));
            assertThat(m.dueOn()).isEqualTo(day("2026-06-08"));
        }

        @Test
        void a_second_extension_is_refused() {
            Matter m = inHandling("2026-03-10");
            m.extendHandling(10, "survey", LEADER, on("2026-05-01"));

            Refusal r = refusal(() -> m.extendHandling(5, "more", LEADER, on("2026-05-15")));

            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.extension.only-once");
            assertThat(m.dueOn()).isEqualTo(day("2026-05-19"));
        }

        @Test
        void an_extension_of_31_or_0_days_is_refused_and_does_not_use_up_the_extension() {
            Matter m = inHandling("2026-03-10");

            Refusal tooLong = refusal(() -> m.extendHandling(31, "long", LEADER, on("2026-05-01")));
            Refusal none = refusal(() -> m.extendHandling(0, "none", LEADER, on("2026-05-01")));

            assertThat(tooLong.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(tooLong.field()).isEqualTo("days");
            assertThat(none.field()).isEqualTo("days");
            assertThat(m.extensionDays()).isNull();
            assertThat(m.dueOn()).isEqualTo(day("2026-05-09"));

            m.extendHandling(1, "one day", LEADER, on("2026-05-02"));
            assertThat(m.dueOn()).isEqualTo(day("2026-05-10"));
        }

        @Test
        void an_extension_must_be_approved_before_the_handling_limit_expires() {
            Matter m = inHandling("2026-03-10");

            m.extendHandling(10, "on the last day", LEADER, on("2026-05-09"));
            Matter late = inHandling("2026-03-10");
            Refusal r = refusal(() -> late.extendHandling(10, "too late", LEADER, on("2026-05-10")));

            assertThat(m.dueOn()).isEqualTo(day("2026-05-19"));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.extension.after-deadline");
            assertThat(late.isOverdue(day("2026-05-10"))).isTrue();
        }

        @Test
        void an_extension_is_refused_outside_handling() {
            Matter m = registeredOn("2026-03-01");
            Refusal r = refusal(() -> m.extendHandling(10, "early", LEADER, on("2026-03-02")));
            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.transition.illegal");
            assertThat(m.dueOn()).isEqualTo(day("2026-03-16"));
        }

        @Test
        void reassigning_changes_the_holder_but_not_the_clock() {
            Matter m = inHandling("2026-03-10");
            m.reassign(COUNTY_LAND, List.of(COUNTY_HOUSING), "land matter after all", LEADER, on("2026-03-20"));
            assertThat(m.leadUnitId()).isEqualTo(COUNTY_LAND.id());
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_LAND.id());
            assertThat(m.coHandlerUnitIds()).containsExactly(COUNTY_HOUSING.id());
            assertThat(m.dueOn()).isEqualTo(day("2026-05-09"));
        }
    }

    @Nested
    class Review {

        @Test
        void review_may_be_requested_on_the_30th_day_after_the_opinion() {
            Matter m = repliedOn("2026-05-01");
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-31"));
            assertThat(m.state()).isEqualTo(MatterState.UNDER_REVIEW);
            assertThat(m.dueOn()).isEqualTo(day("2026-06-30"));
        }

        @Test
        void review_is_refused_after_the_30_day_window() {
            Matter m = repliedOn("2026-05-01");
            m.close("done", REGISTRAR, on("2026-05-02"));

            Refusal r = refusal(() -> m.requestReview(COUNTY, "too late", REGISTRAR, on("2026-06-01")));

            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.review.window-closed");
            assertThat(m.state()).isEqualTo(MatterState.CLOSED);
            assertThat(m.reviewUnitId()).isNull();
        }

        @Test
        void review_does_not_depend_on_the_rating() {
            for (Satisfaction rating : Satisfaction.values()) {
                Matter m = repliedOn("2026-05-01");
                m.recordEvaluation(rating, null, REGISTRAR, on("2026-05-02"));
                m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-03"));
                assertThat(m.state()).as("after %s", rating).isEqualTo(MatterState.UNDER_REVIEW);
            }
        }

        @Test
        void a_rating_may_be_changed_until_the_review_window_closes_or_review_is_requested() {
            Matter m = repliedOn("2026-05-01");
            m.recordEvaluation(Satisfaction.SATISFIED, null, REGISTRAR, on("2026-05-02"));
            m.close("done", REGISTRAR, on("2026-05-03"));
            assertThat(m.allows(MatterAction.RECORD_EVALUATION, day("2026-05-31"))).isTrue();
            m.recordEvaluation(Satisfaction.DISSATISFIED, "nothing happened", REGISTRAR, on("2026-05-31"));
            assertThat(m.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
            assertThat(m.state()).isEqualTo(MatterState.CLOSED);

            assertThat(m.allows(MatterAction.RECORD_EVALUATION, day("2026-06-01"))).isFalse();
            assertThat(refusal(() -> m.recordEvaluation(Satisfaction.SATISFIED, null, REGISTRAR, on("2026-06-01")))
                    .messageKey()).isEqualTo("matter.evaluation.final");

            Matter reviewed = repliedOn("2026-05-01");
            reviewed.recordEvaluation(Satisfaction.BASICALLY_SATISFIED, null, REGISTRAR, on("2026-05-02"));
            reviewed.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-03"));
            assertThat(refusal(() -> reviewed.recordEvaluation(Satisfaction.SATISFIED, null, REGISTRAR, on("2026-05-04")))
                    .messageKey()).isEqualTo("matter.evaluation.final");
            assertThat(reviewed.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        }

        @Test
        void re_review_is_refused_after_the_30_day_window() {
            Matter m = repliedOn("2026-05-01");
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-10"));
            m.issueReviewOpinion(ReviewOutcome.REVISED, "revised", REVIEWER, on("2026-06-01"));
            delivered(m, StatutoryDocument.REVIEW_OPINION, "2026-06-01");

            Refusal r = refusal(() -> m.requestReReview(CITY, "too late", REGISTRAR, on("2026-07-02")));

            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.re-review.window-closed");
            assertThat(m.state()).isEqualTo(MatterState.REVIEWED);

            m.requestReReview(CITY, "just in time", REGISTRAR, on("2026-07-01"));
            assertThat(m.state()).isEqualTo(MatterState.UNDER_RE_REVIEW);
            assertThat(m.dueOn()).isEqualTo(day("2026-07-31"));
        }

        @Test
        void a_hearing_of_0_or_more_than_90_days_is_refused() {
            Matter m = repliedOn("2026-05-01");
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-10"));
            m.issueReviewOpinion(ReviewOutcome.UPHELD, "upheld", REVIEWER, on("2026-06-01"));
            delivered(m, StatutoryDocument.REVIEW_OPINION, "2026-06-01");
            m.requestReReview(CITY, "disagree", REGISTRAR, on("2026-06-05"));

            assertThat(refusal(() -> m.recordHearing(0, "none", RE_REVIEWER, on("2026-06-06"))).field()).isEqualTo("days");
            assertThat(refusal(() -> m.recordHearing(91, "long", RE_REVIEWER, on("2026-06-06"))).field()).isEqualTo("days");
            assertThat(m.dueOn()).isEqualTo(day("2026-07-05"));
        }

        @Test
        void a_final_matter_takes_no_further_steps() {
            Matter m = repliedOn("2026-05-01");
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-10"));
            m.issueReviewOpinion(ReviewOutcome.UPHELD, "upheld", REVIEWER, on("2026-06-01"));
            delivered(m, StatutoryDocument.REVIEW_OPINION, "2026-06-01");
            m.requestReReview(CITY, "disagree", REGISTRAR, on("2026-06-05"));
            m.issueReReviewOpinion(ReviewOutcome.UPHELD, "final", RE_REVIEWER, on("2026-06-20"));

            assertThat(refusal(() -> m.requestReview(CITY, "again", REGISTRAR, on("2026-06-21"))).kind())
                    .isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal(() -> m.recordHearing(3, "late", RE_REVIEWER, on("2026-06-21"))).kind())
                    .isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal(() -> m.close("again", REGISTRAR, on("2026-06-21"))).kind())
                    .isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(m.state()).isEqualTo(MatterState.FINAL);
        }
    }

    @Nested
    class Overdue {

        @Test
        void a_matter_is_overdue_only_after_its_due_day() {
            Matter m = registeredOn("2026-03-01");
            assertThat(m.isOverdue(day("2026-03-15"))).isFalse();
            assertThat(m.isOverdue(day("2026-03-16"))).as("the due day itself is still on time").isFalse();
            assertThat(m.isOverdue(day("2026-03-17"))).isTrue();
        }

        @Test
        void a_replied_matter_has_no_running_deadline() {
            Matter m = repliedOn("2026-06-30");
            assertThat(m.isOverdue(day("2030-01-01"))).isFalse();
        }

        @Test
        void an_extension_makes_an_overdue_matter_on_time_again() {
            Matter m = inHandling("2026-03-10");
            assertThat(m.isOverdue(day("2026-05-10"))).isTrue();
            m.extendHandling(20, "survey", LEADER, on("2026-05-08"));
            assertThat(m.isOverdue(day("2026-05-10"))).isFalse();
            assertThat(m.isOverdue(day("2026-05-30"))).isTrue();
        }
    }

    @Nested
    class Timeline {

        @Test
        void each_transition_appends_one_event_with_increasing_seq_from_and_to_state_and_actor() {
            Matter m = registeredOn("2026-03-01");
            m.route(RoutingKind.ASSIGNMENT, COUNTY_HOUSING, "housing", REGISTRAR, on("2026-03-03"));
            m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of()), HANDLER, on("2026-03-10"));
            m.extendHandling(10, "survey", LEADER, on("2026-05-01"));
            m.reply(OpinionOutcome.SUPPORTED, "yes", HANDLER, on("2026-05-10"));
            m.recordEvaluation(Satisfaction.SATISFIED, "thanks", REGISTRAR, on("2026-05-11"));
            m.close("done", REGISTRAR, on("2026-05-12"));

            List<MatterEvent> events = m.drainEvents();

            assertThat(events).extracting(MatterEvent::type).containsExactly(MatterEventType.REGISTERED,
                    MatterEventType.ROUTED, MatterEventType.ACCEPTED, MatterEventType.EXTENDED, MatterEventType.REPLIED,
                    MatterEventType.EVALUATED, MatterEventType.CLOSED);
            assertThat(events).extracting(MatterEvent::seq).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(events).extracting(MatterEvent::fromState).containsExactly(null, MatterState.REGISTERED,
                    MatterState.ROUTED, MatterState.IN_HANDLING, MatterState.IN_HANDLING, MatterState.REPLIED,
                    MatterState.EVALUATED);
            assertThat(events).extracting(MatterEvent::toState).containsExactly(MatterState.REGISTERED,
                    MatterState.ROUTED, MatterState.IN_HANDLING, MatterState.IN_HANDLING, MatterState.REPLIED,
                    MatterState.EVALUATED, MatterState.CLOSED);
            assertThat(events).extracting(MatterEvent::actor).containsExactly(REGISTRAR.username(),
                    REGISTRAR.username(), HANDLER.username(), LEADER.username(), HANDLER.username(),
                    REGISTRAR.username(), REGISTRAR.username());
            assertThat(events.get(3).actorUnitId()).isEqualTo(LEADER.unitId());
            assertThat(events.get(2).occurredAt()).isEqualTo(on("2026-03-10").instant());
            assertThat(events.get(3).reason()).isEqualTo("survey");
        }

        @Test
        void each_state_change_records_the_state_before_and_after() {
            Matter m = registeredOn("2026-03-01");
            m.route(RoutingKind.ASSIGNMENT, COUNTY_HOUSING, "housing", REGISTRAR, on("2026-03-03"));
            m.decideAcceptance(AcceptanceDecision.accept("accepted", COUNTY_HOUSING, List.of()), HANDLER, on("2026-03-10"));

            List<MatterEvent> events = m.drainEvents();

            assertThat(change(events.get(0), "state")).containsEntry("before", null).containsEntry("after", "REGISTERED");
            assertThat(change(events.get(1), "state")).containsEntry("before", "REGISTERED").containsEntry("after", "ROUTED");
            assertThat(change(events.get(1), "dueOn")).containsEntry("before", "2026-03-16")
                    .containsEntry("after", "2026-03-18");
            assertThat(change(events.get(1), "responsibleUnitId")).containsEntry("before", COUNTY_PETITION.id())
                    .containsEntry("after", COUNTY_HOUSING.id());
            assertThat(change(events.get(2), "state")).containsEntry("before", "ROUTED").containsEntry("after", "IN_HANDLING");
            assertThat(change(events.get(2), "dueStep")).containsEntry("before", "ACCEPTANCE").containsEntry("after", "HANDLING");
        }

        @Test
        void an_extension_records_the_deadline_it_moved_but_no_state_change() {
            Matter m = inHandling("2026-03-10");
            m.drainEvents();
            m.extendHandling(30, "survey", LEADER, on("2026-05-01"));

            MatterEvent extended = m.drainEvents().get(0);

            assertThat(extended.changes()).doesNotContainKey("state");
            assertThat(change(extended, "handlingDueOn")).containsEntry("before", "2026-05-09")
                    .containsEntry("after", "2026-06-08");
            assertThat(change(extended, "extensionDays")).containsEntry("before", null).containsEntry("after", 30);
        }

        @Test
        void drained_events_are_handed_over_once_and_refusals_add_none() {
            Matter m = registeredOn("2026-03-01");
            assertThat(m.drainEvents()).hasSize(1);
            assertThat(m.drainEvents()).isEmpty();

            assertThatThrownBy(() -> m.reply(OpinionOutcome.SUPPORTED, "too early", HANDLER, on("2026-03-02")))
                    .isInstanceOf(Refusal.class);
            assertThat(m.drainEvents()).isEmpty();

            m.route(RoutingKind.TRANSFER, COUNTY_HOUSING, null, REGISTRAR, on("2026-03-03"));
            assertThat(m.drainEvents()).singleElement().extracting(MatterEvent::seq).isEqualTo(2);
        }
    }
}
