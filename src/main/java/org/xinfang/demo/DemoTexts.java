package org.xinfang.demo;

import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.Satisfaction;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The Chinese wording of the steps of a demo matter: notices, reasons, opinions and comments. */
final class DemoTexts {

    static final List<String> EXTENSION_REASONS = List.of(
            "案情复杂，涉及多个部门，需进一步调查核实",
            "需委托第三方机构测绘评估，无法在规定期限内办结",
            "涉及历史遗留问题，需调阅原始档案",
            "需等待相关鉴定结论",
            "需召开联席会议研究处理意见");

    static final List<String> REVIEW_REASONS = List.of(
            "对处理意见不服，申请复查",
            "认为原处理意见认定事实不清，申请复查",
            "补偿标准偏低，对处理意见不服");

    static final List<String> RE_REVIEW_REASONS = List.of(
            "对复查意见不服，申请复核",
            "认为复查意见适用政策错误，申请复核");

    static final String HEARING_REASON = "案情复杂，组织听证";
    static final String CLOSE_REASON = "答复意见已送达信访人，予以办结";

    private DemoTexts() {
    }

    /** A unit as the texts name a body: a government as its people's government (交沅陵县人民政府办理). */
    private static String body(UnitView unit) {
        return unit.displayName(Locale.SIMPLIFIED_CHINESE);
    }

    static String routeReason(RoutingKind kind, UnitView to) {
        return kind == RoutingKind.ASSIGNMENT
                ? "按照属地管理、分级负责原则，交" + body(to) + "办理并报送结果"
                : "属" + body(to) + "职责范围，转送其依法处理";
    }

    static String acceptanceNotice(UnitView lead) {
        return "您反映的问题已由" + body(lead) + "受理，将在六十日内办结并书面答复。";
    }

    static String transferReason(UnitView to) {
        return "经核实，该事项属于" + body(to) + "职责范围，转其办理";
    }

    static String transferNotice(UnitView to) {
        return "您反映的事项已转" + body(to) + "办理，请留意其答复。";
    }

    static String notAcceptedReason(ProperChannel channel) {
        return switch (channel) {
            case ARBITRATION -> "所反映事项属于劳动人事争议，应当依法申请仲裁";
            case PEOPLES_COURT -> "所反映事项已进入司法程序，属于人民法院职权范围";
            case ADMINISTRATIVE_RECONSIDERATION -> "所反映事项属于具体行政行为争议，可以依法申请行政复议";
            case ALREADY_FINAL -> "该信访事项已经复核终结，信访人以同一事实和理由再次提出，依法不再受理";
            default -> "所反映事项属于民事纠纷，应当通过诉讼途径解决";
        };
    }

    static String notAcceptedNotice(ProperChannel channel) {
        return switch (channel) {
            case ARBITRATION -> "您反映的事项不属于信访受理范围，请向劳动人事争议仲裁委员会申请仲裁。";
            case PEOPLES_COURT -> "您反映的事项不属于信访受理范围，请向人民法院反映。";
            case ADMINISTRATIVE_RECONSIDERATION -> "您反映的事项不属于信访受理范围，请在法定期限内依法申请行政复议。";
            case ALREADY_FINAL -> "您反映的事项已经复核终结，依法不再受理。";
            default -> "您反映的事项不属于信访受理范围，请依法向人民法院提起诉讼。";
        };
    }

    static String opinion(OpinionOutcome outcome, String category, boolean proposal) {
        if (proposal) {
            return outcome == OpinionOutcome.SUPPORTED
                    ? "感谢您提出的宝贵建议。经研究，您的建议已被采纳，将纳入年度工作计划组织实施。"
                    : "感谢您提出的宝贵建议。有关部门已认真研究，将在下一步工作中统筹考虑，现将有关情况向您说明。";
        }
        return switch (outcome) {
            case SUPPORTED -> "经调查核实，您反映的" + category + "问题基本属实。我单位已督促责任单位整改到位，您的诉求予以支持。";
            case PARTIALLY_SUPPORTED -> "经调查核实，您反映的" + category + "问题部分属实。对合理诉求予以支持，其余诉求缺乏政策依据，不予支持。";
            case NOT_SUPPORTED -> "经调查核实，您反映的" + category + "问题与事实不符，相关处理符合法律政策规定，您的诉求不予支持。";
            case EXPLAINED -> "经研究，现将" + category + "方面的有关政策规定和下一步工作安排向您解释说明，请予理解。";
        };
    }

    static String evaluationComment(Satisfaction rating) {
        return switch (rating) {
            case SATISFIED -> "处理及时，态度很好";
            case BASICALLY_SATISFIED -> "问题基本解决";
            case DISSATISFIED -> "问题没有得到实质解决";
        };
    }

    static String reviewOpinion(ReviewOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> "经复查，原处理意见认定事实清楚，适用政策正确，予以维持。";
            case REVISED -> "经复查，原处理意见部分不当，予以变更。";
            case REVOKED -> "经复查，原处理意见认定事实不清，予以撤销，责成原办理机关重新办理。";
        };
    }

    static String reReviewOpinion(ReviewOutcome outcome) {
        return switch (outcome) {
            case UPHELD -> "经复核，复查意见认定事实清楚，程序合法，予以维持。本信访事项终结。";
            case REVISED -> "经复核，复查意见部分不当，予以变更。本信访事项终结。";
            case REVOKED -> "经复核，复查意见认定事实不清，予以撤销。本信访事项终结。";
        };
    }

    static String repeatTitle(String firstTitle) {
        String title = "再次反映：" + firstTitle;
        return title.length() <= 200 ? title : title.substring(0, 200);
    }

    static String repeatContent(LocalDate firstReceived, boolean group, String firstContent) {
        return (group ? "我们" : "本人") + "曾于" + firstReceived.getYear() + "年" + firstReceived.getMonthValue() + "月"
                + firstReceived.getDayOfMonth() + "日反映此事，至今未得到解决，现再次反映。" + firstContent;
    }

    /** The petitioner's reason for their rating of the petition office's work. */
    static String officeEvaluationComment(Satisfaction rating) {
        return switch (rating) {
            case SATISFIED -> "信访局登记转送及时，跟踪督办到位";
            case BASICALLY_SATISFIED -> "信访局接待热情，转办还算及时";
            case DISSATISFIED -> "信访局只转不督，事项拖了很久没人过问";
        };
    }

    static final String CLOSURE_VERIFIED_NOTE = "经审核，处理意见已送达，事项办结。";
}
