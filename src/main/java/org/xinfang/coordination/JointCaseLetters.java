package org.xinfang.coordination;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xinfang.casework.documents.Letter;
import org.xinfang.casework.documents.MatterParticulars;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.xinfang.casework.documents.StatutoryDocuments.chineseDate;

/**
 * The joint conference office's three documents on a joint case, laid out as the statutory letters are: the transfer
 * letter (转送函) to the units on the form, the case summary (信访事项摘要) and the responsibility apportionment form
 * (责任分解表). They cite 2022 art. 13 ¶1 (the conference coordinates its area's important petition problems) and art.
 * 24 ¶1 (a matter of several bodies). Issued by the office of the government whose petition bureau opened the case.
 */
@Service
public class JointCaseLetters {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String GROUND = "根据《信访工作条例》第十三条第一款和第二十四条第一款的规定";

    private final JointCases cases;
    private final StatutoryDocuments documents;
    private final Territory territory;
    private final MessageSource messages;

    JointCaseLetters(JointCases cases, StatutoryDocuments documents, Territory territory, MessageSource messages) {
        this.cases = cases;
        this.documents = documents;
        this.territory = territory;
        this.messages = messages;
    }

    /** The document as a PDF, for someone who may see the case, its free text as they may read it. */
    public byte[] pdf(StaffPrincipal reader, Long caseId, JointDocument kind) {
        JointCase c = cases.visibleCase(reader, caseId);
        MatterParticulars m = documents.particulars(c.matter().matterId(), reader);
        Letter letter = switch (kind) {
            case TRANSFER_LETTER -> transferLetter(c, m);
            case CASE_SUMMARY -> summary(c, m);
            case APPORTIONMENT_FORM -> apportionmentForm(c, m);
        };
        return documents.print(letter, reader);
    }

    /** 信访工作联席会议办公室 of the office's government: 沅陵县信访工作联席会议办公室. */
    String issuer(JointCase c) {
        return territory.governmentOf(territory.require(c.officeUnitId())).name() + "信访工作联席会议办公室";
    }

    private Letter transferLetter(JointCase c, MatterParticulars m) {
        List<String> p = new ArrayList<>();
        p.add("现将信访人" + m.petitionerLines().get(0).replace("信访人：", "") + "于" + chineseDate(m.receivedOn()) + "提出的“"
                + m.title() + "”信访事项转送你们联合办理。");
        List<String> facts = new ArrayList<>();
        facts.add("登记编号：" + m.referenceNo());
        facts.addAll(m.petitionerLines().subList(1, m.petitionerLines().size()));
        p.add(String.join("\n", facts));
        p.add("主要内容：" + m.content());
        p.add("该事项涉及多个机关、单位，" + GROUND + "，由本级信访工作联席会议协调处理。请各责任单位按照《责任分解表》明确的职责和时限同步办理，"
                + "于时限届满前向本办书面报告落实情况；信访部门负责跟踪督办。");
        p.add("附件：1．信访事项摘要（" + JointDocument.CASE_SUMMARY.number(c) + "）\n2．责任分解表（"
                + JointDocument.APPORTIONMENT_FORM.number(c) + "）");
        return new Letter(issuer(c), JointDocument.TRANSFER_LETTER.title(), JointDocument.TRANSFER_LETTER.number(c),
                String.join("、", units(c)), p, "特此函告。", c.openedOn());
    }

    private Letter summary(JointCase c, MatterParticulars m) {
        List<String> p = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        facts.add("登记编号：" + m.referenceNo());
        facts.add("登记日期：" + chineseDate(m.receivedOn()));
        facts.addAll(m.petitionerLines());
        facts.add("当前状态：" + messages.getMessage("enum.MatterState." + c.matter().state(), null, CHINESE));
        p.add(String.join("\n", facts));
        p.add("信访事项：" + m.title());
        p.add("主要内容：" + m.content());
        p.add("案情摘要：" + c.summary());
        p.add("联合办理：本办于" + chineseDate(c.openedOn()) + "启动联合办理，由" + String.join("、", units(c)) + "按照《责任分解表》（"
                + JointDocument.APPORTIONMENT_FORM.number(c) + "）同步办理。");
        return new Letter(issuer(c), JointDocument.CASE_SUMMARY.title(), JointDocument.CASE_SUMMARY.number(c), null, p,
                "", c.openedOn(), List.of(), true, List.of());
    }

    private Letter apportionmentForm(JointCase c, MatterParticulars m) {
        List<String> p = new ArrayList<>();
        p.add(GROUND + "，现将“" + m.title() + "”信访事项（登记编号" + m.referenceNo()
                + "）的办理责任分解如下。各责任单位按时限落实，并向本办报告落实情况。");
        List<Letter.Table> tables = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (JointCase.Duty d : c.duties()) {
            rows.add(List.of(String.valueOf(n++), documents.unitName(d.unitId()), label("joint.role." + d.role()),
                    d.duty(), chineseDate(d.dueOn()), d.done() ? "已于" + chineseDate(d.doneOn()) + "落实" : "办理中"));
        }
        tables.add(new Letter.Table("一、责任单位", List.of("序号", "责任单位", "职责", "具体任务", "完成时限", "落实情况"),
                new float[]{0.6f, 2.4f, 1.3f, 3.2f, 1.7f, 1.6f}, rows));
        if (!c.parties().isEmpty()) {
            List<List<String>> parties = new ArrayList<>();
            int k = 1;
            for (JointCase.BundledParty b : c.parties()) {
                parties.add(List.of(String.valueOf(k++), label("joint.party." + b.kind()), b.name(), b.duty(),
                        b.progress() == null ? "" : b.progress()));
            }
            tables.add(new Letter.Table("二、捆绑帮扶责任主体", List.of("序号", "责任主体", "姓名或单位", "职责", "进展"),
                    new float[]{0.6f, 1.3f, 2.0f, 3.4f, 3.1f}, parties));
        }
        p.add("信访部门对落实情况跟踪督办；逾期未落实的，依照《信访工作条例》第四十条第一款的规定督办，并提出改进工作的建议。");
        return new Letter(issuer(c), JointDocument.APPORTIONMENT_FORM.title(), JointDocument.APPORTIONMENT_FORM.number(c), null,
                p, "", c.openedOn(), List.of(), true, tables);
    }

    /** The units on the form, each named once, in the form's order. */
    private List<String> units(JointCase c) {
        return c.duties().stream().map(d -> documents.unitName(d.unitId())).distinct().toList();
    }

    private String label(String key) {
        return messages.getMessage(key, null, CHINESE);
    }
}
