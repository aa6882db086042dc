package org.xinfang.review.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.review.FinalitySupport;
import org.xinfang.review.HearingRole;
import org.xinfang.review.ReviewCase;
import org.xinfang.review.ReviewCommittees;
import org.xinfang.review.ReviewStage;
import org.xinfang.review.SupportKind;
import org.xinfang.statute.ReviewCommitteeRules;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Committee cases and the support of final matters as the API and the pages show them (one shape for both): units by
 * their name in the viewer's language, staff by name, times in the office's zone, free text as the viewer may read it.
 */
@Component
class ReviewViews {

    private final ReviewCommittees committees;
    private final Territory territory;
    private final StaffDirectory staff;
    private final Clock clock;

    ReviewViews(ReviewCommittees committees, Territory territory, StaffDirectory staff, Clock clock) {
        this.committees = committees;
        this.territory = territory;
        this.staff = staff;
        this.clock = clock;
    }

    record ViewJson(ReviewOutcome outcome, String reasoning, OffsetDateTime givenAt) {
    }

    record MemberJson(String username, String name, String unit, ViewJson view) {
    }

    record ParticipantJson(HearingRole role, String name) {
    }

    record HearingJson(OffsetDateTime startsAt, String place, List<ParticipantJson> participants, boolean held,
                       String record, Integer days, LocalDate recordedOn, String recordedBy) {
    }

    record OpinionJson(ReviewOutcome outcome, String text, LocalDate on, String by, String letter) {
    }

    record PublicationJson(String text, LocalDate publishedOn, String publishedBy) {
    }

    record CaseJson(Long id, int version, Long matterId, String referenceNo, String title, MatterState matterState,
                    ReviewStage stage, String reviewingBody, String reviewedUnit, String openedBy, LocalDate openedOn,
                    LocalDate dueOn, int hearingDays, List<MemberJson> members, long views, boolean quorum,
                    HearingJson hearing, OpinionJson opinion, PublicationJson publication, boolean organises,
                    boolean heads, boolean member, boolean mayGiveView, boolean mayHoldHearing, boolean mayPublish) {
    }

    record ListingJson(long total, long undecided, List<CaseJson> cases) {
    }

    record EntryJson(Long id, Long matterId, SupportKind kind, LocalDate doneOn, String note, String recordedBy,
                     OffsetDateTime recordedAt) {
    }

    record LineJson(Long matterId, String referenceNo, String title, String holder, LocalDate finalOn, long entries,
                    EntryJson latest) {
    }

    record SupportListingJson(List<LineJson> lines, int page, int pages, long total) {
    }

    ListingJson json(ReviewCommittees.Listing l, StaffPrincipal viewer) {
        // the staff of a page's cases looked up once each, however many cases they sit on
        Map<String, String> names = staff.displayNames(logins(l.first()));
        Map<String, String> units = new HashMap<>();
        return new ListingJson(l.total(), l.undecided(), l.first().stream().map(c -> json(c, viewer, names, units)).toList());
    }

    CaseJson json(ReviewCase c, StaffPrincipal viewer) {
        return json(c, viewer, staff.displayNames(logins(List.of(c))), new HashMap<>());
    }

    private static Set<String> logins(List<ReviewCase> cases) {
        Set<String> logins = new HashSet<>();
        for (ReviewCase c : cases) {
            logins.add(c.openedBy());
            c.members().forEach(x -> logins.add(x.username()));
            if (c.opinion() != null) {
                logins.add(c.opinion().by());
            }
            if (c.hearing() != null && c.hearing().recordedBy() != null) {
                logins.add(c.hearing().recordedBy());
            }
            if (c.publication() != null) {
                logins.add(c.publication().publishedBy());
            }
        }
        return logins;
    }

    private CaseJson json(ReviewCase c, StaffPrincipal viewer, Map<String, String> names, Map<String, String> units) {
        var m = c.matter();
        List<MemberJson> members = c.members().stream().map(x -> new MemberJson(x.username(),
                names.getOrDefault(x.username(), x.username()),
                units.computeIfAbsent(x.username(), u -> staff.account(u).map(a -> unitName(a.unitId())).orElse("")),
                x.view() == null ? null : new ViewJson(x.view().outcome(), viewer.readable(x.view().reasoning()),
                        time(x.view().givenAt())))).toList();
        ReviewCase.Hearing h = c.hearing();
        HearingJson hearing = h == null ? null : new HearingJson(time(h.startsAt()), h.place(),
                h.participants().stream().map(p -> new ParticipantJson(p.role(), viewer.readable(p.name()))).toList(),
                h.held(), h.record() == null ? null : viewer.readable(h.record()), h.days(), h.recordedOn(),
                h.recordedBy() == null ? null : names.getOrDefault(h.recordedBy(), h.recordedBy()));
        OpinionJson opinion = c.opinion() == null ? null : new OpinionJson(c.opinion().outcome(),
                viewer.readable(c.opinion().text()), c.opinion().on(), names.getOrDefault(c.opinion().by(), c.opinion().by()),
                "/api/v1/matters/" + m.matterId() + "/documents/"
                        + (c.stage() == ReviewStage.REVIEW ? "review-opinion" : "re-review-opinion"));
        PublicationJson publication = c.publication() == null ? null : new PublicationJson(c.publication().maskedText(),
                c.publication().publishedOn(), names.getOrDefault(c.publication().publishedBy(), c.publication().publishedBy()));
        boolean heads = committees.heads(viewer, c);
        boolean reReview = c.stage() == ReviewStage.RE_REVIEW;
        return new CaseJson(c.id(), c.version(), m.matterId(), m.referenceNo(), viewer.readable(m.title()), m.state(),
                c.stage(), unitName(c.reviewingUnitId()), unitName(ReviewCommittees.reviewedUnit(m, c.stage())),
                names.getOrDefault(c.openedBy(), c.openedBy()), c.openedOn(),
                reReview ? m.reReviewDueOn() : m.reviewDueOn(), m.hearingDays(), members, c.views(),
                ReviewCommitteeRules.hasQuorum((int) c.views(), c.members().size()), hearing, opinion, publication,
                committees.organises(viewer, c), heads, c.isMember(viewer.getUsername()),
                c.opinion() == null && c.member(viewer.getUsername()).filter(x -> x.view() == null).isPresent(),
                ReviewCommitteeRules.mayHoldHearing(reReview),
                heads && c.publication() == null && ReviewCommitteeRules.mayPublish(reReview, c.opinion() != null, c.hearingHeld()));
    }

    EntryJson json(FinalitySupport.Entry e, StaffPrincipal viewer) {
        return new EntryJson(e.id(), e.matterId(), e.kind(), e.doneOn(), viewer.readable(e.note()),
                staff.nameOrLogin(e.recordedBy()), time(e.recordedAt()));
    }

    SupportListingJson json(FinalitySupport.Listing l, StaffPrincipal viewer) {
        return new SupportListingJson(l.lines().stream().map(line -> new LineJson(line.matter().id(),
                line.matter().referenceNo(), line.matter().title(), line.matter().holder().displayName(LocaleContextHolder.getLocale()),
                line.finalOn(), line.entries(), line.latest() == null ? null : json(line.latest(), viewer))).toList(),
                l.page(), l.pages(), l.total());
    }

    String unitName(Long unitId) {
        return unitId == null ? "" : territory.unit(unitId).map(u -> u.displayName(LocaleContextHolder.getLocale()))
                .orElse(String.valueOf(unitId));
    }

    private OffsetDateTime time(Instant at) {
        return at.atZone(clock.getZone()).toOffsetDateTime();
    }
}
