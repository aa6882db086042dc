package org.xinfang.intake;

/** A complaint or request (投诉请求类) versus a proposal on public welfare (建议类), counted apart. */
public enum PetitionKind {
    COMPLAINT, PROPOSAL
}
