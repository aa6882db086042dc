package org.xinfang.casework.documents;

import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.internal.Matter;

import org.xinfang.platform.Refusal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The written documents the statute requires the bodies to give the petitioner (2022 Regulations on Letters and
 * Visits Work art. 23, 32, 35, 36), each available once the step that produces it has been taken.
 */
public enum StatutoryDocument {

    /** 受理告知书: the body in charge accepts the matter and says how it will be handled (art. 23). */
    ACCEPTANCE_NOTICE("信访事项受理告知书", "SL", "特此告知。", m -> m.acceptanceOutcome() == AcceptanceOutcome.ACCEPTED),
    /** 不予受理告知书: not accepted, naming the reason and the proper channel (art. 23, 30, 31, 36). */
    NON_ACCEPTANCE_NOTICE("信访事项不予受理告知书", "BSL", "特此告知。",
            m -> m.acceptanceOutcome() == AcceptanceOutcome.NOT_ACCEPTED),
    /** 处理意见书: the written handling opinion (art. 32); review may be requested within 30 days (art. 35). */
    HANDLING_OPINION("信访事项处理意见书", "CL", "特此答复。", m -> m.repliedOn() != null && m.adoptionOutcome() == null),
    /** 复查意见书: the review opinion (art. 35); re-review may be requested within 30 days (art. 36). */
    REVIEW_OPINION("信访事项复查意见书", "FC", "特此答复。", m -> m.reviewedOn() != null),
    /** 复核意见书: the re-review opinion; final, not accepted again on the same facts and reasons (art. 36). */
    RE_REVIEW_OPINION("信访事项复核意见书", "FH", "特此答复。", m -> m.reReviewedOn() != null),
    /** 建议意见答复: the reply to a suggestion, adopted, partly adopted or not (art. 29 ¶1). */
    SUGGESTION_REPLY("信访事项答复意见书", "DF", "特此答复。", m -> m.adoptionOutcome() != null),
    /**
     * 导入程序告知书: a matter guided into the procedure it belongs to (art. 31 ¶1 items 1–5; route 1 through the
     * politics-and-law department, art. 22 ¶2, 28 ¶2), or an accusation handed to discipline inspection (art. 30).
     */
    GUIDANCE_NOTICE("信访事项告知书", "GZ", "特此告知。", m -> m.guidedOn() != null),
    // issue 11, item 4: the documents of the steps around the letters above
    /** 延期办理告知书: the one extension of the handling limit and its reason, told to the petitioner (art. 34). */
    EXTENSION_NOTICE("信访事项延期办理告知书", "YQ", "特此告知。", m -> m.extensionDays() != null, Addressee.PETITIONER, false),
    /** 转送函: the matter passed to the body in charge, which handles it on its own account (art. 22 ¶1, 23 ¶3). */
    TRANSFER_LETTER("信访事项转送函", "ZS", "特此函告。",
            m -> m.routedOn() != null && m.routingKind() == org.xinfang.casework.RoutingKind.TRANSFER, Addressee.BODY, false),
    /** 交办单: the matter assigned to the body in charge, which reports the result back (art. 22 ¶1 item 3, 23 ¶3). */
    ASSIGNMENT_LETTER("信访事项交办单", "JB", "特此交办。",
            m -> m.routedOn() != null && m.routingKind() == org.xinfang.casework.RoutingKind.ASSIGNMENT, Addressee.BODY, false),
    /** 来访登记回执: handed to a visitor at the window, with the reference number and the query code (art. 21 ¶2, 22). */
    VISIT_RECEIPT("来访登记回执", "HZ", "特此回执。", m -> m.channel() != null && m.channel().isVisit(), Addressee.PETITIONER, false),
    /** 接谈记录: what a visitor said, recorded truthfully (art. 19 ¶1) and signed by the visitor and the staff. */
    INTERVIEW_RECORD("来访接谈记录", "JT", "以上记录已经信访人核对，确认无误。", m -> m.channel() != null && m.channel().isVisit(),
            Addressee.FILE, false),
    /** 督办单: the petition office's supervision of the body holding the matter (art. 40 ¶1, ¶4). */
    SUPERVISION_NOTICE("信访事项督办单", "DB", "特此督办。", m -> m.supervisionCount() > 0, Addressee.BODY, false);

    /** Whom a document goes to: the petitioner, the body in charge, or the case file (a record signed at the window). */
    public enum Addressee { PETITIONER, BODY, FILE }

    private final String title;
    private final String numberSuffix;
    private final String closing;
    private final Predicate<Matter> available;
    private final Addressee addressee;
    private final boolean deliveryRecorded;

    StatutoryDocument(String title, String numberSuffix, String closing, Predicate<Matter> available) {
        this(title, numberSuffix, closing, available, Addressee.PETITIONER, true);
    }

    StatutoryDocument(String title, String numberSuffix, String closing, Predicate<Matter> available, Addressee addressee,
                      boolean deliveryRecorded) {
        this.title = title;
        this.numberSuffix = numberSuffix;
        this.closing = closing;
        this.available = available;
        this.addressee = addressee;
        this.deliveryRecorded = deliveryRecorded;
    }

    /** Whom the document goes to. */
    public Addressee addressee() {
        return addressee;
    }

    /** Whether the petitioner receives it: offered on the portal (a letter to a body or the file's record is not). */
    public boolean isForPetitioner() {
        return addressee == Addressee.PETITIONER;
    }

    /**
     * Whether its delivery (送达) is recorded and an undelivered copy flags the matter: the letters that answer the
     * petitioner and start their time limits; not the receipt handed over at the window, the extension notice, the
     * letters to bodies or the record.
     */
    public boolean isDeliveryRecorded() {
        return deliveryRecorded;
    }

    /** Whether the step that produces this document has been taken on the matter. */
    public boolean availableFor(Matter matter) {
        return available.test(matter);
    }

    /** The document's title as printed on it, e.g. 信访事项处理意见书. */
    public String title() {
        return title;
    }

    /** The closing formula above the signature: 特此告知。 for a notice, 特此答复。 for an answer. */
    public String closing() {
        return closing;
    }

    /** The document number: the matter's reference number and a suffix naming the kind, e.g. XF431222-2026-0000001-CL. */
    public String number(Matter matter) {
        return matter.referenceNo() + "-" + numberSuffix;
    }

    /** The kind in URLs and file names: {@code handling-opinion}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named in a URL, or "not found" naming it. */
    public static StatutoryDocument bySlug(String text) {
        return fromSlug(text).orElseThrow(() -> Refusal.notFound("document.unknown", text));
    }

    /** The kind named in a URL, by its slug ({@code handling-opinion}) or its name ({@code HANDLING_OPINION}). */
    public static Optional<StatutoryDocument> fromSlug(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StatutoryDocument d : values()) {
            if (d.name().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The document's date, the date of its step (the date it bears), or null before the step was taken. */
    public java.time.LocalDate issuedOn(Matter matter) {
        if (!availableFor(matter)) {
            return null;
        }
        return switch (this) {
            case ACCEPTANCE_NOTICE, NON_ACCEPTANCE_NOTICE -> matter.decidedOn();
            case HANDLING_OPINION -> matter.repliedOn();
            case REVIEW_OPINION -> matter.reviewedOn();
            case RE_REVIEW_OPINION -> matter.reReviewedOn();
            case SUGGESTION_REPLY -> matter.repliedOn();
            case GUIDANCE_NOTICE -> matter.guidedOn();
            case EXTENSION_NOTICE -> matter.decidedOn();
            case TRANSFER_LETTER, ASSIGNMENT_LETTER -> matter.routedOn();
            case VISIT_RECEIPT, INTERVIEW_RECORD -> matter.receivedOn();
            case SUPERVISION_NOTICE -> matter.supervisedOn();
        };
    }
}
