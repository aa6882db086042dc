package org.xinfang.casework.documents;

import org.xinfang.casework.ContactDetails;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.QueryCode;
import org.xinfang.casework.RoutingRecord;
import org.xinfang.casework.RoutingKind;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.casework.internal.MatterEvents;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.statute.HandlingByType;
import org.xinfang.statute.Statute;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.xinfang.casework.documents.StatutoryDocuments.accordingTo;
import static org.xinfang.casework.documents.StatutoryDocuments.addText;
import static org.xinfang.casework.documents.StatutoryDocuments.received;
import static org.xinfang.casework.documents.StatutoryDocuments.sentence;
import static org.xinfang.casework.documents.StatutoryDocuments.you;

/**
 * The documents of the steps around the answers (issue 11, item 4), citing the 2022 Regulations on Letters and Visits
 * Work: the extension notice (延期办理告知书, art. 34), the transfer letter and the assignment letter to the body in
 * charge (转送函, 交办单: art. 22 ¶1, art. 23 ¶3), the receipt handed to a visitor at the window (来访登记回执: art. 21
 * ¶2, 22 ¶1, 34), the record of the interview the visitor signs (接谈记录: art. 19 ¶1) and the supervision notice to
 * the body holding the matter (督办单: art. 40 ¶1, ¶4). Dates and people come from the matter and its timeline: the
 * day the extension was approved, who routed and who supervised, each on the office's calendar.
 */
final class ProcedureLetters {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H时mm分");

    private final StatutoryDocuments letters;
    private final Petitioners petitioners;
    private final MatterEvents events;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final StaffDirectory staff;

    ProcedureLetters(StatutoryDocuments letters, Territory territory, Petitioners petitioners, MatterEvents events,
                     WorkingDays workingDays, Clock clock, StaffDirectory staff) {
        this.letters = letters;
        this.petitioners = petitioners;
        this.events = events;
        this.workingDays = workingDays;
        this.clock = clock;
        this.staff = staff;
    }

    /** 延期办理告知书 (2022 art. 34): days, reason, the new deadline and the head who approved it. */
    Letter extensionNotice(Matter m) {
        String you = you(m);
        Optional<MatterEvent> extended = last(m, MatterEventType.EXTENDED);
        LocalDate on = extended.map(e -> day(e.occurredAt())).orElse(LocalDate.now(clock));
        // the head who approved it, of this body or of the government above it (a leader of the county, say)
        Long approverUnit = extended.map(MatterEvent::actorUnitId).orElse(m.leadUnitId());
        String body = approverUnit == null || approverUnit.equals(m.leadUnitId()) ? "本机关" : letters.unitName(approverUnit);
        String head = body + "负责人" + Optional.ofNullable(m.extensionApprovedBy()).flatMap(staff::displayName).orElse("");
        List<String> p = new ArrayList<>();
        p.add(received(m) + (m.decidedOn() == null ? "" : "，本机关已于" + LetterPdf.chineseDate(m.decidedOn()) + "依法受理")
                + "。因该信访事项情况复杂，不能在规定期限内办结。");
        String reason = sentence(m.extensionReason());
        if (!reason.isEmpty()) {
            p.add("延期理由：" + reason);
        }
        p.add(accordingTo("第三十四条") + "经" + head + "批准，该信访事项的办理期限延长" + m.extensionDays() + "日，延长后的办理期限至"
                + LetterPdf.chineseDate(m.handlingDueOn()) + "。延长期限不超过30日，本机关将在延长后的期限内办结，并以书面形式答复"
                + you + "。");
        return letters.letter(m, StatutoryDocument.EXTENSION_NOTICE, letters.unitName(m.leadUnitId()), p, on);
    }

    /**
     * 转送函 or 交办单 to the body in charge (2022 art. 22 ¶1, art. 23 ¶3): the matter, what the body must do and by
     * when: tell the petitioner in writing within 15 days, or object within 5 working days; an assigned matter's
     * result is reported back with a closing report (art. 22 ¶1 item 3).
     */
    Letter routingLetter(Matter m, StatutoryDocument kind, boolean personalData) {
        RoutingKind wanted = kind == StatutoryDocument.ASSIGNMENT_LETTER ? RoutingKind.ASSIGNMENT : RoutingKind.TRANSFER;
        Optional<RoutingRecord> routing = RoutingRecord.history(timeline(m)).stream()
                .filter(r -> r.kind() == wanted && r.event() != MatterEventType.TRANSFERRED).reduce((a, b) -> b);
        LocalDate on = routing.map(r -> r.on(clock.getZone())).orElse(m.routedOn());
        Long from = routing.map(RoutingRecord::fromUnitId).orElse(m.routedFromUnitId());
        Long to = routing.map(RoutingRecord::toUnitId).orElse(m.acceptingUnitId() != null ? m.acceptingUnitId() : m.responsibleUnitId());
        boolean assigned = wanted == RoutingKind.ASSIGNMENT;
        String verb = assigned ? "交办" : "转送";
        List<String> p = new ArrayList<>();
        p.add("现将信访人" + letters.addressee(m) + "于" + LetterPdf.chineseDate(m.receivedOn()) + "提出的“" + m.title().strip()
                + "”信访事项" + verb + "你单位" + (assigned ? "办理" : "依规依法处理") + "。");
        List<String> facts = new ArrayList<>();
        facts.add("登记编号：" + m.referenceNo());
        List<String> person = fields(m, personalData, false);
        // name and phone on one line, the address on the next
        facts.add(person.stream().filter(l -> !l.startsWith("住址")).reduce((x, y) -> x + "　" + y).orElse(""));
        person.stream().filter(l -> l.startsWith("住址")).forEach(facts::add);
        p.add(String.join("\n", facts));
        p.add("主要内容：" + m.content().strip());
        p.add(accordingTo(assigned ? "第二十二条第一款第三项和第二十三条第三款" : "第二十二条第一款和第二十三条第三款")
                + (assigned ? "" : "该事项按照“属地管理、分级负责，谁主管、谁负责”的原则转送你单位。")
                + "属于你单位职权范围的，请自收到之日起15日内，即" + LetterPdf.chineseDate(Statute.acceptanceDecisionDue(on))
                + "前，书面告知信访人接收情况以及处理途径和程序；不属于的，请自收到之日起5个工作日内，即"
                + LetterPdf.chineseDate(Statute.objectionDeadline(on, workingDays)) + "前，向本机关提出异议并详细说明理由。"
                + (assigned ? "受理后请在指定办理期限内，即自受理之日起60日内办结，反馈结果并提交办结报告。" : ""));
        // whom the body asks about it: the person who passed it on
        routing.map(RoutingRecord::actor).flatMap(staff::displayName)
                .ifPresent(name -> p.add("联系人：" + name + "（" + letters.unitName(from) + "）"));
        return new Letter(letters.unitName(from), kind.title(), kind.number(m), letters.unitName(to), p, kind.closing(), on);
    }

    /**
     * 来访登记回执, handed over at the window: the reference number, the query code (printed for a registrar only, see
     * {@link StatutoryDocuments#pdf(Matter, StatutoryDocument, org.xinfang.territory.StaffPrincipal)}), the day, what
     * happens next and its time limits (2022 art. 22 ¶1, art. 23 ¶3, art. 34, art. 21 ¶2).
     */
    Letter visitReceipt(Matter m) {
        String you = you(m);
        List<String> p = new ArrayList<>();
        p.add(you + "于" + LetterPdf.chineseDate(m.receivedOn()) + "来访反映的“" + m.title().strip() + "”信访事项，本机关已予登记。");
        p.add("登记编号：" + m.referenceNo() + (m.queryCode() == null ? "" : "\n查询码：" + QueryCode.display(m.queryCode())));
        p.add(accordingTo("第二十二条第一款、第二十三条第三款和第三十四条") + "本机关将于"
                + LetterPdf.chineseDate(Statute.routingDue(m.receivedOn())) + "前区分情况，转送、交办有权处理的机关、单位或者依法处理；"
                + "有权处理的机关、单位应当自收到之日起15日内书面告知" + you + "接收情况以及处理途径和程序；受理的事项一般应当自受理之日起"
                + "60日内办结，情况复杂的，延长期限不得超过30日。");
        if (m.queryCode() != null) {
            p.add(accordingTo("第二十一条第二款") + you + "可以凭查询码和登记的手机号码后四位，在网上信访平台查询、评价办理情况。");
        }
        return letters.letter(m, StatutoryDocument.VISIT_RECEIPT, letters.unitName(m.receivingUnitId()), p, m.receivedOn());
    }

    /**
     * 接谈记录: what the visitor said, recorded truthfully (2022 art. 19 ¶1), with lines for the visitor and the staff
     * member who received them to sign. Not sealed: it is the file's record, not a letter.
     */
    Letter interviewRecord(Matter m, boolean personalData) {
        String receiver = staff.displayName(m.registeredBy()).orElse("");
        String unit = letters.unitName(m.receivingUnitId());
        List<String> p = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add("接谈时间：" + LetterPdf.chineseDate(m.receivedOn())
                + (m.registeredAt() == null || !day(m.registeredAt()).equals(m.receivedOn()) ? ""
                : TIME.format(m.registeredAt().atZone(clock.getZone()))));
        head.add("接谈地点：" + unit + "来访接待场所");
        head.add("接谈人员：" + receiver);
        head.add("登记编号：" + m.referenceNo());
        head.addAll(fields(m, personalData, true));
        head.add("来访人数：" + m.persons() + "人");
        head.add("反映事项：" + m.title().strip());
        p.add(String.join("\n", head));
        p.add("信访人陈述的请求、事实和理由：\n" + m.content().strip());
        p.add(accordingTo("第十九条第一款") + "对信访人采用口头形式提出的信访事项，本机关已如实记录，并将于"
                + LetterPdf.chineseDate(Statute.routingDue(m.receivedOn())) + "前依照第二十二条第一款的规定区分情况处理。");
        List<String> signatures = List.of(
                "信访人（签名）：＿＿＿＿＿＿＿＿　　　年　　月　　日",
                "接谈人员（签名）：＿＿＿＿＿＿＿＿　　　年　　月　　日");
        StatutoryDocument kind = StatutoryDocument.INTERVIEW_RECORD;
        return new Letter(unit, kind.title(), kind.number(m), null, p, kind.closing(), m.receivedOn(), signatures, false);
    }

    /**
     * 督办单 to the body holding the matter (2022 art. 40 ¶1): the matter, the reason for supervision, the how-many-th
     * notice, and the day by which the body answers in writing (art. 40 ¶4; the period is
     * {@link Statute#SUPERVISION_ANSWER_DAYS} days).
     */
    Letter supervisionNotice(Matter m) {
        Optional<MatterEvent> issued = last(m, MatterEventType.SUPERVISION_NOTICE_ISSUED);
        Long supervisor = issued.map(MatterEvent::actorUnitId).orElse(m.receivingUnitId());
        List<String> p = new ArrayList<>();
        p.add("信访人" + letters.addressee(m) + "于" + LetterPdf.chineseDate(m.receivedOn()) + "提出的“" + m.title().strip()
                + "”信访事项"
                + (m.routedOn() == null ? "" : "，已于" + LetterPdf.chineseDate(m.routedOn())
                + (m.routingKind() == RoutingKind.ASSIGNMENT ? "交办" : "转送") + "你单位")
                + "。" + currentLimit(m));
        p.add("登记编号：" + m.referenceNo());
        String reason = issued.map(MatterEvent::reason).map(StatutoryDocuments::sentence).orElse("");
        p.add(accordingTo("第四十条第一款") + "本机关对该信访事项予以督办" + (m.supervisionCount() > 1 ? "（第" + m.supervisionCount() + "次督办）" : "")
                + "。" + (reason.isEmpty() ? "" : "督办事由：" + reason));
        p.add(accordingTo("第四十条第四款") + "请你单位接到本督办单后认真办理，查明事实、及时妥善处理，并于"
                + LetterPdf.chineseDate(m.supervisionAnswerDueOn()) + "前将办理情况和对督办建议的采纳情况书面反馈本机关。");
        issued.map(MatterEvent::actor).flatMap(staff::displayName)
                .ifPresent(name -> p.add("联系人：" + name + "（" + letters.unitName(supervisor) + "）"));
        StatutoryDocument kind = StatutoryDocument.SUPERVISION_NOTICE;
        return new Letter(letters.unitName(supervisor), kind.title(), kind.number(m), letters.unitName(m.responsibleUnitId()), p,
                kind.closing(), m.supervisedOn());
    }

    private static String currentLimit(Matter m) {
        if (m.handlingDueOn() != null && HandlingByType.runsHandlingClock(m.handlingType(), m.appealRoute()) && m.repliedOn() == null) {
            return "该事项的办理期限至" + LetterPdf.chineseDate(m.handlingDueOn()) + "。";
        }
        return m.dueOn() == null ? "" : "该事项当前环节的期限至" + LetterPdf.chineseDate(m.dueOn()) + "。";
    }

    /**
     * The petitioner's lines in a letter to a body or in the record, one fact a line so that no long number stretches a
     * line: name, ID number (in the record only), phone and address as given on the matter.
     */
    List<String> petitionerLines(Matter m, boolean personalData) {
        return fields(m, personalData, false);
    }

    private List<String> fields(Matter m, boolean personalData, boolean withIdNumber) {
        ContactDetails given = m.contactOf(m.petitionerId()).orElse(ContactDetails.NONE);
        Optional<PetitionerView> found = petitioners.byId(m.petitionerId()).map(v -> v.withContacts(given.phone(), given.address()))
                .map(v -> personalData ? v : v.masked());
        List<String> lines = new ArrayList<>();
        lines.add("信访人：" + letters.addressee(m));
        found.ifPresent(v -> {
            if (withIdNumber && v.idNumber() != null) {
                lines.add("身份证号：" + v.idNumber());
            }
            if (v.phone() != null) {
                lines.add("联系电话：" + v.phone());
            }
            if (v.address() != null && !v.address().isBlank()) {
                lines.add("住址：" + v.address().strip());
            }
        });
        return lines;
    }

    private List<MatterEvent> timeline(Matter m) {
        return m.id() == null ? List.of() : events.findByMatterIdOrderBySeq(m.id());
    }

    private Optional<MatterEvent> last(Matter m, MatterEventType type) {
        return timeline(m).stream().filter(e -> e.type() == type).max(Comparator.comparingInt(MatterEvent::seq));
    }

    private LocalDate day(java.time.Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
