package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;

/**
 * The statutory clock and limits. Articles cite the law in force, the 2022 Regulations on Letters and Visits
 * Work (信访工作条例); where a rule still follows the repealed 2005 Regulations (信访条例), it says so. All
 * periods are calendar days, counted from the day after the triggering event: a matter received on 1 March must
 * be passed on by 16 March.
 */
public final class Statute {

    /** 2022 art. 22: the receiving petition office passes a matter to the body in charge within 15 days of receipt. */
    public static final int ROUTING_DAYS = 15;

    /**
     * 2022 art. 23 ¶2, ¶3: the body in charge tells the petitioner in writing within 15 days of receipt that it has
     * the matter and how it will be handled.
     */
    public static final int ACCEPTANCE_DECISION_DAYS = 15;

    /**
     * The longest a petitioner waits for the written acceptance decision when the receiving office passes the matter
     * on: its 15 days to route (2022 art. 22) and the body in charge's 15 days to decide (art. 23).
     */
    public static final int LONGEST_WAIT_FOR_ACCEPTANCE_NOTICE_DAYS = 15 + 15;

    /** 2022 art. 34: a written handling opinion within 60 days of acceptance. */
    public static final int HANDLING_DAYS = 60;

    /** 2022 art. 34: one extension of at most 30 days, approved by the head of the body, reason told to the petitioner. */
    public static final int MAX_HANDLING_EXTENSION_DAYS = 30;

    /** 2022 art. 35: review may be requested within 30 days of receiving the written opinion. */
    public static final int REVIEW_REQUEST_DAYS = 30;

    /** 2022 art. 35: the review opinion is due within 30 days of the request. */
    public static final int REVIEW_DECISION_DAYS = 30;

    /** 2022 art. 36: re-review may be requested within 30 days of receiving the review opinion. */
    public static final int RE_REVIEW_REQUEST_DAYS = 30;

    /** 2022 art. 36: the re-review opinion is due within 30 days; hearing time is not counted. */
    public static final int RE_REVIEW_DECISION_DAYS = 30;

    /**
     * 2005 art. 36: a body that receives a supervision notice (督办) answers within 30 days. The 2022 text (art. 40)
     * asks for a written answer on what was adopted and sets no period.
     */
    public static final int SUPERVISION_ANSWER_DAYS = 30;

    /** A visit by 5 or more persons is a collective visit (集体访): the national bureau's practice, in neither text. */
    public static final int COLLECTIVE_VISIT_MIN_PERSONS = 5;

    /** 2022 art. 20 ¶3: several persons visiting on a common matter choose representatives, at most 5. */
    public static final int MAX_REPRESENTATIVES = 5;

    private Statute() {
    }

    public static LocalDate routingDue(LocalDate receivedOn) {
        return receivedOn.plusDays(ROUTING_DAYS);
    }

    public static LocalDate acceptanceDecisionDue(LocalDate receivedByBodyInCharge) {
        return receivedByBodyInCharge.plusDays(ACCEPTANCE_DECISION_DAYS);
    }

    public static LocalDate handlingDue(LocalDate acceptedOn) {
        return acceptedOn.plusDays(HANDLING_DAYS);
    }

    public static boolean isPermissibleExtension(int days) {
        return days >= 1 && days <= MAX_HANDLING_EXTENSION_DAYS;
    }

    /** The last day on which a petitioner may still ask for review of an opinion given on {@code repliedOn}. */
    public static LocalDate reviewRequestDeadline(LocalDate repliedOn) {
        return repliedOn.plusDays(REVIEW_REQUEST_DAYS);
    }

    public static LocalDate reviewDecisionDue(LocalDate requestedOn) {
        return requestedOn.plusDays(REVIEW_DECISION_DAYS);
    }

    public static LocalDate reReviewRequestDeadline(LocalDate reviewedOn) {
        return reviewedOn.plusDays(RE_REVIEW_REQUEST_DAYS);
    }

    /** 2022 art. 36 ¶2: hearing days are not counted against the re-review limit. */
    public static LocalDate reReviewDecisionDue(LocalDate requestedOn, int hearingDays) {
        return requestedOn.plusDays(RE_REVIEW_DECISION_DAYS + (long) hearingDays);
    }

    public static LocalDate supervisionAnswerDue(LocalDate issuedOn) {
        return issuedOn.plusDays(SUPERVISION_ANSWER_DAYS);
    }

    /**
     * 2022 art. 20 ¶1 and art. 22 (二): a visit goes to the body in charge at its own level or the one above; a body
     * above that does not take over a leap-level (越级) matter but sends it down to the level responsible, which
     * handles it within its limits. So a leap-level matter is accepted only by a lead unit at the responsible level
     * or below.
     */
    public static boolean mustBeSentDown(boolean leapLevel, AdministrativeLevel responsible,
                                         AdministrativeLevel leadUnitLevel) {
        return leapLevel && responsible != null && leadUnitLevel.isAbove(responsible);
    }

    public static boolean isCollectiveVisit(int persons) {
        return persons >= COLLECTIVE_VISIT_MIN_PERSONS;
    }

    /**
     * 2022 art. 23 ¶3: a unit that a matter was transferred or assigned to, and that is not competent, objects
     * within 5 working days of receipt, with reasons. The one period in working days, counted on {@link WorkingDays}.
     */
    public static final int OBJECTION_WORKING_DAYS = 5;

    /** The last day for an objection to a matter received on {@code receivedOn} (2022 art. 23 ¶3). */
    public static LocalDate objectionDeadline(LocalDate receivedOn, WorkingDays workingDays) {
        return workingDays.addWorkingDays(receivedOn, OBJECTION_WORKING_DAYS);
    }
}
