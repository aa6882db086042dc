package org.xinfang.statute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of source control (源头治理, 2022 art. 5 item 5; art. 10: the government decides scientifically and
 * democratically and organises the investigation and resolution of disputes): what a social stability risk
 * assessment (社会稳定风险评估) of a major project or decision may conclude at its level, and how the matters that
 * arise from a tracked project or decision raise its level afterwards. The levels and conclusions are those of the
 * national guideline on the assessment of major decisions; the raising is the practice of the seed's city, which
 * tracks its major projects throughout (重大项目全过程跟踪).
 */
public final class RiskRules {

    /** The days of the window in which linked matters are counted: the 30 days up to and including today. */
    @Practice("the seed's city: full-course tracking of major projects, matters counted over the last 30 days")
    public static final int WINDOW_DAYS = 30;

    /** So many matters linked to one project or decision, received within the window, raise its level one step. */
    @Practice("the seed's city: full-course tracking of major projects, three matters in the window raise the level")
    public static final int MATTERS_IN_WINDOW = 3;

    private RiskRules() {
    }

    /** Why a project's or decision's level was raised, one step each. */
    public enum Raise {
        /** {@link #MATTERS_IN_WINDOW} or more linked matters received within the last {@link #WINDOW_DAYS} days. */
        MATTERS_IN_WINDOW,
        /** A collective visit (集体访, five or more persons) arising from it since it was assessed. */
        COLLECTIVE_VISIT
    }

    /** A matter arising from a project or decision, as the rule reads it. */
    public record LinkedMatter(LocalDate receivedOn, boolean collective) {
    }

    /** The level now and the raises that lifted it above the assessed level, with the matters counted for each. */
    public record CurrentLevel(RiskLevel level, List<Raise> raises, int mattersInWindow, int collectiveVisits) {
    }

    /**
     * The level of a tracked project or decision today: its assessed level, one step up when at least
     * {@link #MATTERS_IN_WINDOW} matters arising from it were received in the last {@link #WINDOW_DAYS} days (today
     * and the 29 days before), and one more when a collective visit arose from it; never above {@link RiskLevel#HIGH}.
     * Only matters received on or after the assessment count: those before were the assessment's to weigh.
     */
    @Article(regulation = R2022, number = 5, paragraph = 1, item = 5)
    @Article(regulation = R2022, number = 25, paragraph = 1)
    @Practice("the seed's city: full-course tracking of major projects (重大项目全过程跟踪) and hidden-danger intervention")
    public static CurrentLevel currentLevel(RiskLevel assessed, LocalDate assessedOn, Collection<LinkedMatter> matters,
                                            LocalDate today) {
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1L);
        List<LinkedMatter> since = matters.stream().filter(m -> !m.receivedOn().isBefore(assessedOn)
                && !m.receivedOn().isAfter(today)).toList();
        int inWindow = (int) since.stream().filter(m -> !m.receivedOn().isBefore(windowStart)).count();
        int collective = (int) since.stream().filter(LinkedMatter::collective).count();
        List<Raise> raises = new ArrayList<>();
        if (inWindow >= MATTERS_IN_WINDOW) {
            raises.add(Raise.MATTERS_IN_WINDOW);
        }
        if (collective > 0) {
            raises.add(Raise.COLLECTIVE_VISIT);
        }
        return new CurrentLevel(assessed.raisedBy(raises.size()), List.copyOf(raises), inWindow, collective);
    }

    /**
     * The overall level is no lower than that of its highest risk point (风险点): a point the assessment found at
     * some level is a risk of the project at that level at least.
     */
    @Practice("the national guideline on social stability risk assessment of major decisions (2012): the level weighs every risk point")
    public static boolean isLevelAtLeastHighestPoint(RiskLevel overall, Collection<RiskLevel> points) {
        return points.stream().allMatch(p -> p.compareTo(overall) <= 0);
    }

    /**
     * What the assessment may conclude at its level: at a high level, postpone or do not proceed; at a medium level,
     * not without measures (proceed once they are in place, postpone, or not at all); at a low level, anything.
     */
    @Article(regulation = R2022, number = 10)
    @Practice("the national guideline on social stability risk assessment of major decisions (2012): high risk, postpone or do not decide; medium, decide once the risks are met; low, decide")
    public static boolean allowsConclusion(RiskLevel level, AssessmentConclusion conclusion) {
        return switch (level) {
            case HIGH -> conclusion == AssessmentConclusion.POSTPONE || conclusion == AssessmentConclusion.DO_NOT_PROCEED;
            case MEDIUM -> conclusion != AssessmentConclusion.PROCEED;
            case LOW -> true;
        };
    }
}
