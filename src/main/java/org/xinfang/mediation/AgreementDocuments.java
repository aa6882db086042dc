package org.xinfang.mediation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.xinfang.casework.documents.Letter;
import org.xinfang.casework.documents.MatterParticulars;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.mediation.MediationSession.Agreement;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.xinfang.casework.documents.StatutoryDocuments.chineseDate;

/**
 * The agreement of a session as PDF, laid out as the statutory letters are: a mediation agreement (调解协议书) or a
 * settlement agreement (和解协议书) (2022 art. 33), with the parties, the dispute, the terms, the table of the parties'
 * signatures as recorded (who signed, on what day), the day it took effect and its judicial confirmation. Issued in the
 * name of the mediating body.
 */
@Service
public class AgreementDocuments {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Mediations mediations;
    private final StatutoryDocuments documents;
    private final MessageSource messages;

    AgreementDocuments(Mediations mediations, StatutoryDocuments documents, MessageSource messages) {
        this.mediations = mediations;
        this.documents = documents;
        this.messages = messages;
    }

    /** The agreement of session {@code sessionId} as PDF, for someone who may see it, its free text as they may read it. */
    public byte[] pdf(StaffPrincipal reader, Long sessionId) {
        MediationSession s = mediations.visibleSession(reader, sessionId);
        if (!s.hasAgreement()) {
            throw Refusal.notFound("mediation.agreement.none", String.valueOf(sessionId));
        }
        return documents.print(letter(s, documents.particulars(s.matter().matterId(), reader)), reader);
    }

    /** The file name: the matter's number and the agreement's, in ASCII. */
    public static String fileName(MediationSession s) {
        return (s.matter().referenceNo() + "-agreement-" + s.agreement().id()).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /** The agreement's number: 调协〔2026〕12号 or 和协〔2026〕12号, by its kind, the year it was drawn up and its id. */
    static String number(Agreement a) {
        return (a.kind() == AgreementKind.MEDIATION ? "调协" : "和协") + "〔" + a.madeOn().getYear() + "〕" + a.id() + "号";
    }

    private Letter letter(MediationSession s, MatterParticulars m) {
        Agreement a = s.agreement();
        List<String> p = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        int n = 1;
        for (String party : s.parties()) {
            facts.add("当事人" + chineseOrdinal(n++) + "：" + party);
        }
        facts.add("调解形式：" + messages.getMessage("enum.MediationKind." + s.kind(), null, CHINESE));
        facts.add("调解组织：" + s.organization() + "　调解员：" + s.mediator());
        facts.add("调解时间：" + chineseDate(s.heldOn()) + "　调解地点：" + s.place());
        facts.add("信访事项：" + m.title() + "（登记编号" + m.referenceNo() + "）");
        p.add(String.join("\n", facts));
        p.add("纠纷的主要事实和争议事项：" + m.content());
        p.add((a.kind() == AgreementKind.MEDIATION ? "经调解，" : "经各方当事人自愿协商，") + "依照《信访工作条例》第三十三条"
                + (a.kind() == AgreementKind.MEDIATION ? "和《中华人民共和国人民调解法》第二十八条、第二十九条" : "")
                + "的规定，各方当事人自愿达成如下协议：\n" + a.terms());
        p.add("本协议自各方当事人签名之日起生效，当事人各执一份，" + s.organization() + "留存一份。"
                + (a.effective() ? "本协议已于" + chineseDate(a.effectiveOn()) + "生效。" : "尚有当事人未签名，本协议尚未生效。"));
        if (a.confirmed()) {
            var c = a.confirmation();
            p.add("司法确认：各方当事人于" + chineseDate(c.appliedOn()) + "共同向" + c.court() + "申请司法确认，" + c.court() + "于"
                    + chineseDate(c.confirmedOn()) + "作出民事裁定（" + c.rulingNo() + "），确认本协议有效。一方当事人拒绝履行或者未全部"
                    + "履行的，对方当事人可以向人民法院申请强制执行（《中华人民共和国人民调解法》第三十三条）。");
        } else if (a.kind() == AgreementKind.MEDIATION && s.kind() != MediationKind.JUDICIAL) {
            p.add("各方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。");
        }
        List<List<String>> rows = new ArrayList<>();
        int k = 1;
        for (String party : s.parties()) {
            var signed = a.signatures().stream().filter(x -> x.party().equals(party)).findFirst();
            rows.add(List.of(String.valueOf(k++), party, signed.map(x -> "已签名").orElse("未签名"),
                    signed.map(x -> chineseDate(x.signedOn())).orElse("")));
        }
        Letter.Table signatures = new Letter.Table("当事人签名", List.of("序号", "当事人", "签名", "签名日期"),
                new float[]{0.6f, 4.0f, 1.6f, 2.4f}, rows);
        p.add("调解员：" + s.mediator());
        return new Letter(s.organization(), a.kind().title(), number(a), null, p, "", a.madeOn(), List.of(), true,
                List.of(signatures));
    }

    private static String chineseOrdinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : n < 20 ? "十" + digits[n - 10] : "二十";
    }
}
