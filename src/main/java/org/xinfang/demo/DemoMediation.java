package org.xinfang.demo;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo city's mediation (调解, "four-tone linkage"): the seed's city settled 2,583 matters a year through mediation,
 * 27,000 items a year, so the demo settles that share of its matters (drawn among the accepted ones) by an agreement in
 * force, most of them people's mediation, then administrative, petition and judicial. A third of them had an earlier
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

    private static final String[] SURNAMES = {"张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周", "向", "舒", "瞿", "米"};
    private static final String[] TERMS = {
            "被申请方于三十日内一次性支付申请方补偿款，申请方收款后不再就此事信访。",
            "双方同意按原协议标准结算工程款，余款分两期于年底前付清。",
            "村民委员会重新丈量并确认承包地界址，双方按确认后的界址耕种。",
            "用人单位为申请人补缴社会保险费，并支付拖欠工资，申请人撤回投诉。",
            "开发企业修复房屋渗漏，并按月支付过渡费至修复完成。"};

    private DemoMediation() {
    }

    /**
     * The sessions of the matters {@code accepted} up to {@code lastDay}, in the proportion of the seed to
     * {@code importedMatters} (all the demo's items).
     */
    static List<ImportedSession> of(List<Facts> accepted, int importedMatters, Territory territory, LocalDate lastDay,
                                    ZoneId zone) {
        double target = (double) SETTLED_PER_YEAR * importedMatters / ITEMS_PER_YEAR;
        double settledShare = accepted.isEmpty() ? 0 : Math.min(1, target / accepted.size());
        double failedShare = Math.min(1 - settledShare, settledShare * FAILED_SHARE);
        Map<String, UnitView[]> places = new HashMap<>();
        List<ImportedSession> sessions = new ArrayList<>();
        for (Facts m : accepted) {
            SplittableRandom random = new SplittableRandom(m.matterId() * 0x2545F4914F6CDD1DL + 37);
            double draw = random.nextDouble();
            if (draw >= settledShare + failedShare) {
                continue;
            }
            UnitView[] place = places.computeIfAbsent(m.holderPath(), p -> place(territory, p));
            if (place == null) {
                continue;
            }
            LocalDate held = m.receivedOn().plusDays(5 + random.nextInt(30));
            if (held.isAfter(lastDay)) {
                continue;
            }
            MediationKind kind = kind(random);
            List<String> parties = List.of(SURNAMES[random.nextInt(SURNAMES.length)] + "某", respondent(kind, place, random));
            boolean settles = draw < settledShare;
            if (!settles || random.nextInt(3) == 0) {
                // an earlier session, or the only one, that did not agree
                LocalDate earlier = settles ? held.minusDays(1 + random.nextInt(4)) : held;
                sessions.add(session(m, kind, parties, place, earlier.isBefore(m.receivedOn()) ? m.receivedOn() : earlier,
                        random.nextBoolean() ? SessionOutcome.FAILED : SessionOutcome.ADJOURNED, null, zone));
            }
            if (settles) {
                sessions.add(session(m, kind, parties, place, held, SessionOutcome.AGREED,
                        agreement(kind, parties, held, lastDay, place[0].name().strip() + "人民法院", random), zone));
            }
        }
        return sessions;
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
    private static ImportedAgreement agreement(MediationKind kind, List<String> parties, LocalDate held, LocalDate lastDay,
                                               String court, SplittableRandom random) {
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
        return new ImportedAgreement(agreementKind, TERMS[random.nextInt(TERMS.length)], held, signatures, confirmation);
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

    private static String respondent(MediationKind kind, UnitView[] place, SplittableRandom random) {
        if (kind == MediationKind.ADMINISTRATIVE || random.nextInt(3) == 0) {
            return place[1].displayName(Locale.SIMPLIFIED_CHINESE);
        }
        return SURNAMES[random.nextInt(SURNAMES.length)] + SURNAMES[random.nextInt(SURNAMES.length)] + "某";
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
        return SURNAMES[(int) (matterId % SURNAMES.length)] + "调解员";
    }
}
