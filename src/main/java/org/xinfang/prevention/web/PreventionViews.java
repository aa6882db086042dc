package org.xinfang.prevention.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.platform.PersonalData;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.Paging;
import org.xinfang.prevention.AssessmentKind;
import org.xinfang.prevention.LatentDisputes;
import org.xinfang.prevention.RiskAssessments;
import org.xinfang.statute.AssessmentConclusion;
import org.xinfang.statute.RiskLevel;
import org.xinfang.statute.RiskRules;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Prevention as the API and the pages show it: places and categories in the reader's language, staff by name, times
 * in the office's zone, and the people involved in a dispute masked (张某) for a role that sees personal data masked,
 * in the list of names and wherever the free text names them.
 */
@Component
class PreventionViews {

    private final StaffDirectory staff;
    private final MessageSource messages;
    private final Clock clock;

    PreventionViews(StaffDirectory staff, MessageSource messages, Clock clock) {
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    record DisputeJson(Long id, int version, String placeCode, String place, String categoryCode, String category,
                       LocalDate foundOn, String summary, List<String> people, int peopleCount, RiskLevel riskLevel,
                       String owner, String ownerName, boolean mine, boolean resolved, LocalDate resolvedOn,
                       String resolution, String resolvedBy, String recordedBy, OffsetDateTime recordedAt) {
    }

    record LevelJson(RiskLevel level, int found, int resolved, int open) {
    }

    record MonthJson(YearMonth month, YearMonth previous, YearMonth next, List<LevelJson> levels, LevelJson total,
                     int resolvedInYear, int listed, int page, int pages, List<DisputeJson> disputes) {
    }

    record PointJson(String description, RiskLevel level) {
    }

    record RaiseJson(RiskRules.Raise raise, String reason) {
    }

    record LinkedJson(String referenceNo, LocalDate receivedOn, boolean collective, String linkedBy,
                      OffsetDateTime linkedAt) {
    }

    record AssessmentJson(Long id, int version, String referenceNo, AssessmentKind kind, String title, String sponsor,
                          String unitCode, String unit, LocalDate assessedOn, RiskLevel assessedLevel,
                          List<PointJson> points, String measures, AssessmentConclusion conclusion,
                          RiskLevel currentLevel, boolean raised, List<RaiseJson> raises, int mattersInWindow,
                          List<LinkedJson> matters, List<UnlinkedJson> unlinked, String recordedBy,
                          OffsetDateTime recordedAt) {
    }

    record UnlinkedJson(String referenceNo, String reason, String unlinkedBy, OffsetDateTime unlinkedAt) {
    }

    /** Disputes on one page of a month, on the API and the page alike. */
    static final int PAGE_SIZE = 50;

    /** The page asked for, refused naming it when it is not one a list serves. */
    static int page(int page) {
        if (page < 0 || page > Paging.LAST_PAGE) {
            throw Refusal.invalid("page", "page.invalid");
        }
        return page;
    }

    MonthJson json(LatentDisputes.MonthView m, StaffPrincipal viewer) {
        Map<String, String> names = names(m.disputes().stream().flatMap(d -> java.util.stream.Stream.of(d.owner(),
                d.recordedBy(), d.resolvedBy())).toList());
        var total = m.total();
        return new MonthJson(m.month(), m.month().minusMonths(1), m.month().plusMonths(1),
                m.levels().stream().sorted(Comparator.comparing(LatentDisputes.LevelFigures::level).reversed())
                        .map(l -> new LevelJson(l.level(), l.found(), l.resolved(), l.open())).toList(),
                new LevelJson(null, total.found(), total.resolved(), total.open()), m.resolvedInYear(),
                m.listed(), m.page(), m.pages(), m.disputes().stream().map(d -> json(d, viewer, names)).toList());
    }

    DisputeJson json(LatentDisputes.Dispute d, StaffPrincipal viewer) {
        return json(d, viewer, names(java.util.Arrays.asList(d.owner(), d.recordedBy(), d.resolvedBy())));
    }

    private DisputeJson json(LatentDisputes.Dispute d, StaffPrincipal viewer, Map<String, String> names) {
        Locale locale = LocaleContextHolder.getLocale();
        UnaryOperator<String> read = text -> text == null ? null : viewer.readable(masked(text, d.people(), viewer));
        return new DisputeJson(d.id(), d.version(), d.place().code(), d.place().localizedName(locale),
                d.category().code(), d.category().localizedName(locale), d.foundOn(), read.apply(d.summary()),
                d.people().stream().map(viewer::readableName).toList(), d.people().size(),
                d.riskLevel(), d.owner(), name(names, d.owner()), d.owner().equals(viewer.getUsername()), d.resolved(),
                d.resolvedOn(), read.apply(d.resolution()), d.resolvedBy() == null ? null : name(names, d.resolvedBy()),
                name(names, d.recordedBy()), d.recordedAt().atZone(clock.getZone()).toOffsetDateTime());
    }

    List<AssessmentJson> json(List<RiskAssessments.Assessment> all, StaffPrincipal viewer) {
        Map<String, String> names = names(all.stream().flatMap(a -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(a.recordedBy()), a.matters().stream().map(RiskAssessments.LinkedMatter::linkedBy)))
                .toList());
        return all.stream().map(a -> json(a, viewer, names)).toList();
    }

    AssessmentJson json(RiskAssessments.Assessment a, StaffPrincipal viewer) {
        return json(List.of(a), viewer).get(0);
    }

    private AssessmentJson json(RiskAssessments.Assessment a, StaffPrincipal viewer, Map<String, String> names) {
        Locale locale = LocaleContextHolder.getLocale();
        RiskRules.CurrentLevel c = a.current();
        return new AssessmentJson(a.id(), a.version(), a.referenceNo(), a.kind(), viewer.readable(a.title()),
                viewer.readable(a.sponsor()), a.unit().code(), a.unit().displayName(locale), a.assessedOn(),
                a.assessedLevel(), a.points().stream().map(p -> new PointJson(viewer.readable(p.description()), p.level()))
                .toList(), viewer.readable(a.measures()), a.conclusion(), c.level(), !c.raises().isEmpty(),
                c.raises().stream().map(r -> new RaiseJson(r, messages.getMessage("prevention.raise." + r,
                        new Object[]{c.mattersInWindow(), RiskRules.WINDOW_DAYS, RiskRules.MATTERS_IN_WINDOW,
                                c.collectiveVisits()}, locale))).toList(), c.mattersInWindow(),
                a.matters().stream().map(m -> new LinkedJson(m.referenceNo(), m.receivedOn(), m.collective(),
                        name(names, m.linkedBy()), m.linkedAt().atZone(clock.getZone()).toOffsetDateTime())).toList(),
                a.unlinked().stream().map(u -> new UnlinkedJson(u.referenceNo(), viewer.readable(u.reason()),
                        name(names, u.unlinkedBy()), u.unlinkedAt().atZone(clock.getZone()).toOffsetDateTime())).toList(),
                name(names, a.recordedBy()), a.recordedAt().atZone(clock.getZone()).toOffsetDateTime());
    }

    /** The text with each of the people's names masked, for a role that sees personal data masked; whole otherwise. */
    private static String masked(String text, List<String> people, StaffPrincipal viewer) {
        if (viewer.seesPersonalData()) {
            return text;
        }
        String out = text;
        // the longest first, so that 王建 does not break up 王建国
        for (String n : people.stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
            out = out.replace(n, PersonalData.maskName(n));
        }
        return out;
    }

    private static String name(Map<String, String> names, String login) {
        return names.getOrDefault(login, login);
    }

    private Map<String, String> names(List<String> logins) {
        Set<String> set = new HashSet<>(logins);
        set.remove(null);
        return staff.displayNames(set);
    }
}
