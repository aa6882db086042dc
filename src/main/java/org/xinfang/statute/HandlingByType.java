package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of handling by type (2022 arts 28–34): which steps each {@link HandlingType} and {@link AppealRoute} takes.
 * A matter with no type (none was recorded before the 2022 types) follows the petition procedure, as it did.
 */
public final class HandlingByType {

    private HandlingByType() {
    }

    /**
     * 2022 art. 31 ¶1 item 6 and art. 32 ¶1: only a route (6) appeal is answered with the written handling opinion
     * (信访处理意见书); a suggestion gets its adoption reply (art. 29 ¶1), an accusation goes to discipline inspection
     * (art. 30 ¶1), routes (1) to (5) are guided into their procedure.
     */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 6)
    @Article(regulation = R2022, number = 32, paragraph = 1)
    public static boolean takesHandlingOpinion(HandlingType type, AppealRoute route) {
        return type == null || type == HandlingType.APPEAL && (route == null || route == AppealRoute.PETITION);
    }

    /** 2022 art. 34: the 60-day limit and its one 30-day extension apply to a matter of art. 31 item 6 only. */
    @Article(regulation = R2022, number = 34)
    public static boolean runsHandlingClock(HandlingType type, AppealRoute route) {
        return takesHandlingOpinion(type, route);
    }

    /**
     * 2022 art. 35 and art. 36 ¶1: review and re-review are of the handling opinion (信访处理意见); a suggestion's reply
     * and a matter guided out of the procedure have none.
     */
    @Article(regulation = R2022, number = 35)
    @Article(regulation = R2022, number = 36, paragraph = 1)
    public static boolean mayBeReviewed(HandlingType type, AppealRoute route) {
        return takesHandlingOpinion(type, route);
    }

    /** 2022 art. 29 ¶1: a suggestion is studied and adopted, adopted in part or not, and replied to. */
    @Article(regulation = R2022, number = 29, paragraph = 1)
    public static boolean takesAdoptionReply(HandlingType type) {
        return type == HandlingType.SUGGESTION;
    }

    /** 2022 art. 29 ¶2: a suggestion that contributed (adopted, in whole or in part) may be rewarded. */
    @Article(regulation = R2022, number = 29, paragraph = 2)
    public static boolean mayBeRewarded(HandlingType type, boolean adoptedAtLeastInPart) {
        return type == HandlingType.SUGGESTION && adoptedAtLeastInPart;
    }

    /**
     * 2022 art. 31 ¶1 items 1–5, art. 28 ¶2, art. 22 ¶2: an appeal on routes (1) to (5) ends guided into that procedure;
     * an accusation ends handed to discipline inspection (art. 30 ¶1).
     */
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 1)
    @Article(regulation = R2022, number = 31, paragraph = 1, item = 5)
    @Article(regulation = R2022, number = 28, paragraph = 2)
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2022, number = 30, paragraph = 1)
    public static boolean isGuidedOut(HandlingType type, AppealRoute route) {
        return type == HandlingType.ACCUSATION || type == HandlingType.APPEAL && route != null && route.isGuidedOut();
    }

    /** 2022 art. 22 ¶2 and art. 28 ¶2: a route (1) matter goes to the same-level politics-and-law department. */
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2022, number = 28, paragraph = 2)
    public static boolean goesToPoliticsAndLaw(AppealRoute route) {
        return route == AppealRoute.LITIGATION;
    }

    /** 2022 art. 30 ¶2: an accusation about a cadre is notified to the organisation (personnel) department. */
    @Article(regulation = R2022, number = 30, paragraph = 2)
    public static boolean notifiesOrganisationDepartment(HandlingType type, CadreRank accusedRank) {
        return type == HandlingType.ACCUSATION && accusedRank != null && accusedRank.isCadre();
    }

    /**
     * 2022 art. 22 ¶2 (按照管理权限转送) and art. 30 ¶2 (干部管理权限): the level whose discipline inspection and
     * supervision body takes an accusation: the level that manages the accused cadre (下管一级, the party's practice), or
     * for a person who is not a cadre the level where the matter arose.
     */
    @Article(regulation = R2022, number = 22, paragraph = 2)
    @Article(regulation = R2022, number = 30, paragraph = 2)
    public static AdministrativeLevel disciplineBodyLevel(CadreRank accusedRank, AdministrativeLevel placeLevel) {
        if (accusedRank == null || accusedRank.managedAt() == null) {
            return placeLevel;
        }
        return accusedRank.managedAt();
    }

    /**
     * 2022 art. 30 ¶3: the accuser's material is neither shown nor passed to the accused person or unit. A unit lies
     * on the accused side when it is the accused unit or within it (paths "/1/4/" contain "/1/4/17/").
     */
    @Article(regulation = R2022, number = 30, paragraph = 3)
    public static boolean isAccusedSide(String accusedUnitPath, String unitPath) {
        return accusedUnitPath != null && unitPath != null && unitPath.startsWith(accusedUnitPath);
    }
}
