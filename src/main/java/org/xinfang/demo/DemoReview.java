package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Review;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.review.FinalitySupport;
import org.xinfang.review.HearingRole;
import org.xinfang.review.ReviewCase;
import org.xinfang.review.ReviewCommittees;
import org.xinfang.review.ReviewCommittees.ImportedCase;
import org.xinfang.review.ReviewStage;
import org.xinfang.review.SupportKind;
import org.xinfang.statute.ReviewCommitteeRules;
import org.xinfang.territory.StaffDirectory.Account;
import org.xinfang.territory.StaffRole;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The demo city's review committees (复查复核委员会) and its support of final matters: every review and re-review the
 * generated history went through has its committee case at the reviewing body, formed a few days after the request
 * with three members (five at the city), each giving a view before the opinion the matter carries; a re-review that
 * recorded a hearing has it with its participants and record, and most such opinions of final matters are published.
 * Most final matters have one to three entries of guidance, resolution or help since. Drawn from each matter's id, so a
 * seed's city is always the same.
 */
final class DemoReview {

    /** The states of a matter whose review or re-review was asked for: its committee cases exist. */
    static final Set<MatterState> REVIEWED = EnumSet.of(MatterState.UNDER_REVIEW, MatterState.REVIEWED,
            MatterState.UNDER_RE_REVIEW, MatterState.FINAL);
    /** The share of re-review opinions given after a hearing that the re-reviewing body publishes. */
    static final double PUBLISHED_SHARE = 0.6;
    /** The share of final matters with a record of support (the rest are on the list, nothing recorded yet). */
    static final double SUPPORTED_SHARE = 0.8;

    private static final String[] PLACES = {"信访局听证室", "人民政府第三会议室", "信访接待中心听证室"};
    private static final String[] NAMES = {"张建华", "李秀英", "王志强", "刘桂兰", "陈国平", "杨春梅", "赵德明", "黄丽娟",
            "周永福", "吴海燕", "向明军", "舒小红"};
    private static final String RECORD = "信访人陈述投诉请求和理由，原办理单位说明处理依据，听证员就争议事实逐项询问，"
            + "双方作最后陈述。听证笔录经参加人核对签字。";
    private static final Map<ReviewOutcome, String> VIEWS = Map.of(
            ReviewOutcome.UPHELD, "事实清楚，依据充分，建议维持。",
            ReviewOutcome.REVISED, "处理意见部分不当，建议变更。",
            ReviewOutcome.REVOKED, "认定事实不清，建议撤销重新办理。");
    private static final String[] SUPPORT = {
            "上门走访，宣讲政策，信访人表示理解。", "召开协调会，落实后续补偿事项。", "协助申请临时救助，已发放。",
            "联系社区网格员定期走访，疏导情绪。", "协调就业服务站推荐就业岗位。"};

    /** What the committees' history and the support record come to. */
    record History(List<ImportedCase> cases, List<FinalitySupport.Entry> support) {
    }

    private DemoReview() {
    }

    /**
     * The committee cases of {@code reviews} (matters now in {@link #REVIEWED}), with the staff who may sit on each
     * body's committees ({@code candidates} of a body and the unit reviewed), up to {@code lastDay}.
     */
    static History of(List<Review> reviews, BiFunction<Long, Long, List<Account>> candidates, LocalDate lastDay, ZoneId zone) {
        List<ImportedCase> cases = new ArrayList<>();
        List<FinalitySupport.Entry> support = new ArrayList<>();
        for (Review m : reviews) {
            SplittableRandom random = new SplittableRandom(m.matterId() * 0x2545F4914F6CDD1DL + 7);
            committee(m, ReviewStage.REVIEW, candidates, lastDay, zone, random, cases);
            if (m.state() == MatterState.UNDER_RE_REVIEW || m.state() == MatterState.FINAL) {
                committee(m, ReviewStage.RE_REVIEW, candidates, lastDay, zone, random, cases);
            }
            if (m.state() == MatterState.FINAL && m.finalOn() != null && m.finalOn().isBefore(lastDay)
                    && random.nextDouble() < SUPPORTED_SHARE) {
                String by = cases.get(cases.size() - 1).openedBy();
                long span = lastDay.toEpochDay() - m.finalOn().toEpochDay();
                for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                    LocalDate on = m.finalOn().plusDays(1 + random.nextLong(span));
                    support.add(new FinalitySupport.Entry(null, m.matterId(), SupportKind.values()[random.nextInt(3)], on,
                            SUPPORT[random.nextInt(SUPPORT.length)], by, at(on, 16, zone)));
                }
            }
        }
        return new History(cases, support);
    }

    private static void committee(Review m, ReviewStage stage, BiFunction<Long, Long, List<Account>> candidates,
                                  LocalDate lastDay, ZoneId zone, SplittableRandom random, List<ImportedCase> cases) {
        Long body = ReviewCommittees.reviewingBody(m, stage);
        LocalDate requested = stage == ReviewStage.REVIEW ? m.reviewRequestedOn() : m.reReviewRequestedOn();
        LocalDate decided = stage == ReviewStage.REVIEW ? m.reviewedOn() : m.reReviewedOn();
        ReviewOutcome outcome = stage == ReviewStage.REVIEW ? m.reviewOutcome() : m.reReviewOutcome();
        List<Account> pool = body == null || requested == null ? List.of()
                : candidates.apply(body, ReviewCommittees.reviewedUnit(m, stage));
        LocalDate opened = requested == null ? null : requested.plusDays(1 + random.nextInt(3));
        if (pool.size() < ReviewCommitteeRules.MIN_MEMBERS || opened.isAfter(decided == null ? lastDay : decided)) {
            return; // no committee could sit (too few staff), or it is not formed yet
        }
        List<Account> members = members(pool, random);
        Account head = members.stream().filter(a -> a.has(StaffRole.LEADER)).findFirst().orElse(members.get(0));
        Account organiser = members.stream().filter(a -> !a.has(StaffRole.LEADER)).findFirst().orElse(head);
        Map<String, ReviewCase.View> views = new LinkedHashMap<>();
        if (decided != null) {
            for (Account a : members) {
                ReviewOutcome view = random.nextDouble() < 0.8 ? outcome : ReviewOutcome.values()[random.nextInt(3)];
                views.put(a.username(), new ReviewCase.View(view, VIEWS.get(view), at(decided.minusDays(1), 10, zone)));
            }
        }
        ReviewCase.Hearing hearing = null;
        if (stage == ReviewStage.RE_REVIEW && m.hearingDays() > 0) {
            LocalDate day = requested.plusDays(3 + random.nextInt(8));
            day = day.isAfter(lastDay) ? lastDay : day;
            List<ReviewCase.Participant> people = List.of(
                    new ReviewCase.Participant(HearingRole.PETITIONER, NAMES[random.nextInt(NAMES.length)]),
                    new ReviewCase.Participant(HearingRole.RESPONDENT_UNIT, NAMES[random.nextInt(NAMES.length)]),
                    new ReviewCase.Participant(HearingRole.HEARING_OFFICER, NAMES[random.nextInt(NAMES.length)]),
                    new ReviewCase.Participant(HearingRole.HEARING_OFFICER, NAMES[random.nextInt(NAMES.length)]));
            hearing = new ReviewCase.Hearing(at(day, 9, zone), PLACES[random.nextInt(PLACES.length)], people, RECORD,
                    m.hearingDays(), day, organiser.username());
        }
        ReviewCase.Opinion opinion = decided == null ? null : new ReviewCase.Opinion(outcome,
                stage == ReviewStage.REVIEW ? DemoTexts.reviewOpinion(outcome) : DemoTexts.reReviewOpinion(outcome),
                decided, head.username());
        ReviewCase.Publication publication = null;
        if (opinion != null && hearing != null && random.nextDouble() < PUBLISHED_SHARE) {
            LocalDate on = decided.plusDays(1 + random.nextInt(5));
            // the demo's opinions name no one: published as given
            publication = new ReviewCase.Publication(opinion.text(), on.isAfter(lastDay) ? lastDay : on, head.username());
        }
        cases.add(new ImportedCase(m.matterId(), stage, body, organiser.username(), opened,
                members.stream().map(Account::username).toList(), views, hearing, opinion, publication, m.referenceNo()));
    }

    /** Three members (five where the body has that many), its leader among them when it has one. */
    private static List<Account> members(List<Account> pool, SplittableRandom random) {
        int n = pool.size() >= 5 ? 5 : ReviewCommitteeRules.MIN_MEMBERS;
        List<Account> chosen = new ArrayList<>(pool.stream().filter(a -> a.has(StaffRole.LEADER)).limit(1).toList());
        List<Account> rest = new ArrayList<>(pool.stream().filter(a -> !chosen.contains(a)).toList());
        while (chosen.size() < n && !rest.isEmpty()) {
            chosen.add(rest.remove(random.nextInt(rest.size())));
        }
        return chosen;
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
    }
}
