package org.xinfang.casework.documents;

import org.springframework.stereotype.Service;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.QueryCode;
import org.xinfang.casework.OpinionOutcome;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ProperChannel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The statutory letters of a matter as PDF, in Chinese: the acceptance notice (受理告知书), the notice of
 * non-acceptance (不予受理告知书) with the reason and the proper channel, the handling opinion (处理意见书), the
 * review opinion (复查意见书) and the re-review opinion (复核意见书), each with the statutory sentence on what the
 * petitioner may do next. They cite the law in force, the 2022 Regulations on Letters and Visits Work (信访工作条例):
 * art. 23 (the written notice of acceptance and how the matter is handled; a matter outside the body's remit),
 * 30 and 31 (accusations; litigation, arbitration and administrative procedures), 34 (60 days, one extension of at
 * most 30), 35 (review) and 36 (re-review, after which the matter is final).
 *
 * <p>Each letter is issued by the body that took the step: the body that decided on acceptance, the lead unit for
 * the handling opinion, the reviewing and the re-reviewing body. It bears the date of that step, so a letter
 * printed again later reads the same. The letter is addressed to the petitioner by full name.
 */
@Service
public class StatutoryDocuments {

    private final Territory territory;
    private final Petitioners petitioners;
    private final DocumentFont font;
    private final ProcedureLetters procedure;
    private final org.xinfang.casework.internal.Matters matters;

    StatutoryDocuments(Territory territory, Petitioners petitioners, DocumentFont font,
                       org.xinfang.casework.internal.MatterEvents events, org.xinfang.statute.WorkingDays workingDays,
                       java.time.Clock clock, org.xinfang.territory.StaffDirectory staff,
                       org.xinfang.casework.internal.Matters matters) {
        this.matters = matters;
        this.territory = territory;
        this.petitioners = petitioners;
        this.font = font;
        this.procedure = new ProcedureLetters(this, territory, petitioners, events, workingDays, clock, staff);
    }

    /**
     * The document as an A4 PDF with its font embedded. Refused (409) when the matter has not reached the step
     * that produces it; {@link DocumentFontUnavailable} when no font with Chinese glyphs is installed.
     */
    public byte[] pdf(Matter m, StatutoryDocument kind) {
        return pdf(m, kind, UnaryOperator.identity(), true);
    }

    /**
     * The document as {@link #pdf(Matter, StatutoryDocument)}, its paragraphs as {@code readable} lets the reader read
     * free text: a member of staff whose role sees personal data masked prints the letter with the numbers in it
     * masked, as on the matter page (the petitioner's own copy and the registrar's are whole).
     */
    private byte[] pdf(Matter m, StatutoryDocument kind, UnaryOperator<String> readable, boolean personalData) {
        requireAvailable(m, kind);
        return LetterPdf.render(letter(m, kind, personalData).readAs(readable), font);
    }

    /**
     * The document as {@code reader} may read it: free text as their role reads it, and the petitioner's query code,
     * which the acceptance notice hands over, only for a registrar, who gives it to the petitioner (as on the matter
     * page); for anyone else it is printed as stars.
     */
    public byte[] pdf(Matter m, StatutoryDocument kind, StaffPrincipal reader) {
        String code = org.xinfang.casework.QueryCode.display(m.queryCode());
        boolean seesCode = reader.has(org.xinfang.territory.StaffRole.REGISTRAR) || code == null;
        return pdf(m, kind, text -> {
            String read = reader.readable(text);
            return seesCode || read == null ? read : read.replace(code, "****-****-****-****");
        }, reader.seesPersonalData());
    }

    /** The documents the matter has reached, in the order of the procedure. */
    public static List<StatutoryDocument> availableFor(Matter m) {
        return Arrays.stream(StatutoryDocument.values()).filter(d -> d.availableFor(m)).toList();
    }

    /** An ASCII file name: the reference number and the kind, {@code XF431222-2026-0000001-handling-opinion.pdf}. */
    public static String fileName(String referenceNo, StatutoryDocument kind) {
        return (referenceNo + "-" + kind.slug()).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private static void requireAvailable(Matter m, StatutoryDocument kind) {
        if (!kind.availableFor(m)) {
            throw Refusal.conflict("document.not-available", kind);
        }
    }

    /** What the letter says, as the petitioner and staff who see personal data read it. */
    Letter letter(Matter m, StatutoryDocument kind) {
        return letter(m, kind, true);
    }

    /** What the letter says; the petitioner's details in a record or a letter to a body masked without {@code personalData}. */
    Letter letter(Matter m, StatutoryDocument kind, boolean personalData) {
        requireAvailable(m, kind);
        return switch (kind) {
            case ACCEPTANCE_NOTICE -> acceptanceNotice(m);
            case NON_ACCEPTANCE_NOTICE -> nonAcceptanceNotice(m);
            case HANDLING_OPINION -> handlingOpinion(m);
            case REVIEW_OPINION -> reviewOpinion(m);
            case RE_REVIEW_OPINION -> reReviewOpinion(m);
            case SUGGESTION_REPLY -> suggestionReply(m);
            case GUIDANCE_NOTICE -> guidanceNotice(m);
            case EXTENSION_NOTICE -> procedure.extensionNotice(m);
            case TRANSFER_LETTER, ASSIGNMENT_LETTER -> procedure.routingLetter(m, kind, personalData);
            case VISIT_RECEIPT -> procedure.visitReceipt(m);
            case INTERVIEW_RECORD -> procedure.interviewRecord(m, personalData);
            case SUPERVISION_NOTICE -> procedure.supervisionNotice(m);
        };
    }

    /** The law the letters cite: the 2022 Regulations on Letters and Visits Work, in force since 1 May 2022. */
    static final String LAW = "《信访工作条例》";

    /** "根据《信访工作条例》第三十五条的规定，" */
    static String accordingTo(String articles) {
        return "根据" + LAW + articles + "的规定，";
    }

    private Letter acceptanceNotice(Matter m) {
        String you = you(m);
        UnitView issuer = territory.require(m.acceptingUnitId());
        List<String> p = new ArrayList<>();
        // art. 23: the body tells the petitioner in writing that it has the matter and how it will be handled
        p.add(received(m) + "，本机关已收悉。经审查，该事项符合受理条件，" + accordingTo("第二十三条")
                + "本机关决定予以受理，现将受理情况以及处理途径和程序告知如下。");
        String coHandlers = m.coHandlerUnitIds().stream().sorted().map(territory::unit).flatMap(Optional::stream)
                .map(StatutoryDocuments::officialName).collect(Collectors.joining("、"));
        String lead = Objects.equals(m.leadUnitId(), issuer.id()) ? "本机关" : unitName(m.leadUnitId());
        p.add("该事项由" + lead + "负责办理" + (coHandlers.isEmpty() ? "" : "，" + coHandlers + "协同办理") + "。");
        if (org.xinfang.statute.HandlingByType.runsHandlingClock(m.handlingType(), m.appealRoute())) {
            p.add(accordingTo("第三十四条") + "该信访事项应当自受理之日起60日内办结；情况复杂的，经办理机关、单位负责人批准，"
                    + "可以适当延长办理期限，但延长期限不得超过30日，并告知" + you + "延期理由。办理结果将以书面形式答复" + you + "。");
        }
        addText(p, m.acceptanceNotice());
        if (m.queryCode() != null) {
            p.add(you + "可以凭查询码" + QueryCode.display(m.queryCode()) + "和登记的手机号码后四位，在网上信访平台查询办理进度、"
                    + "补充材料和评价办理结果。");
        }
        return letter(m, StatutoryDocument.ACCEPTANCE_NOTICE, officialName(issuer), p, m.decidedOn());
    }

    private Letter nonAcceptanceNotice(Matter m) {
        List<String> p = new ArrayList<>();
        p.add(received(m) + "，本机关已收悉。");
        String reason = sentence(m.acceptanceReason());
        p.add("经审查，本机关决定对该信访事项不予受理。" + (reason.isEmpty() ? "" : "理由是：" + reason));
        p.add(properChannelSentence(m.properChannel(), you(m)));
        addText(p, m.acceptanceNotice());
        return letter(m, StatutoryDocument.NON_ACCEPTANCE_NOTICE, unitName(m.responsibleUnitId()), p, m.decidedOn());
    }

    private Letter handlingOpinion(Matter m) {
        String you = you(m);
        List<String> p = new ArrayList<>();
        p.add(received(m) + (m.decidedOn() == null ? "" : "，已于" + LetterPdf.chineseDate(m.decidedOn()) + "依法受理")
                + "。经调查核实，现将处理意见答复如下：");
        p.add("处理结论：" + opinionOutcome(m.opinionOutcome()) + "。");
        addText(p, m.opinionText());
        p.add(accordingTo("第三十五条") + you + "如对本处理意见不服，可以自收到本意见书之日起30日内，向本机关的上一级机关"
                + higherBody(m.reviewUnitId(), m.leadUnitId()) + "请求复查；收到复查请求的机关应当自收到复查请求之日起30日内"
                + "提出复查意见，并予以书面答复。");
        return letter(m, StatutoryDocument.HANDLING_OPINION, unitName(m.leadUnitId()), p, m.repliedOn());
    }

    private Letter reviewOpinion(Matter m) {
        String you = you(m);
        List<String> p = new ArrayList<>();
        p.add(received(m) + "，" + you + "不服" + unitName(m.leadUnitId()) + "于" + LetterPdf.chineseDate(m.repliedOn())
                + "作出的处理意见，于" + LetterPdf.chineseDate(m.reviewRequestedOn()) + "向本机关请求复查。本机关依照" + LAW
                + "第三十五条的规定进行了复查，现将复查意见答复如下：");
        p.add("复查结论：" + reviewOutcome(m.reviewOutcome(), "原处理意见") + "。");
        addText(p, m.reviewOpinion());
        p.add(accordingTo("第三十六条") + you + "如对本复查意见不服，可以自收到本意见书之日起30日内，向本机关的上一级机关"
                + higherBody(m.reReviewUnitId(), m.reviewUnitId()) + "请求复核；收到复核请求的机关应当自收到复核请求之日起30日内"
                + "提出复核意见。");
        return letter(m, StatutoryDocument.REVIEW_OPINION, unitName(m.reviewUnitId()), p, m.reviewedOn());
    }

    private Letter reReviewOpinion(Matter m) {
        String you = you(m);
        List<String> p = new ArrayList<>();
        boolean heard = m.hearingDays() != null && m.hearingDays() > 0;
        p.add(received(m) + "，" + you + "不服" + unitName(m.reviewUnitId()) + "于" + LetterPdf.chineseDate(m.reviewedOn())
                + "作出的复查意见，于" + LetterPdf.chineseDate(m.reReviewRequestedOn()) + "向本机关请求复核。本机关依照" + LAW
                + "第三十六条的规定进行了复核"
                + (heard ? "，并举行了听证" : "") + "，现将复核意见答复如下：");
        p.add("复核结论：" + reviewOutcome(m.reReviewOutcome(), "复查意见") + "。");
        addText(p, m.reReviewOpinion());
        p.add("本复核意见为终结意见。" + accordingTo("第三十六条第三款") + you
                + "对本复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。");
        return letter(m, StatutoryDocument.RE_REVIEW_OPINION, unitName(m.reReviewUnitId()), p, m.reReviewedOn());
    }

    /** The reply to a suggestion (2022 art. 29 ¶1): adopted, partly adopted or not, with the reply. */
    private Letter suggestionReply(Matter m) {
        List<String> p = new ArrayList<>();
        p.add(received(m) + "，本机关已收悉。" + accordingTo("第二十九条") + "经认真研究论证，现答复如下：");
        p.add("研究结论：" + switch (m.adoptionOutcome()) {
            case ADOPTED -> "予以采纳";
            case PARTLY_ADOPTED -> "部分采纳";
            case NOT_ADOPTED -> "暂不采纳";
        } + "。");
        addText(p, m.opinionText());
        return letter(m, StatutoryDocument.SUGGESTION_REPLY, unitName(m.leadUnitId()), p, m.repliedOn());
    }

    /**
     * The notice of a matter guided into its procedure (2022 art. 31 ¶1 items 1–5; route 1 through the same-level
     * politics-and-law department, art. 22 ¶2, art. 28 ¶2), or of an accusation handed to discipline inspection (art. 30).
     */
    private Letter guidanceNotice(Matter m) {
        List<String> p = new ArrayList<>();
        if (m.handlingType() == org.xinfang.statute.HandlingType.ACCUSATION) {
            p.add(received(m) + "，本机关已收悉。" + accordingTo("第二十二条第二款和第三十条")
                    + "该事项属于检举控告类事项，已按照管理权限转送" + m.guidedBody() + "依规依纪依法处理。");
        } else {
            String via = org.xinfang.statute.HandlingByType.goesToPoliticsAndLaw(m.appealRoute())
                    ? "依照诉讼与信访分离制度，经同级政法部门，" : "";
            p.add(received(m) + "，本机关已收悉。" + accordingTo("第三十一条") + "该事项应当通过法定程序处理，" + via
                    + "已导入相应程序，接收机关为" + m.guidedBody() + "。");
        }
        addText(p, m.guidedNotice());
        return letter(m, StatutoryDocument.GUIDANCE_NOTICE, unitName(m.responsibleUnitId()), p, m.guidedOn());
    }

    Letter letter(Matter m, StatutoryDocument kind, String issuer, List<String> paragraphs, LocalDate date) {
        return new Letter(issuer, kind.title(), kind.number(m), addressee(m), paragraphs, kind.closing(), date);
    }

    /** "你于2026年3月2日提出的“征收补偿款未到位”信访事项" */
    static String received(Matter m) {
        return you(m) + "于" + LetterPdf.chineseDate(m.receivedOn()) + "提出的“" + m.title().strip() + "”信访事项";
    }

    /** 你, or 你们 for several petitioners (a collective visit, a jointly signed letter). */
    static String you(Matter m) {
        return m.persons() > 1 ? "你们" : "你";
    }

    String addressee(Matter m) {
        String name = petitioners.byId(m.petitionerId()).map(PetitionerView::name).map(String::strip).orElse("信访人");
        return m.persons() > 1 ? name + "等" + m.persons() + "人" : name;
    }

    /** A unit's name as it signs or is addressed in a letter: 沅陵县住房和城乡建设局, 沅陵县人民政府. */
    public String unitName(Long unitId) {
        return territory.unit(unitId).map(StatutoryDocuments::officialName).orElse("");
    }

    /**
     * What another module's document on a matter (the joint meeting office's letters) prints of it, as {@code reader}
     * may read it: the petitioner's lines masked for a role that sees personal data masked, the content as their role
     * reads free text. Whether the reader may see the matter at all is the caller's to check.
     */
    public MatterParticulars particulars(Long matterId, StaffPrincipal reader) {
        Matter m = matters.findById(matterId).orElseThrow(() -> Refusal.notFound("matter.not-found", String.valueOf(matterId)));
        return new MatterParticulars(m.referenceNo(), m.title().strip(), reader.readable(m.content().strip()),
                m.receivedOn(), procedure.petitionerLines(m, reader.seesPersonalData()).stream().map(reader::readable).toList());
    }

    /** Another module's document laid out as the statutory letters are, its free text as {@code reader} may read it. */
    public byte[] print(Letter letter, StaffPrincipal reader) {
        return LetterPdf.render(letter.readAs(reader::readable), font);
    }

    /** The date as a letter writes it: 2026年12月2日. */
    public static String chineseDate(LocalDate date) {
        return LetterPdf.chineseDate(date);
    }

    /** The body a review (or re-review) goes to: the one it went to, else the next-higher body of the issuer. */
    private String higherBody(Long chosen, Long issuer) {
        if (chosen != null) {
            return unitName(chosen);
        }
        return territory.unit(issuer).flatMap(territory::higherBody).map(StatutoryDocuments::officialName).orElse("");
    }

    /** A unit's name as it signs a letter (letters are in Chinese): 沅陵县住房和城乡建设局, 沅陵县人民政府. */
    static String officialName(UnitView unit) {
        return unit.displayName(Locale.SIMPLIFIED_CHINESE);
    }

    /** Where a matter that is not accepted belongs instead, in the words of the law (法定途径). */
    public static String properChannel(ProperChannel channel) {
        return switch (channel) {
            case LITIGATION -> "向人民法院提起诉讼";
            case ARBITRATION -> "申请仲裁";
            case ADMINISTRATIVE_RECONSIDERATION -> "申请行政复议";
            case PEOPLES_CONGRESS -> "向人民代表大会及其常务委员会反映";
            case PEOPLES_COURT -> "向人民法院反映";
            case PROCURATORATE -> "向人民检察院反映";
            case DISCIPLINE_INSPECTION -> "向纪检监察机关反映";
            case ALREADY_FINAL -> "该事项已复核终结，不再受理";
            case OTHER -> "通过其他法定途径";
        };
    }

    /**
     * The notice's sentence on the proper channel, citing the article that sends the matter there: art. 31 the
     * matters for litigation, arbitration and administrative procedures, art. 23 those outside the body's remit
     * (art. 30 accusations in particular), art. 36 a matter already final.
     */
    static String properChannelSentence(ProperChannel channel, String you) {
        if (channel == null) {
            return accordingTo("第二十三条") + "请" + you + "向有权处理的机关、单位提出。";
        }
        return switch (channel) {
            case ALREADY_FINAL -> accordingTo("第三十六条第三款") + properChannel(channel) + "。";
            case LITIGATION, ARBITRATION, ADMINISTRATIVE_RECONSIDERATION -> accordingTo("第三十一条") + "请" + you
                    + "按照法律法规规定的程序" + properChannel(channel) + "。";
            case PEOPLES_CONGRESS, PEOPLES_COURT, PROCURATORATE -> accordingTo("第二十三条") + "该事项不属于本机关职权范围，请"
                    + you + properChannel(channel) + "。";
            case DISCIPLINE_INSPECTION -> accordingTo("第二十三条、第三十条") + "该事项不属于本机关职权范围，请" + you
                    + properChannel(channel) + "。";
            case OTHER -> accordingTo("第二十三条、第三十一条") + "请" + you + "按照法律法规规定的程序，"
                    + properChannel(channel) + "解决。";
        };
    }

    static String opinionOutcome(OpinionOutcome outcome) {
        return switch (outcome) {
            case SUPPORTED -> "支持信访请求";
            case PARTIALLY_SUPPORTED -> "部分支持信访请求";
            case NOT_SUPPORTED -> "不予支持信访请求";
            case EXPLAINED -> "解释说明";
        };
    }

    static String reviewOutcome(ReviewOutcome outcome, String what) {
        return switch (outcome) {
            case UPHELD -> "维持" + what;
            case REVISED -> "变更" + what;
            case REVOKED -> "撤销" + what;
        };
    }

    /** Free text from the matter as paragraphs, when there is any. */
    static void addText(List<String> paragraphs, String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }

    /** A reason as a sentence of its own: ends with 。 (or other final punctuation). */
    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String s = text.strip();
        return s.matches("(?s).*[。！？.!?]$") ? s : s + "。";
    }
}
