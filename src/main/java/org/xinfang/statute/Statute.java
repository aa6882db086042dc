package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;

import static org.xinfang.statute.Regulation.R2005;
import static org.xinfang.statute.Regulation.R2022;

/**
 * The statutory clock and limits. Articles cite the law in force, the 2022 Regulations on Letters and Visits
 * Work (信访工作条例); where a rule still follows the repealed 2005 Regulations (信访条例), it says so. Each
 * public constant and method carries its articles as {@link Article} (2022, and 2005 for the seed's year) or, where
 * neither text sets it, {@link Practice}. Periods are calendar days, counted from the day after the triggering
 * event (neither text says how to count): a matter received on 1 March must be passed on by 16 March. The one period
 * in working days, the objection of art. 23 ¶3, is counted by {@link WorkingDays}.
 */
public final class Statute {

    /**
     * 2022 art. 22 ¶1 (2005 art. 21 ¶1): the receiving petition office passes a matter to the body in charge within
     * 15 days of receipt.
     */
    @Article(regulation = R2022, number = 22, paragraph = 1)
    @Article(regulation = R2005, number = 21, paragraph = 1)
    public static final int ROUTING_DAYS = 15;

    /**
     * 2022 art. 23 ¶2 (a matter brought to it directly), ¶3 (a matter passed to it): the body in charge tells the
     * petitioner in writing within 15 days of receipt that it has the matter and how it will be handled. 2005 art. 21
     * ¶2 and art. 22 ¶2 had it decide within 15 days whether to accept.
     */
    @Article(regulation = R2022, number = 23, paragraph = 2)
    @Article(regulation = R2022, number = 23, paragraph = 3)
    @Article(regulation = R2005, number = 21, paragraph = 2)
    @Article(regulation = R2005, number = 22, paragraph = 2)
    public static final int ACCEPTANCE_DECISION_DAYS = 15;

    /**
     * The longest a petitioner waits for the written acceptance decision when the receiving office passes the matter
     * on: its 15 days to route (2022 art. 22 ¶1) and the body in charge's 15 days to tell (art. 23 ¶3).
     */
    @Article(regulation = R2022, number = 22, paragraph = 1)
    @Article(regulation = R2022, number = 23, paragraph = 3)
    public static final int LONGEST_WAIT_FOR_ACCEPTANCE_NOTICE_DAYS = 15 + 15;

    /**
     * 2022 art. 34 (2005 art. 33): a matter of art. 31 item 6 (the petition procedure itself) is concluded, with the
     * written handling opinion, within 60 days of acceptance.
     */
    @Article(regulation = R2022, number = 34)
    @Article(regulation = R2005, number = 33)
    public static final int HANDLING_DAYS = 60;

    /**
     * 2022 art. 34 (2005 art. 33): one extension of at most 30 days, approved by the head of the body, reason told to
     * the petitioner.
     */
    @Article(regulation = R2022, number = 34)
    @Article(regulation = R2005, number = 33)
    public static final int MAX_HANDLING_EXTENSION_DAYS = 30;

    /** 2022 art. 35 (2005 art. 34): review may be requested within 30 days of receiving the written opinion. */
    @Article(regulation = R2022, number = 35)
    @Article(regulation = R2005, number = 34)
    public static final int REVIEW_REQUEST_DAYS = 30;

    /** 2022 art. 35 (2005 art. 34): the review opinion is due within 30 days of the request. */
    @Article(regulation = R2022, number = 35)
    @Article(regulation = R2005, number = 34)
    public static final int REVIEW_DECISION_DAYS = 30;

    /** 2022 art. 36 ¶1 (2005 art. 35 ¶1): re-review may be requested within 30 days of receiving the review opinion. */
    @Article(regulation = R2022, number = 36, paragraph = 1)
    @Article(regulation = R2005, number = 35, paragraph = 1)
    public static final int RE_REVIEW_REQUEST_DAYS = 30;

    /** 2022 art. 36 ¶1 (2005 art. 35 ¶1): the re-review opinion is due within 30 days; hearing time is not counted. */
    @Article(regulation = R2022, number = 36, paragraph = 1)
    @Article(regulation = R2005, number = 35, paragraph = 1)
    public static final int RE_REVIEW_DECISION_DAYS = 30;

    /**
     * 2005 art. 36 ¶2; the 2022 Regulations set no limit: kept as 30 days. Under 2005 art. 36 a body that received a
     * supervision notice (督办) with a suggestion answered in writing within 30 days; 2022 art. 40 ¶4 asks for a written
     * answer on what was adopted and sets no period.
     */
    @Article(regulation = R2005, number = 36, paragraph = 2)
    @Article(regulation = R2022, number = 40, paragraph = 4)
    public static final int SUPERVISION_ANSWER_DAYS = 30;

    /**
     * A visit by 5 or more persons is a collective visit (集体访): the national bureau's practice, in neither text
     * (2022 art. 20 ¶3 only limits the representatives of such a visit).
     */
    @Practice("the national petition bureau's statistics")
    public static final int COLLECTIVE_VISIT_MIN_PERSONS = 5;

    /** 2022 art. 20 ¶3 (2005 art. 18 ¶2): several persons visiting on a common matter choose representatives, at most 5. */
    @Article(regulation = R2022, number = 20, paragraph = 3)
    @Article(regulation = R2005, number = 18, paragraph = 2)
    public static final int MAX_REPRESENTATIVES = 5;

    private Statute() {
    }

    @Applies("ROUTING_DAYS")
    public static LocalDate routingDue(LocalDate receivedOn) {
        return receivedOn.plusDays(ROUTING_DAYS);
    }

    @Applies("ACCEPTANCE_DECISION_DAYS")
    public static LocalDate acceptanceDecisionDue(LocalDate receivedByBodyInCharge) {
        return receivedByBodyInCharge.plusDays(ACCEPTANCE_DECISION_DAYS);
    }

    @Applies("HANDLING_DAYS")
    public static LocalDate handlingDue(LocalDate acceptedOn) {
        return acceptedOn.plusDays(HANDLING_DAYS);
    }

    @Applies("MAX_HANDLING_EXTENSION_DAYS")
    public static boolean isPermissibleExtension(int days) {
        return days >= 1 && days <= MAX_HANDLING_EXTENSION_DAYS;
    }

    /**
     * The last day on which a petitioner may still ask for review of an opinion they received on {@code receivedOn}:
     * the day it was delivered to them (2022 art. 35: 自收到书面答复之日起).
     */
    @Applies("REVIEW_REQUEST_DAYS")
    public static LocalDate reviewRequestDeadline(LocalDate receivedOn) {
        return receivedOn.plusDays(REVIEW_REQUEST_DAYS);
    }

    @Applies("REVIEW_DECISION_DAYS")
    public static LocalDate reviewDecisionDue(LocalDate requestedOn) {
        return requestedOn.plusDays(REVIEW_DECISION_DAYS);
    }

    /** The last day for re-review of a review opinion received (delivered) on {@code receivedOn} (2022 art. 36 ¶1). */
    @Applies("RE_REVIEW_REQUEST_DAYS")
    public static LocalDate reReviewRequestDeadline(LocalDate receivedOn) {
        return receivedOn.plusDays(RE_REVIEW_REQUEST_DAYS);
    }

    /** 2022 art. 36 ¶2 (2005 art. 35 ¶2): hearing days are not counted against the re-review limit. */
    @Applies("RE_REVIEW_DECISION_DAYS")
    @Article(regulation = R2022, number = 36, paragraph = 2)
    @Article(regulation = R2005, number = 35, paragraph = 2)
    public static LocalDate reReviewDecisionDue(LocalDate requestedOn, int hearingDays) {
        return requestedOn.plusDays(RE_REVIEW_DECISION_DAYS + (long) hearingDays);
    }

    @Applies("SUPERVISION_ANSWER_DAYS")
    public static LocalDate supervisionAnswerDue(LocalDate issuedOn) {
        return issuedOn.plusDays(SUPERVISION_ANSWER_DAYS);
    }

    /**
     * 2022 art. 20 ¶1 and art. 22 ¶1 item 2 (2005 art. 16 and art. 21 ¶1 item 3): a visit goes to the body in
     * charge at its own level or the one above; a body above that does not take over a leap-level (越级) matter but
     * sends it down to the level responsible, which handles it within its limits. So a leap-level matter is accepted
     * only by a lead unit at the responsible level or below.
     */
    @Article(regulation = R2022, number = 20, paragraph = 1)
    @Article(regulation = R2022, number = 22, paragraph = 1, item = 2)
    @Article(regulation = R2005, number = 16)
    @Article(regulation = R2005, number = 21, paragraph = 1, item = 3)
    public static boolean mustBeSentDown(boolean leapLevel, AdministrativeLevel responsible,
                                         AdministrativeLevel leadUnitLevel) {
        return leapLevel && responsible != null && leadUnitLevel.isAbove(responsible);
    }

    @Applies("COLLECTIVE_VISIT_MIN_PERSONS")
    public static boolean isCollectiveVisit(int persons) {
        return persons >= COLLECTIVE_VISIT_MIN_PERSONS;
    }

    /**
     * 2022 art. 23 ¶3: a unit that a matter was transferred or assigned to, and that is not competent, objects
     * within 5 working days of receipt, with reasons. The one period in working days, counted on {@link WorkingDays}.
     */
    @Article(regulation = R2022, number = 23, paragraph = 3)
    public static final int OBJECTION_WORKING_DAYS = 5;

    /** The last day for an objection to a matter received on {@code receivedOn} (2022 art. 23 ¶3). */
    @Applies("OBJECTION_WORKING_DAYS")
    public static LocalDate objectionDeadline(LocalDate receivedOn, WorkingDays workingDays) {
        return workingDays.addWorkingDays(receivedOn, OBJECTION_WORKING_DAYS);
    }

    /** Whether an objection on {@code today} to a matter received on {@code receivedOn} is in time (2022 art. 23 ¶3). */
    @Applies("OBJECTION_WORKING_DAYS")
    public static boolean isObjectionInTime(LocalDate receivedOn, LocalDate today, WorkingDays workingDays) {
        return !today.isAfter(objectionDeadline(receivedOn, workingDays));
    }

    /**
     * 2022 art. 23 ¶3 with art. 22 ¶1: once the transferring office confirms the objection, the material is handed
     * back (交还相关材料) and the office routes the matter again. Neither text sets a period for that; the office's
     * own 15 days to pass a matter on (art. 22 ¶1) run again from the day it gets the matter back, as from a receipt.
     */
    @Article(regulation = R2022, number = 23, paragraph = 3)
    @Article(regulation = R2022, number = 22, paragraph = 1)
    public static LocalDate reRoutingDue(LocalDate returnedOn) {
        return returnedOn.plusDays(ROUTING_DAYS);
    }

    /**
     * 2022 art. 24 ¶1: a dispute over who accepts a matter concerning two or more bodies is decided by their common
     * superior body (共同的上一级机关、单位); where there is none, the common joint conference on petition work (信访工作联席会议,
     * which coordinates the important petition problems of its area, art. 13 ¶1) deals with it.
     */
    @Article(regulation = R2022, number = 24, paragraph = 1)
    @Article(regulation = R2022, number = 13, paragraph = 1)
    public static DisputeForum disputeForum(boolean commonSuperiorExists) {
        return commonSuperiorExists ? DisputeForum.COMMON_SUPERIOR : DisputeForum.JOINT_CONFERENCE;
    }

    /** 2022 art. 24 ¶1: a dispute is between two or more bodies. */
    @Article(regulation = R2022, number = 24, paragraph = 1)
    public static final int MIN_DISPUTE_PARTIES = 2;

    /**
     * 2022 art. 23 ¶2 and ¶3: the body the decision names tells the petitioner within 15 days of receiving the matter,
     * as a body a matter was passed to; it received it on the day of the decision.
     */
    @Article(regulation = R2022, number = 24, paragraph = 1)
    @Article(regulation = R2022, number = 23, paragraph = 3)
    public static LocalDate acceptanceDueAfterDispute(LocalDate decidedOn) {
        return decidedOn.plusDays(ACCEPTANCE_DECISION_DAYS);
    }

    /**
     * 2022 art. 35 (2005 art. 34): review may be requested within 30 days of the petitioner's receipt of the written
     * opinion (自收到书面答复之日起), not of the day it was written: from the day it was delivered ({@code receivedOn}) to
     * the 30th day after, and not at all before it was delivered ({@code receivedOn} null).
     */
    @Applies("REVIEW_REQUEST_DAYS")
    public static boolean isReviewWindowOpen(LocalDate receivedOn, LocalDate today) {
        return receivedOn != null && !today.isBefore(receivedOn) && !today.isAfter(reviewRequestDeadline(receivedOn));
    }

    /**
     * 2022 art. 36 ¶1 (2005 art. 35 ¶1): re-review likewise, within 30 days of the receipt of the written review opinion.
     */
    @Applies("RE_REVIEW_REQUEST_DAYS")
    public static boolean isReReviewWindowOpen(LocalDate receivedOn, LocalDate today) {
        return receivedOn != null && !today.isBefore(receivedOn) && !today.isAfter(reReviewRequestDeadline(receivedOn));
    }

    /**
     * Whether a delivery counts as the petitioner's receipt. Signed for, it does. Refused (拒收), it does when the
     * refusal is recorded with what happened (who was present, where the letter was left): 留置送达, as the Civil
     * Procedure Law (art. 89) treats a refused document. Neither Regulations says how a reply is delivered; without this a
     * petitioner who refuses the letter would keep the review window open for ever.
     */
    @Practice("留置送达: a refused delivery recorded with its circumstances counts as delivered (Civil Procedure Law art. 89)")
    public static boolean countsAsReceipt(boolean refused, boolean circumstancesRecorded) {
        return !refused || circumstancesRecorded;
    }

    /**
     * The default period, in days after the written handling opinion, in which the petitioner rates the handling body
     * and the petition office's work (满意度评价); after it the matter is "not rated in time" (超期未评价) and a rating
     * is refused. 2022 art. 21 ¶2 has the petitioner rate the handling in the information system but sets no period;
     * the default follows the review window of art. 35 (30 days), so a petitioner rates while they can still ask for
     * review. Configurable: {@code xinfang.rating.window-days}.
     */
    @Practice("the national petition information system's evaluation period, set to the review window of 2022 art. 35")
    @Article(regulation = R2022, number = 21, paragraph = 2)
    public static final int RATING_WINDOW_DAYS = 30;

    /** The last day to rate an opinion given on {@code repliedOn}, in a window of {@code windowDays} days. */
    @Applies("RATING_WINDOW_DAYS")
    public static LocalDate ratingDeadline(LocalDate repliedOn, int windowDays) {
        return repliedOn.plusDays(windowDays);
    }

    /**
     * 2022 art. 21 ¶2: the petitioner rates the handling in the information system. Two ratings, as the national system
     * records them: of the handling body, and of the petition office's own work. A dissatisfied rating of the office
     * says why (the office can only mend what it is told).
     */
    @Article(regulation = R2022, number = 21, paragraph = 2)
    public static boolean ratingNeedsReason(boolean dissatisfied, boolean ofOffice) {
        return dissatisfied && ofOffice;
    }

    /**
     * A closed matter counts as concluded (办结) only once the petition office has verified its closure (审核认定办结): an
     * office that passes a matter on may ask for the result and a report of its conclusion (办结报告, 2022 art. 22 ¶1
     * item 3) and sees that it is concluded. The verification step itself is the national bureau's practice.
     */
    @Practice("the national petition bureau's verification of concluded matters (审核认定办结)")
    @Article(regulation = R2022, number = 22, paragraph = 1, item = 3)
    public static boolean countsAsConcluded(LocalDate closedOn, LocalDate closureVerifiedOn) {
        return closedOn != null && closureVerifiedOn != null;
    }

    /**
     * 2022 art. 25 ¶1 and ¶2: a major or urgent matter is reported at once to the party committee and government of
     * the reporting body's level and to the next-higher petition department, and stays on their desks until they
     * acknowledge it. Any other matter is reported to no one.
     */
    @Article(regulation = R2022, number = 25, paragraph = 1)
    @Article(regulation = R2022, number = 25, paragraph = 2)
    public static java.util.Set<UrgentReportRecipient> urgentReportRecipients(boolean majorOrUrgent) {
        return majorOrUrgent ? java.util.EnumSet.allOf(UrgentReportRecipient.class)
                : java.util.EnumSet.noneOf(UrgentReportRecipient.class);
    }

    /**
     * 2022 art. 28 ¶3: a member of staff with a direct interest in the matter or in the petitioner recuses themselves
     * (回避). Once they have declared the conflict on a matter, they take no further step on it.
     */
    @Article(regulation = R2022, number = 28, paragraph = 3)
    public static boolean mayActOn(boolean declaredConflictOfInterest) {
        return !declaredConflictOfInterest;
    }

    /**
     * First petition (初次信访): the petitioner has no earlier matter, with this body or anywhere. Neither text defines
     * it; the national petition information system records it on every matter.
     */
    @Practice("the national petition information system's 初次信访 indicator")
    public static boolean isFirstPetition(long earlierMatters) {
        return earlierMatters == 0;
    }

    /** A joint letter (联名信): a written petition (a letter, online, an e-mail) signed by more than one person. */
    @Practice("the national petition information system's 联名 indicator")
    public static boolean isJointLetter(boolean written, int persons) {
        return written && persons > 1;
    }
}
