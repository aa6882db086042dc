package org.xinfang.prevention;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xinfang.casework.documents.Letter;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.statute.RiskRules;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.xinfang.casework.documents.StatutoryDocuments.chineseDate;

/**
 * The social stability risk assessment report (社会稳定风险评估报告) of a project or decision, laid out as the statutory
 * letters are, in Chinese: what was assessed, the risk points by level, the overall level, the measures and the
 * conclusion; then the tracking since (the matters arising from it and the level they raised it to, with the reason).
 * Issued in the name of the government whose project or decision it is, dated the day of the assessment.
 */
@Service
public class RiskAssessmentReport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final RiskAssessments assessments;
    private final StatutoryDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    RiskAssessmentReport(RiskAssessments assessments, StatutoryDocuments documents, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report as a PDF, for someone who may see the assessment. */
    public byte[] pdf(StaffPrincipal reader, Long id) {
        return documents.print(letter(assessments.visible(reader, id)), reader);
    }

    /** An ASCII file name: {@code SR431222-2026-0007-risk-assessment.pdf}. */
    public static String fileName(RiskAssessments.Assessment a) {
        return a.referenceNo().replaceAll("[^A-Za-z0-9._-]", "_") + "-risk-assessment.pdf";
    }

    Letter letter(RiskAssessments.Assessment a) {
        List<String> p = new ArrayList<>();
        p.add("根据《信访工作条例》第五条第（五）项、第十条的规定，坚持源头治理化解矛盾，对" + label("enum.AssessmentKind." + a.kind())
                + "“" + a.title() + "”（责任单位：" + a.sponsor() + "）进行社会稳定风险评估，于" + chineseDate(a.assessedOn())
                + "完成评估，共查找风险点" + a.points().size() + "个（见附表一）。现将评估情况报告如下。");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < a.points().size(); i++) {
            RiskAssessments.Point point = a.points().get(i);
            rows.add(List.of(String.valueOf(i + 1), point.description(), level(point.level())));
        }
        List<Letter.Table> tables = new ArrayList<>();
        tables.add(new Letter.Table("附表一：风险点", List.of("序号", "风险点", "风险等级"), new float[]{0.6f, 7.4f, 1.4f}, rows));
        p.add("一、综合风险等级：" + level(a.assessedLevel()) + "。");
        p.add("二、防范化解措施：" + a.measures());
        p.add("三、评估结论：" + label("enum.AssessmentConclusion." + a.conclusion()) + "。");
        p.add(tracking(a));
        if (!a.matters().isEmpty()) {
            List<List<String>> linked = new ArrayList<>();
            int n = 1;
            for (RiskAssessments.LinkedMatter m : a.matters()) {
                linked.add(List.of(String.valueOf(n++), m.referenceNo(), chineseDate(m.receivedOn()), m.collective() ? "是" : "否"));
            }
            tables.add(new Letter.Table("附表二：关联信访事项", List.of("序号", "登记编号", "收到日期", "集体访"),
                    new float[]{0.6f, 4.4f, 2.6f, 1.4f}, linked));
        }
        p.add("信访部门对该" + label("enum.AssessmentKind." + a.kind()) + "实行全过程跟踪，关联信访事项达到规定情形的，依照《信访工作条例》第二十五条第一款的规定及时报告并采取措施。");
        return new Letter(documents.unitName(a.unit().id()), "社会稳定风险评估报告", a.referenceNo(), null, p, "",
                a.assessedOn(), List.of(), true, tables);
    }

    /** 四、跟踪情况: the level today and why it was raised, as the assessment page shows it. */
    private String tracking(RiskAssessments.Assessment a) {
        RiskRules.CurrentLevel c = a.current();
        StringBuilder s = new StringBuilder("四、跟踪情况：截至" + chineseDate(LocalDate.now(clock)) + "，关联信访事项"
                + a.matters().size() + "件" + (a.matters().isEmpty() ? "" : "（见附表二）"));
        if (c.raises().isEmpty()) {
            s.append("，风险等级维持").append(level(a.assessedLevel())).append("。");
            return s.toString();
        }
        List<String> why = new ArrayList<>();
        for (RiskRules.Raise r : c.raises()) {
            why.add(messages.getMessage("prevention.raise." + r, new Object[]{c.mattersInWindow(), RiskRules.WINDOW_DAYS,
                    RiskRules.MATTERS_IN_WINDOW, c.collectiveVisits()}, CHINESE));
        }
        s.append("；").append(String.join("；", why)).append("，风险等级由").append(level(a.assessedLevel())).append("调整为")
                .append(level(c.level())).append("。");
        return s.toString();
    }

    private String level(org.xinfang.statute.RiskLevel level) {
        return label("enum.RiskLevel." + level);
    }

    private String label(String key) {
        return messages.getMessage(key, null, CHINESE);
    }
}
