package org.xinfang.casework;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.xinfang.casework.internal.Matter;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.DisputeForum;
import org.xinfang.statute.Statute;
import org.xinfang.statute.WorkingDays;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.casework.MatterLifecycleTest.COUNTY;
import static org.xinfang.casework.MatterLifecycleTest.COUNTY_HOUSING;
import static org.xinfang.casework.MatterLifecycleTest.COUNTY_LAND;
import static org.xinfang.casework.MatterLifecycleTest.COUNTY_PETITION;
import static org.xinfang.casework.MatterLifecycleTest.HANDLER;
import static org.xinfang.casework.MatterLifecycleTest.REGISTRAR;
import static org.xinfang.casework.MatterLifecycleTest.TOWNSHIP;
import static org.xinfang.casework.MatterLifecycleTest.day;
import static org.xinfang.casework.MatterLifecycleTest.on;
import static org.xinfang.casework.MatterLifecycleTest.refusal;
import static org.xinfang.casework.MatterLifecycleTest.registeredOn;

/** The objection of the unit a matter was passed to (2022 art. 23 ¶3) and disputed competence (art. 24), on the aggregate. */
class ObjectionAndDisputeTest {

    /** The shipped calendar: the State Council's 2026 arrangement. */
    static final WorkingDays CALENDAR = WorkingDays.read(new ClassPathResource("statute/working-days/2026.json"));

    static final Actor LAND = new Actor("handler.liu", COUNTY_LAND.id());
    static final Actor COUNTY_LEADER = new Actor("leader.county", COUNTY.id());

    /** Registered and routed to the county housing bureau on {@code iso}. */
    static Matter routedOn(String iso) {
        Matter m = registeredOn(iso);
        m.route(RoutingKind.TRANSFER, COUNTY_HOUSING, "housing", REGISTRAR, on(iso));
        return m;
    }

    @Nested
    class Objection {

        @Test
        @DisplayName("art. 23 ¶3: an objection on the 5th working day after the National Day week is in time; on the next day it is refused, naming the deadline")
        void refused_after_five_working_days_across_the_national_day_holiday() {
            // received Wed 30 Sep 2026: 1-7 Oct are holidays, Sat 10 Oct a working day; the 5 days are 8, 9, 10, 12, 13 Oct
            Matter late = routedOn("2026-09-30");
            Refusal refused = refusal(() -> late.object("not ours", CALENDAR, HANDLER, on("2026-10-14")));
            assertThat(refused.messageKey()).isEqualTo("matter.objection.too-late");
            assertThat(refused.args()).containsExactly(day("2026-09-30"), day("2026-10-13"), 5);
            assertThat(late.isObjectionPending()).isFalse();
            assertThat(late.objectionDeadline(CALENDAR)).isEqualTo(day("2026-10-13"));

            Matter inTime = routedOn("2026-09-30");
            inTime.object("land titles are the land bureau's", CALENDAR, HANDLER, on("2026-10-13"));
            assertThat(inTime.isObjectionPending()).isTrue();
            assertThat(inTime.objectionUnitId()).isEqualTo(COUNTY_HOUSING.id());
            assertThat(inTime.objectedOn()).isEqualTo(day("2026-10-13"));
        }

        @Test
        @DisplayName("art. 23 ¶3: the Spring Festival's adjusted Saturday counts as a working day, its holidays do not")
        void counted_across_the_spring_festival_with_its_working_saturday() {
            // received Thu 12 Feb 2026: 13, Sat 14 (working), 24, 25, 26 Feb
            Matter m = routedOn("2026-02-12");
            assertThat(refusal(() -> m.object("not ours", CALENDAR, HANDLER, on("2026-02-27"))).args())
                    .containsExactly(day("2026-02-12"), day("2026-02-26"), 5);
            m.object("not ours", CALENDAR, HANDLER, on("2026-02-26"));
            assertThat(m.isObjectionPending()).isTrue();
        }

        @Test
        @DisplayName("art. 23 ¶3: a confirmed objection returns the matter to the office that passed it on, to be routed again")
        void a_confirmed_objection_returns_the_matter_for_re_routing() {
            Matter m = routedOn("2026-03-03");
            m.object("land titles are the land bureau's", CALENDAR, HANDLER, on("2026-03-05"));
            assertThat(m.allows(MatterAction.DECIDE_ACCEPTANCE, day("2026-03-05"))).isFalse();
            assertThat(refusal(() -> m.decideAcceptance(AcceptanceDecision.accept("ok", COUNTY_HOUSING, List.of()),
                    HANDLER, on("2026-03-05"))).messageKey()).isEqualTo("matter.objection.pending");

            m.decideObjection(ObjectionOutcome.CONFIRMED, "agreed: a land title question", REGISTRAR, on("2026-03-06"));

            assertThat(m.state()).isEqualTo(MatterState.REGISTERED);
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_PETITION.id());
            assertThat(m.dueStep()).isEqualTo(DueStep.ROUTING);
            assertThat(m.dueOn()).as("15 days from the return").isEqualTo(day("2026-03-21"));
            assertThat(m.allows(MatterAction.ROUTE, day("2026-03-06"))).isTrue();
            assertThat(m.objectionOutcome()).isEqualTo(ObjectionOutcome.CONFIRMED);

            m.route(RoutingKind.TRANSFER, COUNTY_LAND, "land titles", REGISTRAR, on("2026-03-09"));
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_LAND.id());
            assertThat(m.allows(MatterAction.OBJECT, day("2026-03-09"))).as("the new holder's own objection").isTrue();
            assertThat(m.drainEvents()).extracting(e -> e.type()).containsSubsequence(MatterEventType.OBJECTED,
                    MatterEventType.OBJECTION_CONFIRMED, MatterEventType.ROUTED);
        }

        @Test
        @DisplayName("art. 23 ¶3: a rejected objection keeps the matter with the unit, its acceptance clock running")
        void a_rejected_objection_keeps_the_matter() {
            Matter m = routedOn("2026-03-03");
            m.object("not ours", CALENDAR, HANDLER, on("2026-03-04"));
            m.decideObjection(ObjectionOutcome.REJECTED, "housing certificates are the housing bureau's", REGISTRAR,
                    on("2026-03-05"));

            assertThat(m.state()).isEqualTo(MatterState.ROUTED);
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_HOUSING.id());
            assertThat(m.dueOn()).as("still 15 days from the receipt").isEqualTo(day("2026-03-18"));
            assertThat(m.allows(MatterAction.DECIDE_ACCEPTANCE, day("2026-03-05"))).isTrue();
            assertThat(m.allows(MatterAction.OBJECT, day("2026-03-05"))).isFalse();
            assertThat(refusal(() -> m.object("again", CALENDAR, HANDLER, on("2026-03-06"))).messageKey())
                    .isEqualTo("matter.objection.once");
        }

        @Test
        @DisplayName("art. 23 ¶3: a matter transferred on by a body in charge goes back to that body")
        void a_transferred_matter_goes_back_to_the_body_that_transferred_it() {
            Matter m = routedOn("2026-03-03");
            m.decideAcceptance(AcceptanceDecision.transfer("transferred to the land bureau", "land titles", COUNTY_LAND), HANDLER, on("2026-03-04"));
            assertThat(m.routedFromUnitId()).isEqualTo(COUNTY_HOUSING.id());
            m.object("village land is the township's", CALENDAR, LAND, on("2026-03-05"));
            m.decideObjection(ObjectionOutcome.CONFIRMED, "agreed", HANDLER, on("2026-03-06"));
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_HOUSING.id());
            assertThat(m.state()).isEqualTo(MatterState.REGISTERED);
        }

        @Test
        @DisplayName("art. 23 ¶3: a matter registered where it was received was passed to nobody: no objection")
        void nothing_to_object_to_before_routing() {
            Matter m = registeredOn("2026-03-03");
            assertThat(m.allows(MatterAction.OBJECT, day("2026-03-03"))).isFalse();
        }
    }

    @Nested
    class Dispute {

        @Test
        @DisplayName("art. 24 ¶1: the common superior names the accepting party; the matter goes to it")
        void decided_by_the_common_superior() {
            Matter m = routedOn("2026-03-03");
            m.raiseDispute(List.of(COUNTY_HOUSING, COUNTY_LAND), Statute.disputeForum(true), COUNTY,
                    "both say the other is competent", HANDLER, on("2026-03-04"));
            assertThat(m.isDisputePending()).isTrue();
            assertThat(m.allows(MatterAction.DECIDE_ACCEPTANCE, day("2026-03-04"))).isFalse();
            assertThat(m.allows(MatterAction.OBJECT, day("2026-03-04"))).isFalse();
            assertThat(m.disputeForum()).isEqualTo(DisputeForum.COMMON_SUPERIOR);

            m.decideDispute(COUNTY_LAND, "a land title question", COUNTY_LEADER, on("2026-03-10"));

            assertThat(m.state()).isEqualTo(MatterState.ROUTED);
            assertThat(m.responsibleUnitId()).isEqualTo(COUNTY_LAND.id());
            assertThat(m.disputeAcceptingUnitId()).isEqualTo(COUNTY_LAND.id());
            assertThat(m.disputeDecidedBy()).isEqualTo("leader.county");
            assertThat(m.disputeDecidedOn()).isEqualTo(day("2026-03-10"));
            assertThat(m.dueOn()).as("the named body's 15 days from the decision").isEqualTo(day("2026-03-25"));
            assertThat(m.allows(MatterAction.OBJECT, day("2026-03-11"))).as("no objection to a designation").isFalse();
            assertThat(m.allows(MatterAction.RAISE_DISPUTE, day("2026-03-11"))).isFalse();
        }

        @Test
        @DisplayName("art. 24 ¶1: the accepting body is one of the parties")
        void the_accepting_body_is_a_party() {
            Matter m = routedOn("2026-03-03");
            m.raiseDispute(List.of(COUNTY_HOUSING, COUNTY_LAND), DisputeForum.COMMON_SUPERIOR, COUNTY, "dispute", HANDLER,
                    on("2026-03-04"));
            assertThat(refusal(() -> m.decideDispute(TOWNSHIP, "the township", COUNTY_LEADER, on("2026-03-05"))).messageKey())
                    .isEqualTo("matter.dispute.not-a-party");
            assertThat(m.isDisputePending()).isTrue();
        }

        @Test
        @DisplayName("art. 24 ¶1: a dispute is between two or more bodies")
        void two_or_more_parties() {
            Matter m = routedOn("2026-03-03");
            assertThat(refusal(() -> m.raiseDispute(List.of(COUNTY_HOUSING, COUNTY_HOUSING), DisputeForum.COMMON_SUPERIOR,
                    COUNTY, "dispute", HANDLER, on("2026-03-04"))).messageKey()).isEqualTo("matter.dispute.parties");
        }

        @Test
        @DisplayName("art. 24 ¶1: without a common superior, the joint conference deals with it")
        void without_a_common_superior_the_joint_conference() {
            assertThat(Statute.disputeForum(false)).isEqualTo(DisputeForum.JOINT_CONFERENCE);
            assertThat(Statute.disputeForum(true)).isEqualTo(DisputeForum.COMMON_SUPERIOR);
        }
    }
}
