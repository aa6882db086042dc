package org.xinfang.casework.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.xinfang.casework.Actor;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.MatterState;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a matter's timeline: who did what, when, from which state to which, why, and every audited
 * field's value before and after. Append-only: the database refuses updates and deletes. Read through JPA, written
 * by {@link Timeline} alone.
 */
@Entity
@Immutable
@Table(name = "matter_event")
public class MatterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long matterId;
    private int seq;
    @Enumerated(EnumType.STRING)
    private MatterEventType type;
    private Instant occurredAt;
    private String actor;
    private Long actorUnitId;
    @Enumerated(EnumType.STRING)
    private MatterState fromState;
    @Enumerated(EnumType.STRING)
    private MatterState toState;
    private String reason;
    @Convert(converter = JsonMapConverter.class)
    @Column(columnDefinition = "jsonb")
    private Map<String, Object> changes;

    protected MatterEvent() {
    }

    public MatterEvent(Long matterId, int seq, MatterEventType type, Instant occurredAt, Actor actor, MatterState fromState,
                MatterState toState, String reason, Map<String, Object> changes) {
        this.matterId = matterId;
        this.seq = seq;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor.username();
        this.actorUnitId = actor.unitId();
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.changes = changes;
    }

    public void belongTo(Long matterId) {
        this.matterId = matterId;
    }

    public Long matterId() { return matterId; }
    public int seq() { return seq; }
    public MatterEventType type() { return type; }
    public Instant occurredAt() { return occurredAt; }
    public String actor() { return actor; }
    public Long actorUnitId() { return actorUnitId; }
    public MatterState fromState() { return fromState; }
    public MatterState toState() { return toState; }
    public String reason() { return reason; }
    public Map<String, Object> changes() { return changes; }
}
