package org.xinfang.recommendation;

import org.springframework.stereotype.Service;
import org.xinfang.casework.documents.Letter;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.recommendation.Recommendations.Prompting;
import org.xinfang.recommendation.Recommendations.Recommendation;
import org.xinfang.statute.RecommendationRules.RecommendationKind;
import org.xinfang.territory.StaffPrincipal;

import java.util.ArrayList;
import java.util.List;

import static org.xinfang.casework.documents.StatutoryDocuments.chineseDate;

/**
 * The recommendation letter (建议书): the formal document the bureau sends the receiving body under 2022 art. 40, laid
 * out as the statutory letters are. It cites the paragraph of art. 40 its kind rests on, names the matters that
 * prompted it by reference number only (a letter to a body carries no petitioner's personal data), and asks for the
 * written feedback on its adoption by the due day (art. 40 ¶4). Dated the day of issue, in the office's zone.
 */
@Service
public class RecommendationLetters {

    private static final String LAW = "《信访工作条例》";

    private final Recommendations recommendations;
    private final StatutoryDocuments documents;

    RecommendationLetters(Recommendations recommendations, StatutoryDocuments documents) {
        this.recommendations = recommendations;
        this.documents = documents;
    }

    /** The letter as a PDF, for someone who may see the recommendation, its free text as their role reads it. */
    public byte[] pdf(StaffPrincipal reader, Long id) {
        return documents.print(letter(recommendations.visible(reader, id)), reader);
    }

    /** An ASCII file name: {@code recommendation-12.pdf}. */
    public static String fileName(Recommendation r) {
        return "recommendation-" + r.id() + ".pdf";
    }

    Letter letter(Recommendation r) {
        List<String> p = new ArrayList<>();
        p.add("本机关在信访工作中发现“" + r.subject() + "”的问题，涉及下列信访事项（以登记编号列明）：");
        // each reference number on a line of its own: never broken at a line's end, never spaced out by justification
        List<String> refs = new ArrayList<>();
        int n = 1;
        for (Prompting m : r.matters()) {
            refs.add(n++ + "．" + m.referenceNo());
        }
        p.add(String.join("\n", refs));
        p.add(ground(r.kind()));
        p.add(r.content());
        p.add("根据" + LAW + "第四十条第四款的规定，对信访部门提出的建议，有关机关、单位应当书面反馈采纳情况。请你单位于"
                + chineseDate(r.dueOn()) + "前将采纳情况书面反馈本机关。");
        return new Letter(documents.unitName(r.office().id()), title(r.kind()), r.number(),
                documents.unitName(r.addressee().id()), p, "特此建议。", r.issuedOn());
    }

    static String title(RecommendationKind kind) {
        return switch (kind) {
            case IMPROVE_WORK -> "改进工作建议书";
            case IMPROVE_POLICY -> "完善政策建议书";
            case ACCOUNTABILITY -> "追究责任建议书";
        };
    }

    /** The sentence of art. 40 the kind rests on, quoting its paragraph. */
    private static String ground(RecommendationKind kind) {
        return switch (kind) {
            case IMPROVE_WORK -> "根据" + LAW + "第四十条第一款的规定，信访部门发现有关机关、单位违反信访工作规定受理、办理信访事项，"
                    + "或者办理信访事项推诿、敷衍、拖延、弄虚作假、拒不执行信访处理意见的，应当及时督办，并提出改进工作的建议。"
                    + "为此，本机关向你单位提出改进工作的建议如下：";
            case IMPROVE_POLICY -> "根据" + LAW + "第四十条第二款的规定，对工作中发现的有关政策性问题，信访部门应当及时报告，"
                    + "并提出完善政策的建议。为此，本机关提出完善政策的建议如下：";
            case ACCOUNTABILITY -> "根据" + LAW + "第四十条第三款的规定，对在信访工作中推诿、敷衍、拖延、弄虚作假造成严重后果的机关、"
                    + "单位及其工作人员，信访部门应当向有管理权限的机关、单位提出追究责任的建议。为此，本机关向你单位提出追究责任的建议如下：";
        };
    }
}
