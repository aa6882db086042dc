package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.documents.StatutoryDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.xinfang.support.GeneratedCases;
import org.xinfang.support.GeneratedCases.Case;
import org.xinfang.intake.Channel;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.statute.Statute;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.xinfang.casework.MatterLifecycleTest.*;

/**
 * Random walks through the procedure: whatever a user attempts, in whatever order and on whatever day,
 * the matter keeps its statutory invariants.
 *
 * <p>Each property runs on {@value #TRIES} walks generated deterministically with {@link SplittableRandom}: the
 * walks of a property derive from {@link #SEED} and the property's name, so every run checks the same walks. A
 * failure names its case seed and shows the walk; run
 * {@code mvn test -Dtest='MatterStateMachineProperties#<property>' -Dxinfang.seed=<seed>} to check that walk alone.
 */
class MatterStateMachineProperties {

    private static final Set<MatterState> RUNNING = EnumSet.of(MatterState.REGISTERED, MatterState.ROUTED,
            MatterState.IN_HANDLING, MatterState.UNDER_REVIEW, MatterState.UNDER_RE_REVIEW);
    private static final Set<MatterState> TERMINAL = EnumSet.of(MatterState.FINAL, MatterState.NOT_ACCEPTED);
    private static final List<UnitView> UNITS = List.of(CITY, COUNTY, COUNTY_HOUSING, COUNTY_PETITION, COUNTY_LAND,
            TOWNSHIP, VILLAGE);
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    /** What a user attempts; each maps to one public transition method of {@link Matter}. */
    enum Attempt {
        ROUTE(MatterAction.ROUTE),
        ACCEPT(MatterAction.DECIDE_ACCEPTANCE),
        NOT_ACCEPT(MatterAction.DECIDE_ACCEPTANCE),
        TRANSFER(MatterAction.DECIDE_ACCEPTANCE),
        REASSIGN(MatterAction.REASSIGN),
        EXTEND(MatterAction.EXTEND_HANDLING),
        REPLY(MatterAction.REPLY),
        EVALUATE(MatterAction.RECORD_EVALUATION),
        CLOSE(MatterAction.CLOSE),
        REQUEST_REVIEW(MatterAction.REQUEST_REVIEW),
        REVIEW_OPINION(MatterAction.ISSUE_REVIEW_OPINION),
        REQUEST_RE_REVIEW(MatterAction.REQUEST_RE_REVIEW),
        HEARING(MatterAction.RECORD_HEARING),
        RE_REVIEW_OPINION(MatterAction.ISSUE_RE_REVIEW_OPINION),
        /** The delivery of the first document issued and not yet delivered (or of the opinion, when there is none). */
        DELIVER(MatterAction.RECORD_DELIVERY),
        /** Issue 11's handler's own steps: as the unit holding the matter, where it must be that unit. */
        SIGN_FOR(MatterAction.SIGN_FOR),
        REQUEST_EXTENSION(MatterAction.REQUEST_EXTENSION),
        APPROVE_EXTENSION_REQUEST(MatterAction.DECIDE_EXTENSION_REQUEST),
        REFUSE_EXTENSION_REQUEST(MatterAction.DECIDE_EXTENSION_REQUEST),
        DRAFT_OPINION(MatterAction.DRAFT_OPINION),
        SIGN_OFF_OPINION(MatterAction.SIGN_OFF_OPINION),
        RETURN_OPINION(MatterAction.RETURN_OPINION);

        final MatterAction action;

        Attempt(MatterAction action) {
            this.action = action;
        }
    }

    /**
     * One attempt, {@code daysLater} days after the previous one, with a unit and a number of days as arguments.
     * A step is either a blind attempt of {@code attempt} or, when {@code plausible}, an attempt picked among
     * those the current state allows (so that walks also reach review and re-review).
     */
    record Step(boolean plausible, Attempt attempt, int pick, int daysLater, UnitView unit, int days) {

        Attempt in(MatterState state) {
            if (!plausible) {
                return attempt;
            }
            List<Attempt> available = Arrays.stream(Attempt.values()).filter(a -> a.action.availableIn(state)).toList();
            return available.isEmpty() ? attempt : available.get(pick % available.size());
        }

        @Override
        public String toString() {
            return (plausible ? "plausible #" + pick : attempt.toString()) + "(+" + daysLater + "d, unit " + unit.id()
                    + ", " + days + " days)";
        }
    }

    // ---- generated cases ----------------------------------------------------------------------------

    /** The seed all generated walks derive from; change it to explore other walks. */
    private static final long SEED = 0x2026_0301L;
    private static final int TRIES = 2_000;
    private static final int MAX_WALK_LENGTH = 30;
    private static final Attempt[] ATTEMPTS = Attempt.values();
    /** Argument days worth trying more often than at random: the bounds of extension (1..30) and hearing (1..90). */
    private static final int[] EDGE_DAYS = {-1, 0, 1, 30, 31, 90, 91, 100};

    private String property;
    private GeneratedCases cases;

    @BeforeEach
    void nameTheProperty(TestInfo test) {
        cases = new GeneratedCases(test, SEED, TRIES);
        property = cases.property();
    }

    /** Checks {@code check} on every generated walk (or the replayed one); answers whether all walks ran. */
    private boolean forAll(Consumer<Case> check) {
        return cases.forAll(check);
    }

    // ---- generators ---------------------------------------------------------------------------------

    /** Up to {@value #MAX_WALK_LENGTH} steps; now and then none or the most. */
    private static List<Step> walk(Case c) {
        SplittableRandom random = c.random;
        int length = switch (random.nextInt(20)) {
            case 0 -> 0;
            case 1 -> MAX_WALK_LENGTH;
            default -> random.nextInt(MAX_WALK_LENGTH + 1);
        };
        List<Step> walk = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            walk.add(step(random));
        }
        return c.input("walk", List.copyOf(walk));
    }

    /**
     * Three steps in four are plausible; the next attempt comes three times in four within 5 days, else within 45;
     * the argument days range over -1..100, one time in five at a statutory bound.
     */
    private static Step step(SplittableRandom random) {
        boolean plausible = random.nextInt(4) != 0;
        Attempt attempt = ATTEMPTS[random.nextInt(ATTEMPTS.length)];
        int pick = random.nextInt(100);
        int daysLater = random.nextInt(4) != 0 ? random.nextInt(6) : random.nextInt(46);
        UnitView unit = UNITS.get(random.nextInt(UNITS.size()));
        int days = random.nextInt(5) == 0 ? EDGE_DAYS[random.nextInt(EDGE_DAYS.length)] : random.nextInt(-1, 101);
        return new Step(plausible, attempt, pick, daysLater, unit, days);
    }

    /** Prints how often each value was seen, as a statistic of the property, and answers the printed table. */
    private <K> String report(String statistic, Map<K, Integer> counts) {
        String distribution = distribution(counts);
        System.out.printf("[MatterStateMachineProperties:%s] %s =%s%n", property, statistic, distribution);
        return distribution;
    }

    private static <K> String distribution(Map<K, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder text = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<K, Integer>comparingByValue().reversed()).forEach(e ->
                text.append("%n    %-15s (%4d) : %5.2f %%".formatted(e.getKey(), e.getValue(), 100.0 * e.getValue() / total)));
        return text.toString();
    }

    // ---- properties ---------------------------------------------------------------------------------

    @Test
    @DisplayName("any sequence of attempts keeps the statutory invariants")
    void any_sequence_of_attempts_keeps_the_statutory_invariants() {
        Map<MatterState, Integer> finalStates = new EnumMap<>(MatterState.class);
        Map<Boolean, Integer> reachedReview = new TreeMap<>();

        forAll(c -> {
            List<Step> walk = walk(c);
            boolean onFinalMatter = c.input("onFinalMatter", c.random.nextBoolean());
            int receivedDaysBeforeRegistration = c.input("receivedDaysBeforeRegistration", c.random.nextInt(11));

            LocalDate today = START;
            Matter m = Matter.register(registration(today.minusDays(receivedDaysBeforeRegistration), Channel.LETTER,
                    Set.of(), 1, onFinalMatter), REGISTRAR, at(today));
            assertInvariants(m);

            List<MatterEvent> registered = m.drainEvents();
            assertThat(registered).hasSize(1);
            assertThat(registered.get(0).fromState()).isNull();
            assertThat(registered.get(0).toState()).isEqualTo(MatterState.REGISTERED);
            int lastSeq = registered.get(0).seq();

            for (Step step : walk) {
                today = today.plusDays(step.daysLater());
                MatterState stateBefore = m.state();
                LocalDate dueBefore = m.dueOn();
                DueStep dueStepBefore = m.dueStep();
                LocalDate handlingDueBefore = m.handlingDueOn();
                Integer extensionBefore = m.extensionDays();
                Long holderBefore = m.responsibleUnitId();
                boolean awaitedSignOff = m.awaitsSignOff();
                java.time.Instant signedForBefore = m.handlerSteps().signedAt();

                Attempt attempt = step.in(stateBefore);

                boolean succeeded;
                try {
                    apply(m, attempt, step, at(today));
                    succeeded = true;
                } catch (Refusal refused) {
                    succeeded = false;
                }

                if (succeeded) {
                    assertThat(attempt.action.availableIn(stateBefore))
                            .as("%s %s succeeded in %s", attempt, step, stateBefore).isTrue();
                    // a final or declined matter's last document is still delivered: a record, not a step of the procedure
                    if (attempt != Attempt.DELIVER) {
                        assertThat(TERMINAL).as("%s %s succeeded after the terminal state %s", attempt, step, stateBefore)
                                .doesNotContain(stateBefore);
                    }
                    if (attempt == Attempt.REQUEST_REVIEW) {
                        // 2022 art. 35: only once the opinion is delivered, and within 30 days of its delivery
                        LocalDate received = m.receiptOf(StatutoryDocument.HANDLING_OPINION);
                        assertThat(received).as("review requested before the opinion was delivered").isNotNull();
                        assertThat(today).isBeforeOrEqualTo(received.plusDays(Statute.REVIEW_REQUEST_DAYS));
                    }
                    // each success is recorded: one entry, or two where a step issues another (the sign-off the opinion),
                    // leading from the state before to the state after
                    List<MatterEvent> produced = m.drainEvents();
                    assertThat(produced).as("entries of %s %s", attempt, step).hasSizeBetween(1, 2);
                    assertThat(produced.get(0).fromState()).as("from-state of %s", attempt).isEqualTo(stateBefore);
                    assertThat(produced.get(produced.size() - 1).toState()).as("to-state of %s", attempt).isEqualTo(m.state());
                    for (MatterEvent e : produced) {
                        assertThat(e.seq()).as("seq of %s's entry", attempt).isGreaterThan(lastSeq);
                        lastSeq = e.seq();
                    }
                } else {
                    assertThat(m.drainEvents()).as("entries of refused %s %s", attempt, step).isEmpty();
                    assertThat(m.awaitsSignOff()).as("draft after refused %s %s", attempt, step).isEqualTo(awaitedSignOff);
                    assertThat(m.handlerSteps().signedAt()).as("sign-for after refused %s %s", attempt, step)
                            .isEqualTo(signedForBefore);
                    assertThat(m.state()).as("state after refused %s %s", attempt, step).isEqualTo(stateBefore);
                    assertThat(m.dueOn()).as("dueOn after refused %s %s", attempt, step).isEqualTo(dueBefore);
                    assertThat(m.dueStep()).as("dueStep after refused %s %s", attempt, step).isEqualTo(dueStepBefore);
                    assertThat(m.handlingDueOn()).as("handling due after refused %s %s", attempt, step).isEqualTo(handlingDueBefore);
                    assertThat(m.extensionDays()).as("extension after refused %s %s", attempt, step).isEqualTo(extensionBefore);
                    assertThat(m.responsibleUnitId()).as("holder after refused %s %s", attempt, step).isEqualTo(holderBefore);
                }
                assertInvariants(m);
            }

            finalStates.merge(m.state(), 1, Integer::sum);
            reachedReview.merge(m.reviewUnitId() != null, 1, Integer::sum);

        });

        report("final state", finalStates);
        report("reached review", reachedReview);
    }

    /** The walks must reach the far end of the procedure, or the invariants above are checked on the easy part only. */
    @Test
    @DisplayName("random walks reach review, re-review and finality")
    void random_walks_reach_the_far_end_of_the_procedure() {
        Map<MatterState, Integer> finalStates = new EnumMap<>(MatterState.class);

        boolean allWalks = forAll(c -> {
            List<Step> walk = walk(c);
            LocalDate today = START;
            Matter m = Matter.register(registration(today), REGISTRAR, at(today));
            for (Step step : walk) {
                today = today.plusDays(step.daysLater());
                try {
                    apply(m, step.in(m.state()), step, at(today));
                } catch (Refusal ignored) {
                    // refusals are part of the walk
                }
            }
            finalStates.merge(m.state(), 1, Integer::sum);
        });

        String distribution = report("final state", finalStates);
        assumeThat(allWalks).as("coverage is checked on all walks, not on one replayed walk").isTrue();
        int walks = finalStates.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(100.0 * finalStates.getOrDefault(MatterState.FINAL, 0) / walks)
                .as("percentage of %d walks ending FINAL (seed %d); final states:%s", walks, SEED, distribution)
                .isGreaterThan(1);
        assertThat(100.0 * finalStates.getOrDefault(MatterState.NOT_ACCEPTED, 0) / walks)
                .as("percentage of %d walks ending NOT_ACCEPTED (seed %d); final states:%s", walks, SEED, distribution)
                .isGreaterThan(1);
        assertThat(finalStates.getOrDefault(MatterState.REVIEWED, 0))
                .as("walks ending REVIEWED (seed %d); final states:%s", SEED, distribution)
                .isGreaterThan(0);
        assertThat(finalStates.getOrDefault(MatterState.UNDER_RE_REVIEW, 0))
                .as("walks ending UNDER_RE_REVIEW (seed %d); final states:%s", SEED, distribution)
                .isGreaterThan(0);
    }

    private static void assertInvariants(Matter m) {
        if (RUNNING.contains(m.state())) {
            assertThat(m.dueOn()).as("a matter %s has a deadline", m.state()).isNotNull();
            assertThat(m.dueStep()).as("a matter %s has a due step", m.state()).isNotNull();
        } else {
            assertThat(m.dueOn()).as("a matter %s has no running deadline", m.state()).isNull();
            assertThat(m.dueStep()).as("a matter %s has no due step", m.state()).isNull();
        }
        if (m.handlingDueOn() != null) {
            assertThat(m.decidedOn()).isNotNull();
            assertThat(m.handlingDueOn()).as("handling due never exceeds acceptance + 60 + 30 days")
                    .isBeforeOrEqualTo(m.decidedOn().plusDays(Statute.HANDLING_DAYS + Statute.MAX_HANDLING_EXTENSION_DAYS));
        }
        if (m.extensionDays() != null) {
            assertThat(m.extensionDays()).isBetween(1, Statute.MAX_HANDLING_EXTENSION_DAYS);
        }
        if (m.state() == MatterState.IN_HANDLING) {
            assertThat(m.leadUnitId()).isNotNull();
        }
        // issue 11: only a signed opinion is issued; a draft waits only while the matter is handled
        if (m.awaitsSignOff()) {
            assertThat(m.state()).as("a draft waits for sign-off").isEqualTo(MatterState.IN_HANDLING);
            assertThat(m.opinionText()).as("no opinion while a draft waits").isNull();
        }
        if (m.handlerSteps().signedAt() != null) {
            assertThat(m.handlerSteps().receivedAt()).as("signed for what was received").isNotNull();
            assertThat(m.handlerSteps().signedAt()).isAfterOrEqualTo(m.handlerSteps().receivedAt());
        }
        if (m.handlerSteps().isExtensionRequestPending()) {
            assertThat(m.extensionDays()).as("no request waits once the one extension is granted").isNull();
        }
        if (m.isOnFinalMatter()) {
            assertThat(m.decidedOn() == null || m.acceptanceOutcome() != AcceptanceOutcome.ACCEPTED)
                    .as("a matter on a final matter is never accepted").isTrue();
        }
    }

    private static void apply(Matter m, Attempt attempt, Step s, Clock clock) {
        switch (attempt) {
            case ROUTE -> m.route(RoutingKind.ASSIGNMENT, s.unit(), "route", REGISTRAR, clock);
            case ACCEPT -> m.decideAcceptance(AcceptanceDecision.accept("accepted", s.unit(), List.of(COUNTY_LAND)),
                    HANDLER, clock);
            case NOT_ACCEPT -> m.decideAcceptance(AcceptanceDecision.notAccept("not accepted", "for the courts",
                    ProperChannel.LITIGATION), HANDLER, clock);
            case TRANSFER -> m.decideAcceptance(AcceptanceDecision.transfer("transferred", "not ours", s.unit()),
                    HANDLER, clock);
            case REASSIGN -> m.reassign(s.unit(), List.of(COUNTY_HOUSING), "reassign", LEADER, clock);
            case EXTEND -> m.extendHandling(s.days(), "survey", LEADER, clock);
            case REPLY -> m.reply(OpinionOutcome.PARTIALLY_SUPPORTED, "opinion", HANDLER, clock);
            case EVALUATE -> m.recordEvaluation(Satisfaction.BASICALLY_SATISFIED, "ok", REGISTRAR, clock);
            case CLOSE -> m.close("done", REGISTRAR, clock);
            case REQUEST_REVIEW -> m.requestReview(s.unit(), "disagree", REGISTRAR, clock);
            case REVIEW_OPINION -> m.issueReviewOpinion(ReviewOutcome.UPHELD, "upheld", REVIEWER, clock);
            case REQUEST_RE_REVIEW -> m.requestReReview(s.unit(), "disagree again", REGISTRAR, clock);
            case HEARING -> m.recordHearing(s.days(), "hearing", RE_REVIEWER, clock);
            case RE_REVIEW_OPINION -> m.issueReReviewOpinion(ReviewOutcome.REVISED, "final", RE_REVIEWER, clock);
            case SIGN_FOR -> m.signFor(new Actor("handler.wang", m.responsibleUnitId()), clock);
            case REQUEST_EXTENSION -> m.requestExtension(s.days(), "survey", HANDLER, clock);
            case APPROVE_EXTENSION_REQUEST -> m.decideExtensionRequest(ExtensionRequestOutcome.APPROVED, null, LEADER, clock);
            case REFUSE_EXTENSION_REQUEST -> m.decideExtensionRequest(ExtensionRequestOutcome.REFUSED, "not needed", LEADER,
                    clock);
            case DRAFT_OPINION -> m.draftOpinion(OpinionOutcome.SUPPORTED, "draft", HANDLER, clock);
            case SIGN_OFF_OPINION -> m.signOffOpinion(null, 10, LEADER, clock);
            case RETURN_OPINION -> m.returnOpinion(s.days() % 2 == 0 ? "revise" : " ", LEADER, clock);
            case DELIVER -> m.recordDelivery(m.undeliveredDocuments().stream().findFirst()
                            .orElse(StatutoryDocument.HANDLING_OPINION), DeliveryMethod.IN_PERSON, LocalDate.now(clock),
                    DeliveryOutcome.SIGNED, null, null, null, REGISTRAR, clock);
        }
    }

    private static Clock at(LocalDate day) {
        return on(day.toString());
    }
}
