package org.xinfang.mediation;

/** The two written agreements of 2022 art. 33. */
public enum AgreementKind {
    /** 调解协议书: reached through a mediator; may be judicially confirmed. */
    MEDIATION("调解协议书"),
    /** 和解协议书: the parties settling themselves, as the body guided them to (引导争议双方当事人自愿和解). */
    SETTLEMENT("和解协议书");

    private final String title;

    AgreementKind(String title) {
        this.title = title;
    }

    /** The title printed on the agreement (documents are in Chinese). */
    public String title() {
        return title;
    }
}
