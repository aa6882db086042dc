package org.xinfang.demo;

import org.xinfang.casework.MatterFacts.Dispute;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.mediation.AgreementKind;
import org.xinfang.mediation.MediationKind;
import org.xinfang.mediation.MediationSession.Confirmation;
import org.xinfang.mediation.MediationSession.Signature;
import org.xinfang.mediation.Mediations.ImportedAgreement;
import org.xinfang.mediation.Mediations.ImportedSession;
import org.xinfang.mediation.SessionOutcome;
import org.xinfang.statute.MediationRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo city's mediation (调解, "four-tone linkage"): the seed's city settled 2,583 matters a year through mediation,
 * 27,000 items a year, so the demo settles that share of its matters (drawn among the accepted appeals and claims, between
 * the petitioner and whom the matter is against, on terms that fit its category) by an agreement in force, most of them people's mediation, then administrative, petition and judicial. A third of them had an earlier
 * session that failed or was adjourned; some matters were mediated without agreement; an agreement of the last days
 * still waits for a party's signature; about a fifth of the mediation agreements that may be confirmed were judicially
 * confirmed within the 30 days. Drawn from each matter's id, so a seed's city is always the same.
 */
final class DemoMediation {

    /** The seed: 2,583 matters settled through mediation in a year of 27,000 items. */
    static final int SETTLED_PER_YEAR = 2583;
    static final int ITEMS_PER_YEAR = 27_000;
    /** Matters mediated without agreement, for every settled one. */
    private static final double FAILED_SHARE = 0.25;

    /** The mediators of the demo's committees and offices (a name of their own, as the agreement prints it). */
    private static final String[] MEDIATORS = {"张建华", "王秀英", "李志刚", "刘桂芝", "陈国平", "杨德明", "黄丽华", "赵春生",
            "吴玉兰", "周卫东", "向明辉", "舒小平", "瞿志勇", "米淑珍"};

    /**
     * What the parties agree, by the matter's category (the longest code prefix that matches): the respondent pays the
     * wages, the compensation or the refund by a day, repairs or hands over the house, restores the boundaries.
     * {respondent}, {petitioner}, {day} and {amount} are filled in.
     */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("LABOUR.WAGE_ARREARS", "{respondent}于{day}前一次性支付{petitioner}等人被拖欠的工资{amount}，"
                    + "{petitioner}收到款项后不再就此事信访。"),
            Map.entry("LABOUR.", "{respondent}于{day}前为{petitioner}补缴社会保险费，并支付经济补偿{amount}；"
                    + "{petitioner}撤回投诉。"),
            Map.entry("URBAN.DEMOLITION", "{respondent}按已签订的补偿协议，于{day}前向{petitioner}付清剩余征收补偿款{amount}；"
                    + "{petitioner}不再就此事信访。"),
            Map.entry("LAND.ACQUISITION", "{respondent}按核定的征地补偿标准，于{day}前向{petitioner}支付征地补偿款{amount}；"
                    + "{petitioner}配合完成交地。"),
            Map.entry("LAND.FOREST", "{respondent}于{day}前会同双方重新勘测并确认山林界址，双方按确认后的界址经营，互不侵占。"),
            Map.entry("LAND.HOMESTEAD", "{respondent}于{day}前办结{petitioner}的宅基地建房申请，并书面告知审批结果。"),
            Map.entry("RURAL.LAND_CONTRACT", "{respondent}于{day}前收回转包的承包地并交还{petitioner}耕种，"
                    + "转包期间的收益{amount}一并支付{petitioner}。"),
            Map.entry("URBAN.HOUSING_CERT", "{respondent}于{day}前补齐办证所需材料，为{petitioner}办理不动产权证书，"
                    + "逾期按日承担违约金。"),
            Map.entry("LEGACY.HOUSING", "{respondent}于{day}前为{petitioner}办理房改房产权证书，所需税费由{respondent}承担。"),
            Map.entry("URBAN.", "{respondent}于{day}前完成房屋渗漏及公共设施的维修，并按月支付{petitioner}过渡费至维修完成。"),
            Map.entry("COMMERCE.", "{respondent}于{day}前向{petitioner}退还预付款{amount}，双方的服务合同即行解除。"),
            Map.entry("HEALTH.MEDICAL_DISPUTE", "{respondent}于{day}前一次性赔偿{petitioner}医疗费、误工费等共计{amount}，"
                    + "双方就此次医疗纠纷再无争议。"),
            Map.entry("ENTERPRISE.", "{respondent}于{day}前补发{petitioner}身份置换金并补缴养老保险费{amount}。"),
            Map.entry("LEGAL.LITIGATION", "被执行人{respondent}于{day}前履行生效判决确定的给付义务{amount}，"
                    + "{petitioner}不再申请强制执行。"),
            Map.entry("", "{respondent}于{day}前对{petitioner}反映的问题作出处理并书面答复；{petitioner}对处理结果无异议的，"
                    + "不再就此事信访。"));
    /** A sum the letter names, to write into the terms. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d{3,})元");
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private DemoMediation() {
    }

    /**
     * The sessions of the matters {@code accepted} up to {@code lastDay}, in the proportion of the seed to
     * {@code importedMatters} (all the demo's items). Only appeals and claims are mediated (2022 art. 33,
     * {@link MediationRules#mayBeMediated}), and only where the petitioner is known (not an anonymous matter): the parties
     * are the petitioner and the body or company the matter is against, and the terms fit its category.
     *
     * @param disputes  the petitioner and content of matters, by id ({@link org.xinfang.casework.MatterFacts#disputes})
     * @param companies the demo letters' companies, one of which a letter may name as the one it is against
     */
    static List<ImportedSession> of(List<Facts> accepted, Function<List<Long>, Map<Long, Dispute>> disputes,
                                    List<String> companies, int importedMatters, Territory territory, LocalDate lastDay,
                                    ZoneId zone) {
        List<Facts> claims = accepted.stream().filter(m -> MediationRules.mayBeMediated(m.handlingType())).toList();
        double target = (double) SETTLED_PER_YEAR * importedMatters / ITEMS_PER_YEAR;
        double settledShare = claims.isEmpty() ? 0 : Math.min(1, target / claims.size());
        double failedShare = Math.min(1 - settledShare, settledShare * FAILED_SHARE);
        List<Facts> drawn = claims.stream().filter(m -> random(m).nextDouble() < settledShare + failedShare).toList();
        Map<Long, Dispute> known = disputes.apply(drawn.stream().map(Facts::matterId).toList());
        Map<String, UnitView[]> places = new HashMap<>();
        List<ImportedSession> sessions = new ArrayList<>();
        for (Facts m : drawn) {
            SplittableRandom random = random(m);
            double draw = random.nextDouble();
            Dispute dispute = known.get(m.matterId());
            UnitView[] place = places.computeIfAbsent(m.holderPath(), p -> place(territory, p));
            if (place == null || dispute == null || dispute.petitionerName() == null) {
                continue;
            }
            LocalDate held = m.receivedOn().plusDays(5 + random.nextInt(30));
            if (held.isAfter(lastDay)) {
                continue;
            }
            MediationKind kind = kind(random);
            List<String> parties = List.of(dispute.petitionerName(), respondent(m, dispute, companies, place));
            boolean settles = draw < settledShare;
            if (!settles || random.nextInt(3) == 0) {
                // an earlier session, or the only one, that did not agree
                LocalDate earlier = settles ? held.minusDays(1 + random.nextInt(4)) : held;
                sessions.add(session(m, kind, parties, place, earlier.isBefore(m.receivedOn()) ? m.receivedOn() : earlier,
                        random.nextBoolean() ? SessionOutcome.FAILED : SessionOutcome.ADJOURNED, null, zone));
            }
            if (settles) {
                sessions.add(session(m, kind, parties, place, held, SessionOutcome.AGREED, agreement(kind, parties,
                        terms(m.categoryCode(), parties, dispute, held), held, lastDay,
                        place[0].name().strip() + "人民法院", random), zone));
            }
        }
        return sessions;
    }

    /** Drawn from the matter's id, so that a seed's city is always the same. */
    private static SplittableRandom random(Facts m) {
        return new SplittableRandom(m.matterId() * 0x2545F4914F6CDD1DL + 37);
    }

    /** The terms of the category's template, the longest prefix of its code that has one. */
    static String terms(String categoryCode, List<String> parties, Dispute dispute, LocalDate held) {
        String code = categoryCode == null ? "" : categoryCode;
        String template = TERMS.entrySet().stream().filter(e -> code.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).orElseThrow().getValue();
        Matcher amount = AMOUNT.matcher(dispute.content() == null ? "" : dispute.content());
        return template.replace("{respondent}", parties.get(1)).replace("{petitioner}", parties.get(0))
                .replace("{day}", held.plusDays(30).format(CHINESE_DAY))
                .replace("{amount}", amount.find() ? amount.group(1) + "元" : "");
    }

    /**
     * Whom the matter is against: the company its letter names; for a medical dispute the county's hospital; otherwise
     * the body holding the matter, whose own decision or work it is about.
     */
    private static String respondent(Facts m, Dispute dispute, List<String> companies, UnitView[] place) {
        String content = dispute.content() == null ? "" : dispute.content();
        for (String company : companies) {
            if (content.contains(company)) {
                return company;
            }
        }
        if ("HEALTH.MEDICAL_DISPUTE".equals(m.categoryCode())) {
            return place[0].name().strip() + "人民医院";
        }
        return place[1].displayName(Locale.SIMPLIFIED_CHINESE);
    }

    private static ImportedSession session(Facts m, MediationKind kind, List<String> parties, UnitView[] place,
                                           LocalDate held, SessionOutcome outcome, ImportedAgreement agreement, ZoneId zone) {
        String notes = switch (outcome) {
            case AGREED -> "双方当事人到场，经释法明理、耐心疏导，自愿达成一致意见。";
            case FAILED -> "双方分歧较大，调解不成，已告知当事人依法通过其他途径维护权利。";
            case ADJOURNED -> "双方同意补充材料后择期再调。";
        };
        return new ImportedSession(m.matterId(), kind, parties, organization(kind, place), mediator(m.matterId()), held,
                place(kind, place), outcome, notes, DemoCityGenerator.ACTOR,
                held.atTime(LocalTime.of(16, 30)).atZone(zone).toInstant(), agreement);
    }

    /** The agreement, signed by both within a few days; one still to be signed when that falls after the last day. */
    private static ImportedAgreement agreement(MediationKind kind, List<String> parties, String terms, LocalDate held,
                                               LocalDate lastDay, String court, SplittableRandom random) {
        AgreementKind agreementKind = kind != MediationKind.JUDICIAL && random.nextInt(7) == 0 ? AgreementKind.SETTLEMENT
                : AgreementKind.MEDIATION;
        List<Signature> signatures = new ArrayList<>();
        LocalDate last = held;
        for (String party : parties) {
            LocalDate signed = held.plusDays(random.nextInt(4));
            if (!signed.isAfter(lastDay)) {
                signatures.add(new Signature(party, signed, DemoCityGenerator.ACTOR));
                last = signed.isAfter(last) ? signed : last;
            }
        }
        Confirmation confirmation = null;
        boolean inForce = signatures.size() == parties.size();
        if (inForce && MediationRules.mayBeConfirmed(agreementKind == AgreementKind.MEDIATION, kind == MediationKind.JUDICIAL)
                && random.nextInt(5) == 0) {
            LocalDate applied = last.plusDays(random.nextInt(MediationRules.CONFIRMATION_WINDOW_DAYS + 1));
            LocalDate ruled = applied.plusDays(random.nextInt(15));
            if (!ruled.isAfter(lastDay)) {
                confirmation = new Confirmation(applied, court, ruled, "（" + ruled.getYear() + "）民特" + (1 + random.nextInt(900)) + "号");
            }
        }
        return new ImportedAgreement(agreementKind, terms, held, signatures, confirmation);
    }

    /** The county (or the city, for its own bodies) and the unit holding the matter, by its path. */
    private static UnitView[] place(Territory territory, String path) {
        UnitView holder = DemoJointCases.holder(territory, path);
        if (holder == null) {
            return null;
        }
        UnitView area = territory.ancestorAt(holder, AdministrativeLevel.COUNTY).orElseGet(() -> territory.governmentOf(holder));
        return new UnitView[]{area, holder};
    }

    private static MediationKind kind(SplittableRandom random) {
        int n = random.nextInt(100);
        return n < 45 ? MediationKind.PEOPLES : n < 70 ? MediationKind.ADMINISTRATIVE : n < 90 ? MediationKind.PETITION
                : MediationKind.JUDICIAL;
    }

    private static String organization(MediationKind kind, UnitView[] place) {
        String area = place[0].name().strip();
        return switch (kind) {
            case PEOPLES -> area + "人民调解委员会";
            case ADMINISTRATIVE -> place[1].displayName(Locale.SIMPLIFIED_CHINESE);
            case JUDICIAL -> area + "人民法院";
            case PETITION -> area + "信访局";
        };
    }

    private static String place(MediationKind kind, UnitView[] place) {
        return switch (kind) {
            case PEOPLES -> "调解室";
            case ADMINISTRATIVE -> "会议室";
            case JUDICIAL -> "诉调对接中心";
            case PETITION -> "信访接待中心";
        };
    }

    private static String mediator(long matterId) {
        return MEDIATORS[(int) (matterId % MEDIATORS.length)];
    }
}
