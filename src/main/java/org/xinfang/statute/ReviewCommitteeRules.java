package org.xinfang.statute;

import java.time.LocalDate;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of the review and re-review committees (复查复核委员会) of the bodies above the handling unit, and of the
 * support of final matters (issue 13, item 3). The limits and windows themselves are {@link Statute}'s.
 */
public final class ReviewCommitteeRules {

    private ReviewCommitteeRules() {
    }

    /**
     * The fewest members a committee sits with: review is a collective decision of the reviewing body, never one
     * official's second look at a colleague's opinion.
     */
    @Practice("the review committees of the petition bureaus sit as a panel of at least three")
    public static final int MIN_MEMBERS = 3;

    /** The most members a committee is given (a page and a hearing room hold no more). */
    @Practice("the review committees of the petition bureaus sit as a panel of at most nine")
    public static final int MAX_MEMBERS = 9;

    /**
     * 2022 art. 35 (review by "原办理机关、单位的上一级机关、单位") and art. 36 ¶1 (re-review by "复查机关、单位的上一级机关、
     * 单位"): a member is of the reviewing body (its government or one of that government's departments), and not of the
     * unit whose opinion is under review, which would review its own work.
     */
    @Article(regulation = R2022, number = 35)
    @Article(regulation = R2022, number = 36, paragraph = 1)
    public static boolean mayServe(Long membersGovernmentId, Long reviewingBodyId, Long membersUnitId, Long reviewedUnitId) {
        return membersGovernmentId != null && membersGovernmentId.equals(reviewingBodyId)
                && !membersUnitId.equals(reviewedUnitId);
    }

    /**
     * 2022 art. 36 ¶2: "复核机关、单位可以按照本条例第三十一条第六项的规定举行听证" — the committee's hearing is the
     * re-review's; art. 35 gives review none (the hearing of art. 31(6) belongs to the handling itself).
     */
    @Article(regulation = R2022, number = 36, paragraph = 2)
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 6)
    public static boolean mayHoldHearing(boolean reReview) {
        return reReview;
    }

    /**
     * The committee gives its opinion once more than half of its members have given their views: the opinion is the
     * committee's, not its chair's alone.
     */
    @Practice("the review committees decide by the views of a majority of their members")
    public static boolean hasQuorum(int views, int members) {
        return members > 0 && views * 2 > members;
    }

    /** 2022 art. 36 ¶2: "经过听证的复核意见可以依法向社会公示" — a re-review opinion, given after a hearing held. */
    @Article(regulation = R2022, number = 36, paragraph = 2)
    public static boolean mayPublish(boolean reReview, boolean opinionGiven, boolean hearingHeld) {
        return reReview && opinionGiven && hearingHeld;
    }

    /**
     * 2022 art. 37 ¶3: for matters "已经复查复核" the local bodies do "疏导教育、矛盾化解、帮扶救助" — on a final
     * matter, what was done on a day from its finality to today (a record is of what was done).
     */
    @Article(regulation = R2022, number = 37, paragraph = 3)
    public static boolean mayRecordSupport(boolean isFinal, LocalDate doneOn, LocalDate finalOn, LocalDate today) {
        return isFinal && doneOn != null && !doneOn.isAfter(today) && (finalOn == null || !doneOn.isBefore(finalOn));
    }
}
