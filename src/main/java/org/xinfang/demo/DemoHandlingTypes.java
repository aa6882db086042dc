package org.xinfang.demo;

import org.xinfang.casework.Accused;
import org.xinfang.casework.AdoptionOutcome;
import org.xinfang.casework.MatterBulkImport.Step;
import org.xinfang.casework.MatterCommand;
import org.xinfang.intake.PetitionKind;
import org.xinfang.statute.AppealRoute;
import org.xinfang.statute.CadreRank;
import org.xinfang.statute.HandlingByType;
import org.xinfang.statute.HandlingType;
import org.xinfang.territory.UnitView;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo city's types of matter (2022 arts 28–34), drawn from a random stream of each matter's own, so that adding
 * them leaves the rest of the city's draws as they were. Shares, of accepted items, after the national system's
 * published breakdowns: suggestions and opinions about 11% (every proposal, and reports of situations, 反映情况, which
 * art. 29 counts with them); accusations about 3%; litigation-related items (涉法涉诉) guided to the courts through the
 * politics-and-law department (route 1); labour disputes partly to arbitration (route 2); a few administrative-procedure
 * (route 4) and legal-duty (route 5) items; the rest appeals on route (6), the petition procedure.
 */
final class DemoHandlingTypes {

    /** Of complaints: the share that are reports of situations and opinions (建议意见类), to reach about 11% in all. */
    static final double REPORT_SHARE = 0.075;
    static final double ACCUSATION_SHARE = 0.03;
    /** Accusations are likelier where village finances and land are concerned. */
    static final double ACCUSATION_SHARE_PRONE = 0.10;
    static final double ARBITRATION_SHARE_OF_LABOUR_DISPUTES = 0.35;
    static final double ADMINISTRATIVE_SHARE = 0.015;
    static final double LEGAL_DUTY_SHARE = 0.01;
    static final double ADOPTED_SHARE = 0.35;
    static final double PARTLY_ADOPTED_SHARE = 0.30;
    static final double REWARD_SHARE_OF_ADOPTED = 0.15;

    private static final Set<String> ACCUSATION_PRONE = Set.of("RURAL.VILLAGE_AFFAIRS", "RURAL.SUBSIDY", "LAND.ACQUISITION",
            "LEGAL.LAW_ENFORCEMENT");

    private DemoHandlingTypes() {
    }

    /** A matter's type and, for an appeal, its route; {@code random} is the matter's own stream. */
    record Typing(HandlingType type, AppealRoute route, SplittableRandom random) {

        boolean guidedOut() {
            return HandlingByType.isGuidedOut(type, route);
        }

        boolean runsClock() {
            return HandlingByType.runsHandlingClock(type, route);
        }

        boolean suggestion() {
            return type == HandlingType.SUGGESTION;
        }
    }

    static Typing of(String categoryCode, PetitionKind kind, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double u = random.nextDouble();
        if (kind == PetitionKind.PROPOSAL) {
            return new Typing(HandlingType.SUGGESTION, null, random);
        }
        if ("LEGAL.LITIGATION".equals(categoryCode)) {
            return new Typing(HandlingType.APPEAL, AppealRoute.LITIGATION, random);
        }
        double accusation = ACCUSATION_PRONE.contains(categoryCode) ? ACCUSATION_SHARE_PRONE : ACCUSATION_SHARE;
        if (u < accusation) {
            return new Typing(HandlingType.ACCUSATION, null, random);
        }
        if (u < accusation + REPORT_SHARE) {
            return new Typing(HandlingType.SUGGESTION, null, random);
        }
        double v = random.nextDouble();
        if ("LABOUR.DISPUTE".equals(categoryCode) && v < ARBITRATION_SHARE_OF_LABOUR_DISPUTES) {
            return new Typing(HandlingType.APPEAL, AppealRoute.ARBITRATION, random);
        }
        if (v < ADMINISTRATIVE_SHARE) {
            return new Typing(HandlingType.APPEAL, AppealRoute.ADMINISTRATIVE, random);
        }
        if (v < ADMINISTRATIVE_SHARE + LEGAL_DUTY_SHARE) {
            return new Typing(HandlingType.APPEAL, AppealRoute.LEGAL_DUTY, random);
        }
        return new Typing(HandlingType.APPEAL, AppealRoute.PETITION, random);
    }

    /**
     * Who a demo accusation is about: mostly village cadres (not cadres in the state's sense: the place's level decides),
     * some township-section officials of the place's township (which then never sees the matter, 2022 art. 30 ¶3) and
     * general cadres of county departments; all of them managed at the county, whose discipline body takes the case.
     */
    static Accused accused(Typing t, UnitView township) {
        if (t.type() != HandlingType.ACCUSATION) {
            return null;
        }
        double draw = t.random().nextDouble();
        if (draw < 0.40) {
            return new Accused(CadreRank.NOT_A_CADRE, "村民委员会主任", null);
        }
        if (draw < 0.65) {
            return new Accused(CadreRank.NOT_A_CADRE, "村党支部书记", null);
        }
        if (draw < 0.88 && township != null) {
            return new Accused(CadreRank.TOWNSHIP_SECTION, "乡镇党委副书记", township);
        }
        return new Accused(CadreRank.GENERAL_CADRE, "县直部门工作人员", null);
    }

    /** The body a guided matter goes to, named after the government of the unit holding it ("沅陵县"). */
    static String receivingBody(Typing t, UnitView government) {
        String place = government.name();
        if (t.type() == HandlingType.ACCUSATION) {
            return "中共" + place + "纪律检查委员会、" + place + "监察委员会";
        }
        return switch (t.route()) {
            case LITIGATION -> place + "人民法院（经" + place + "委政法委）";
            case ARBITRATION -> place + "劳动人事争议仲裁委员会";
            case PARTY_APPEAL -> "中共" + place + "纪律检查委员会";
            case ADMINISTRATIVE -> place + "人民政府行政复议机构";
            case LEGAL_DUTY -> place + "公安局";
            case PETITION -> throw new IllegalArgumentException("route (6) stays in the petition procedure");
        };
    }

    static String notice(Typing t, String body) {
        if (t.type() == HandlingType.ACCUSATION) {
            return "您反映的问题属于检举控告类事项，已按照干部管理权限转送" + body + "依规依纪依法处理。";
        }
        return switch (t.route()) {
            case LITIGATION -> "您反映的问题涉及诉讼权利救济，依照诉讼与信访分离制度，已转同级政法部门，请依法向" + body.replaceAll("（.*）", "") + "提出。";
            case ARBITRATION -> "您反映的问题应当通过仲裁解决，请向" + body + "申请仲裁。";
            case PARTY_APPEAL -> "您反映的问题可以通过党员申诉解决，请向" + body + "提出申诉。";
            case ADMINISTRATIVE -> "您反映的问题可以通过行政复议解决，请依法向" + body + "申请行政复议。";
            case LEGAL_DUTY -> "您申请查处的违法行为已转" + body + "依法履行职责并答复。";
            case PETITION -> throw new IllegalArgumentException("route (6) stays in the petition procedure");
        };
    }

    static AdoptionOutcome adoption(Typing t) {
        double u = t.random().nextDouble();
        return u < ADOPTED_SHARE ? AdoptionOutcome.ADOPTED
                : u < ADOPTED_SHARE + PARTLY_ADOPTED_SHARE ? AdoptionOutcome.PARTLY_ADOPTED : AdoptionOutcome.NOT_ADOPTED;
    }

    static boolean rewarded(Typing t, AdoptionOutcome outcome) {
        return outcome == AdoptionOutcome.ADOPTED && t.random().nextDouble() < REWARD_SHARE_OF_ADOPTED;
    }

    static String adoptionReply(AdoptionOutcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "感谢您反映的情况和提出的建议。经研究论证，您的建议科学合理、切实可行，已予采纳，将组织实施。";
            case PARTLY_ADOPTED -> "感谢您反映的情况和提出的建议。经研究论证，您的建议部分采纳，其余部分暂不具备实施条件，现予说明。";
            case NOT_ADOPTED -> "感谢您反映的情况和提出的建议。经研究论证，您的建议暂不具备实施条件，未予采纳，现将有关情况向您说明。";
        };
    }

    static final String REWARD_REASON = "建议被采纳，对改进工作有贡献，按照有关规定给予奖励。";

    /**
     * Rewrites the steps the generator plans after acceptance, for the petition procedure, into the path of the
     * matter's type: a matter guided out (an accusation, routes (1)–(5)) takes the guidance at the moment of its first
     * step and no other; a suggestion takes no extension and no draft, its reply instead of the opinion's sign-off (and, when adopted, now and
     * then the reward mark ten minutes later), and no review; a route (6) appeal keeps its steps.
     */
    static final class Rewriter {
        private final Typing typing;
        private final UnitView government;
        private boolean ended;

        Rewriter(Typing typing, UnitView government) {
            this.typing = typing;
            this.government = government;
        }

        List<Step> rewrite(Step step) {
            if (ended) {
                return List.of();
            }
            if (typing.guidedOut()) {
                ended = true;
                String body = receivingBody(typing, government);
                return List.of(new Step(step.at(), step.actor(), new MatterCommand.Guidance(null, null, body,
                        notice(typing, body))));
            }
            if (!typing.suggestion()) {
                return List.of(step);
            }
            MatterCommand c = step.command();
            if (c instanceof MatterCommand.ExtensionRequest || c instanceof MatterCommand.ExtensionRequestDecision
                    || c instanceof MatterCommand.DraftOpinion) {
                return List.of();
            }
            if (c instanceof MatterCommand.OpinionSignOff) {
                AdoptionOutcome outcome = adoption(typing);
                Step reply = new Step(step.at(), step.actor(), new MatterCommand.Adoption(null, outcome,
                        adoptionReply(outcome)));
                return rewarded(typing, outcome)
                        ? List.of(reply, new Step(step.at().plusSeconds(600), step.actor(),
                        new MatterCommand.Reward(null, REWARD_REASON)))
                        : List.of(reply);
            }
            if (c instanceof MatterCommand.ReviewRequest) {
                ended = true;
                return List.of();
            }
            return List.of(step);
        }
    }
}
