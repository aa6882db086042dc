package org.xinfang.casework;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xinfang.casework.internal.Matter;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.Statute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.casework.MatterLifecycleTest.HANDLER;
import static org.xinfang.casework.MatterLifecycleTest.REGISTRAR;
import static org.xinfang.casework.MatterLifecycleTest.day;
import static org.xinfang.casework.MatterLifecycleTest.inHandling;
import static org.xinfang.casework.MatterLifecycleTest.on;
import static org.xinfang.casework.MatterLifecycleTest.refusal;
import static org.xinfang.casework.MatterLifecycleTest.repliedOn;

/**
 * The petitioner's evaluation as the national information system records it (issue 10, item 6), on the aggregate:
 * two ratings, the rating window and "not rated in time", closure verification.
 */
class PetitionerEvaluationTest {

    @Test
    @DisplayName("2022 art. 21 ¶2: the handling body and the petition office are rated apart, each with its reason")
    void twoRatingsAreKeptApart() {
        Matter m = repliedOn("2026-05-01");
        m.recordEvaluation(Satisfaction.DISSATISFIED, "补偿标准偏低", Satisfaction.SATISFIED, "登记转送及时",
                REGISTRAR, on("2026-05-03"));
        assertThat(m.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(m.evaluationComment()).isEqualTo("补偿标准偏低");
        assertThat(m.officeSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(m.officeEvaluationComment()).isEqualTo("登记转送及时");

        // a later rating of the body alone (the API's older body) keeps the office's rating
        m.recordEvaluation(Satisfaction.BASICALLY_SATISFIED, null, REGISTRAR, on("2026-05-04"));
        assertThat(m.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
        assertThat(m.officeSatisfaction()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    @DisplayName("2022 art. 21 ¶2: a dissatisfied rating of the petition office without its reason is refused")
    void aDissatisfiedOfficeRatingNeedsItsReason() {
        Matter m = repliedOn("2026-05-01");
        Refusal refused = refusal(() -> m.recordEvaluation(Satisfaction.SATISFIED, null, Satisfaction.DISSATISFIED, " ",
                REGISTRAR, on("2026-05-02")));
        assertThat(refused.messageKey()).isEqualTo("matter.evaluation.office-reason-required");
        assertThat(refused.field()).isEqualTo("officeComment");
        assertThat(m.satisfaction()).isNull();
        assertThat(m.state()).isEqualTo(MatterState.REPLIED);
    }

    @Test
    @DisplayName("rating window (art. 21 ¶2, practice): a first rating after the window is refused naming its last day; the matter is not rated in time")
    void aRatingAfterTheWindowIsRefusedAndTheMatterIsMarkedNotRatedInTime() {
        Matter m = repliedOn("2026-05-01");
        assertThat(m.ratingDeadline()).isEqualTo(day("2026-05-31"));
        assertThat(m.isRatingLapsed(day("2026-05-31"))).isFalse();
        assertThat(m.allows(MatterAction.RECORD_EVALUATION, day("2026-05-31"))).isTrue();

        assertThat(m.isRatingLapsed(day("2026-06-01"))).isTrue();
        assertThat(m.allows(MatterAction.RECORD_EVALUATION, day("2026-06-01"))).isFalse();
        Refusal late = refusal(() -> m.recordEvaluation(Satisfaction.SATISFIED, null, REGISTRAR, on("2026-06-01")));
        assertThat(late.messageKey()).isEqualTo("matter.evaluation.window-closed");
        assertThat(late.args()).containsExactly(day("2026-05-31"));
        assertThat(m.satisfaction()).isNull();
    }

    @Test
    @DisplayName("rating window: configurable; the window given with the opinion is the one that counts")
    void theWindowIsTheOneGivenWithTheOpinion() {
        Matter m = inHandling("2026-03-10");
        m.reply(OpinionOutcome.SUPPORTED, "certificates will be issued", 10, HANDLER, on("2026-05-01"));
        assertThat(m.ratingDueOn()).isEqualTo(day("2026-05-11"));
        assertThat(Statute.ratingDeadline(day("2026-05-01"), Statute.RATING_WINDOW_DAYS)).isEqualTo(day("2026-05-31"));
        m.recordEvaluation(Satisfaction.SATISFIED, null, REGISTRAR, on("2026-05-11"));
        assertThat(m.isRatingLapsed(day("2026-05-20"))).as("rated in time").isFalse();
        Refusal change = refusal(() -> m.recordEvaluation(Satisfaction.DISSATISFIED, "nothing happened", REGISTRAR,
                on("2026-05-12")));
        assertThat(change.messageKey()).isEqualTo("matter.evaluation.final");
        assertThat(change.args()).containsExactly(day("2026-05-11"));
    }

    @Test
    @DisplayName("closure verification (审核认定办结, art. 22 ¶1 item 3): a closed matter is concluded only once verified, and only once")
    void aClosedMatterIsConcludedOnlyOnceTheOfficeVerifiedIt() {
        Matter m = repliedOn("2026-05-01");
        m.close(null, REGISTRAR, on("2026-05-05"));
        assertThat(m.state()).isEqualTo(MatterState.CLOSED);
        assertThat(m.isConcluded()).isFalse();
        assertThat(m.allows(MatterAction.VERIFY_CLOSURE, day("2026-05-05"))).isTrue();

        m.verifyClosure("处理意见已送达", REGISTRAR, on("2026-05-07"));
        assertThat(m.isConcluded()).isTrue();
        assertThat(m.closureVerifiedOn()).isEqualTo(day("2026-05-07"));
        assertThat(m.closureVerifiedBy()).isEqualTo(REGISTRAR.username());
        assertThat(m.state()).isEqualTo(MatterState.CLOSED);
        assertThat(m.drainEvents()).last().extracting(e -> e.type()).isEqualTo(MatterEventType.CLOSURE_VERIFIED);

        assertThat(m.allows(MatterAction.VERIFY_CLOSURE, day("2026-05-08"))).isFalse();
        assertThat(refusal(() -> m.verifyClosure(null, REGISTRAR, on("2026-05-08"))).messageKey())
                .isEqualTo("matter.closure.already-verified");
    }

    @Test
    @DisplayName("closure verification: a matter not closed cannot be verified")
    void onlyAClosedMatterIsVerified() {
        Matter m = repliedOn("2026-05-01");
        assertThat(refusal(() -> m.verifyClosure(null, REGISTRAR, on("2026-05-02"))).messageKey())
                .isEqualTo("matter.transition.illegal");
        assertThat(m.isConcluded()).isFalse();
    }
}
