package org.xinfang.demo;

import org.xinfang.casework.AcceptanceDecision;
import org.xinfang.casework.Actor;
import org.xinfang.casework.Matter;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.time.Instant;

/**
 * One planned transition of a demo matter: when, by whom, with what. Applying it calls the matter's own
 * transition method, so a plan the statute forbids fails instead of being saved.
 */
sealed interface Step {

    Instant at();

    void applyTo(Matter matter, Clock clock);

    record Route(Instant at, Actor actor, RoutingKind kind, UnitView to, String reason) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.route(kind, to, reason, actor, clock);
        }
    }

    record Decide(Instant at, Actor actor, AcceptanceDecision decision) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.decideAcceptance(decision, actor, clock);
        }
    }

    record Extend(Instant at, Actor approvedBy, int days, String reason) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.extendHandling(days, reason, approvedBy, clock);
        }
    }

    record Reply(Instant at, Actor actor, OpinionOutcome outcome, String text) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.reply(outcome, text, actor, clock);
        }
    }

    record Evaluate(Instant at, Actor actor, Satisfaction rating, String comment) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.recordEvaluation(rating, comment, actor, clock);
        }
    }

    record Close(Instant at, Actor actor, String reason) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.close(reason, actor, clock);
        }
    }

    record RequestReview(Instant at, Actor actor, UnitView body, String reason) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.requestReview(body, reason, actor, clock);
        }
    }

    record ReviewOpinion(Instant at, Actor actor, ReviewOutcome outcome, String opinion) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.issueReviewOpinion(outcome, opinion, actor, clock);
        }
    }

    record RequestReReview(Instant at, Actor actor, UnitView body, String reason) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.requestReReview(body, reason, actor, clock);
        }
    }

    record Hearing(Instant at, Actor actor, int days, String reason) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.recordHearing(days, reason, actor, clock);
        }
    }

    record ReReviewOpinion(Instant at, Actor actor, ReviewOutcome outcome, String opinion) implements Step {
        @Override
        public void applyTo(Matter matter, Clock clock) {
            matter.issueReReviewOpinion(outcome, opinion, actor, clock);
        }
    }
}
