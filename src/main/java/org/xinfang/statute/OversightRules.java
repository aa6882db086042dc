package org.xinfang.statute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of oversight (督查问责): the joint conference's measures against leading bodies that fail in petition
 * work, with a deadline to rectify (责令限期整改, 2022 art. 39 ¶3); the petition department's proposals that those who
 * shirked, were perfunctory, delayed or falsified be held accountable (追究责任的建议, art. 40 ¶3), answered in writing
 * (art. 40 ¶4); and special inspections (专项督查, art. 38), whose problems found go back to the places and departments.
 * Which offices decide measures is the joint conference office's rule, {@link JointHandlingRules#hasJointConferenceOffice}.
 */
public final class OversightRules {

    private OversightRules() {
    }

    /** The measures the joint conference takes against a leading body that fails in petition work (art. 39 ¶3). */
    public enum MeasureKind {
        /** 约谈: the unit's leaders are summoned for a talk. */
        @Article(regulation = R2022, number = 39, paragraph = 3)
        INTERVIEW,
        /** 通报: the failure is circulated. */
        @Article(regulation = R2022, number = 39, paragraph = 3)
        CIRCULATED_NOTICE,
        /** 挂牌督办: the unit is listed for supervision until it has rectified. */
        @Article(regulation = R2022, number = 39, paragraph = 3)
        LISTED_SUPERVISION
    }

    /** The conduct an accountability proposal is about, when it caused serious consequences (art. 40 ¶3). */
    public enum AccountabilityGround {
        /** 推诿: passing the matter on. */
        @Article(regulation = R2022, number = 40, paragraph = 3)
        SHIRKING,
        /** 敷衍: handling it for form's sake. */
        @Article(regulation = R2022, number = 40, paragraph = 3)
        PERFUNCTORINESS,
        /** 拖延: letting it drag. */
        @Article(regulation = R2022, number = 40, paragraph = 3)
        DELAY,
        /** 弄虚作假: falsifying the record or the result. */
        @Article(regulation = R2022, number = 40, paragraph = 3)
        FALSIFICATION
    }

    /** How far the body with management authority adopted a proposal, as its written feedback says (art. 40 ¶4). */
    public enum FeedbackOutcome {
        /** 采纳. */
        @Article(regulation = R2022, number = 40, paragraph = 4)
        ADOPTED,
        /** 部分采纳. */
        @Article(regulation = R2022, number = 40, paragraph = 4)
        PARTLY_ADOPTED,
        /** 不采纳. */
        @Article(regulation = R2022, number = 40, paragraph = 4)
        NOT_ADOPTED
    }

    /** The rectification period the form proposes; the regulation leaves the period to the conference. */
    @Practice("the seed's city: units interviewed or listed were given a month to rectify")
    public static final int RECTIFICATION_DAYS = 30;

    /** A deadline to rectify is set by the measure itself and comes after the day it was decided (责令限期整改). */
    @Article(regulation = R2022, number = 39, paragraph = 3)
    public static boolean isRectificationDeadlineAcceptable(LocalDate decidedOn, LocalDate rectifyBy) {
        return decidedOn != null && rectifyBy != null && rectifyBy.isAfter(decidedOn);
    }

    /** A measure is past its deadline when the day has passed and the rectification is not recorded. */
    @Article(regulation = R2022, number = 39, paragraph = 3)
    public static boolean isPastRectification(LocalDate rectifyBy, LocalDate rectifiedOn, LocalDate today) {
        return rectifiedOn == null && rectifyBy.isBefore(today);
    }

    /** A unit under listed supervision (挂牌督办) stays listed until its rectification is recorded. */
    @Article(regulation = R2022, number = 39, paragraph = 3)
    public static boolean staysListed(MeasureKind kind, LocalDate rectifiedOn) {
        return kind == MeasureKind.LISTED_SUPERVISION && rectifiedOn == null;
    }

    /** The days a proposal has awaited the written feedback the body owes (art. 40 ¶4). */
    @Article(regulation = R2022, number = 40, paragraph = 4)
    public static long daysAwaitingFeedback(LocalDate proposedOn, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(proposedOn, today));
    }

    /**
     * An inspection is concluded, and its problems fed back to the places and departments (art. 38 ¶2), once every
     * matter it covers has a finding.
     */
    @Article(regulation = R2022, number = 38, paragraph = 2)
    public static boolean mayConclude(int matters, int withFinding) {
        return matters > 0 && withFinding == matters;
    }
}
