package org.xinfang.coordination.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.casework.MatterState;
import org.xinfang.coordination.SupervisionNotices;
import org.xinfang.coordination.SupervisionNotices.Notice;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Supervision notices as the API and the pages show them: units by name, staff by name, text as the viewer may read it. */
@Component
class SupervisionNoticeViews {

    private final Territory territory;
    private final StaffDirectory staff;
    private final Clock clock;

    SupervisionNoticeViews(Territory territory, StaffDirectory staff, Clock clock) {
        this.territory = territory;
        this.staff = staff;
        this.clock = clock;
    }

    record NoticeJson(Long id, int version, Long matterId, String referenceNo, String title, MatterState state,
                      String issuedBy, String unit, boolean ours, boolean supervising, LocalDate issuedOn, String reason,
                      LocalDate answerDueOn, boolean ignored, String answer, LocalDate answeredOn, String answeredBy,
                      String suggestion, LocalDate suggestedOn, String suggestedBy, AdoptionOutcome adoption,
                      String adoptionFeedback, LocalDate adoptionOn, String adoptionBy, int escalationLevel,
                      String escalatedTo, LocalDate escalatedOn, boolean awaitsFeedback, boolean done) {
    }

    record DeskJson(List<NoticeJson> toAnswer, List<NoticeJson> following, List<NoticeJson> awaitingFeedback, long total) {
    }

    DeskJson json(SupervisionNotices.Desk d, StaffPrincipal viewer) {
        Map<String, String> names = names(concat(d.toAnswer(), d.following(), d.awaitingFeedback()));
        return new DeskJson(json(d.toAnswer(), viewer, names), json(d.following(), viewer, names),
                json(d.awaitingFeedback(), viewer, names), d.total());
    }

    NoticeJson json(Notice n, StaffPrincipal viewer) {
        return json(n, viewer, names(List.of(n)));
    }

    private List<NoticeJson> json(List<Notice> list, StaffPrincipal viewer, Map<String, String> names) {
        return list.stream().map(n -> json(n, viewer, names)).toList();
    }

    private NoticeJson json(Notice n, StaffPrincipal viewer, Map<String, String> names) {
        var m = n.matter();
        Long unit = viewer.unit().id();
        return new NoticeJson(n.id(), n.version(), m.matterId(), m.referenceNo(), viewer.readable(m.title()), m.state(),
                unitName(n.issuedByUnitId()), unitName(n.unitId()), unit.equals(n.unitId()), unit.equals(n.supervisingUnitId()),
                n.issuedOn(), read(viewer, n.reason()), n.answerDueOn(), n.ignored(LocalDate.now(clock)),
                read(viewer, n.answer()), n.answeredOn(), name(names, n.answeredBy()), read(viewer, n.suggestion()),
                n.suggestedOn(), name(names, n.suggestedBy()), n.adoption(), read(viewer, n.adoptionFeedback()),
                n.adoptionOn(), name(names, n.adoptionBy()), n.escalationLevel(), unitName(n.escalatedToUnitId()),
                n.escalatedOn(), n.awaitsFeedback(), n.done());
    }

    private static String read(StaffPrincipal viewer, String text) {
        return text == null ? null : viewer.readable(text);
    }

    private String unitName(Long unitId) {
        return unitId == null ? null : territory.unit(unitId).map(u -> u.displayName(LocaleContextHolder.getLocale()))
                .orElse(String.valueOf(unitId));
    }

    private static String name(Map<String, String> names, String login) {
        return login == null ? null : names.getOrDefault(login, login);
    }

    private Map<String, String> names(List<Notice> list) {
        Set<String> logins = new HashSet<>();
        list.forEach(n -> {
            for (String s : new String[]{n.answeredBy(), n.suggestedBy(), n.adoptionBy()}) {
                if (s != null) {
                    logins.add(s);
                }
            }
        });
        return staff.displayNames(logins);
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
