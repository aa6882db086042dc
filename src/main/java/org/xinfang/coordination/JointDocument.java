package org.xinfang.coordination;

/** The three documents the joint conference office issues on a joint case, each as PDF. */
public enum JointDocument {
    /** 转送函: the matter sent to the units on the form, to handle together. */
    TRANSFER_LETTER("transfer-letter", "联合办理转送函", "转"),
    /** 信访事项摘要: the matter and the office's summary of it. */
    CASE_SUMMARY("case-summary", "信访事项摘要", "摘"),
    /** 责任分解表: each unit's duty and deadline, and the responsible parties of bundled help. */
    APPORTIONMENT_FORM("apportionment-form", "责任分解表", "责");

    private final String slug;
    private final String title;
    private final String numberMark;

    JointDocument(String slug, String title, String numberMark) {
        this.slug = slug;
        this.title = title;
        this.numberMark = numberMark;
    }

    /** The document named {@code slug} in an address; 404 for any other. */
    public static JointDocument bySlug(String slug) {
        for (JointDocument d : values()) {
            if (d.slug.equals(slug)) {
                return d;
            }
        }
        throw org.xinfang.platform.Refusal.notFound("joint.document.unknown", slug);
    }

    public String slug() {
        return slug;
    }

    /** The title printed on the document (documents are in Chinese). */
    public String title() {
        return title;
    }

    /** The document's number: 联办转〔2026〕12号, by the kind, the year the case was opened and the case. */
    String number(JointCase c) {
        return "联办" + numberMark + "〔" + c.openedOn().getYear() + "〕" + c.id() + "号";
    }

    /** An ASCII file name: the matter's number and the kind. */
    public String fileName(JointCase c) {
        return (c.matter().referenceNo() + "-joint-" + slug).replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }
}
