package org.xinfang.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.xinfang.casework.ExtensionRequestOutcome;

import java.time.Duration;
import java.time.Instant;

/**
 * The handler's own steps on a matter (issue 11, item 3), kept beside the procedure: the sign-for (签收) of the unit the
 * matter reached, and the handler's request to extend the handling limit with the head's decision (2022 art. 34). The
 * send-back (退回) is the objection of 2022 art. 23 ¶3, on {@link Matter} itself. {@link Matter} changes these only
 * through its transitions.
 */
@Embeddable
public class HandlerSteps {

    /** The unit the matter reached (转送、交办, or the lead unit named at acceptance or reassignment); null before V20. */
    @Column(name = "sign_for_unit_id")
    private Long signForUnitId;
    /** When it reached that unit: the start of the time to sign-for. */
    @Column(name = "sign_for_received_at")
    private Instant receivedAt;
    @Column(name = "signed_for_at")
    private Instant signedAt;
    @Column(name = "signed_for_by")
    private String signedBy;

    @Column(name = "extension_requested_days")
    private Integer requestedDays;
    @Column(name = "extension_request_reason")
    private String requestReason;
    @Column(name = "extension_requested_by")
    private String requestedBy;
    @Column(name = "extension_requested_at")
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "extension_request_outcome")
    private ExtensionRequestOutcome requestOutcome;
    @Column(name = "extension_decision_reason")
    private String decisionReason;
    @Column(name = "extension_decided_by")
    private String decidedBy;
    @Column(name = "extension_decided_at")
    private Instant decidedAt;

    protected HandlerSteps() {
    }

    static HandlerSteps none() {
        return new HandlerSteps();
    }

    /** The matter reached {@code unitId} at {@code at}: a new receipt for it to sign for, the earlier one history. */
    void received(Long unitId, Instant at) {
        signForUnitId = unitId;
        receivedAt = at;
        signedAt = null;
        signedBy = null;
    }

    void signedFor(String username, Instant at) {
        signedAt = at;
        signedBy = username;
    }

    void requested(int days, String reason, String username, Instant at) {
        requestedDays = days;
        requestReason = reason;
        requestedBy = username;
        requestedAt = at;
        requestOutcome = null;
        decisionReason = null;
        decidedBy = null;
        decidedAt = null;
    }

    void decided(ExtensionRequestOutcome outcome, String reason, String username, Instant at) {
        requestOutcome = outcome;
        decisionReason = reason;
        decidedBy = username;
        decidedAt = at;
    }

    /** Takes back a decision that could not be applied (the extension itself was refused): the request waits again. */
    void undecided() {
        decided(null, null, null, null);
    }

    /** Whether {@code holderUnitId}, holding the matter now, has received it and not signed for it. */
    boolean awaitsSignForBy(Long holderUnitId) {
        return signForUnitId != null && signForUnitId.equals(holderUnitId) && signedAt == null;
    }

    public boolean isExtensionRequestPending() {
        return requestedAt != null && requestOutcome == null;
    }

    /** The time from the receipt to the sign-for; null while not signed for, or for a matter of before V20. */
    public Duration timeToSignFor() {
        return org.xinfang.statute.HandlerStepRules.timeToSignFor(receivedAt, signedAt);
    }

    public Long signForUnitId() { return signForUnitId; }
    public Instant receivedAt() { return receivedAt; }
    public Instant signedAt() { return signedAt; }
    public String signedBy() { return signedBy; }
    public Integer requestedDays() { return requestedDays; }
    public String requestReason() { return requestReason; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public ExtensionRequestOutcome requestOutcome() { return requestOutcome; }
    public String decisionReason() { return decisionReason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
