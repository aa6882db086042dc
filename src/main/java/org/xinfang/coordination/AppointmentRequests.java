package org.xinfang.coordination;

import org.xinfang.platform.RequiredText;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Pseudonyms;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.ReceptionRules;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Appointment requests (约访申请): a citizen asks on the portal to be received by a leader of the city or a county on
 * a day; the unit's petition office accepts the day or proposes another, which puts an appointment interview on its
 * calendar; the citizen reads the answer on the portal. Answering is at the version the clerk saw, so that of two
 * clerks answering at once the second is told, not overwritten.
 */
@Service
public class AppointmentRequests {

    /** Who answers requests: the petition office's registrars and the leaders. */
    static final Set<StaffRole> ANSWERERS = Set.of(StaffRole.REGISTRAR, StaffRole.LEADER);

    private final LeaderReceptions receptions;
    private final Territory territory;
    private final Pseudonyms pseudonyms;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AppointmentRequests(LeaderReceptions receptions, Territory territory, Pseudonyms pseudonyms,
                        NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.receptions = receptions;
        this.territory = territory;
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum State {
        /** Waiting for the unit's answer. */
        PENDING,
        /** The day asked for is accepted. */
        ACCEPTED,
        /** The unit proposes another day or time. */
        OTHER_TIME
    }

    /** A request as the staff see it (the petitioner's name is personal data: masked by the views as the role requires). */
    public record Request(Long id, int version, UnitView unit, LocalDate wishedOn, String subject, String petitioner,
                          String phoneLast4, Instant requestedAt, State state, LeaderReceptions.Reception reception,
                          String answerNote, String answeredBy, Instant answeredAt) {
    }

    /** A request as the citizen reads it on the portal: the unit, the days and the answer, no personal data. */
    public record Answer(Long id, UnitView unit, LocalDate wishedOn, Instant requestedAt, State state, LocalDate heldOn,
                         LocalTime startsAt, String place, String note) {
    }

    /** The units a citizen may ask: the governments of the city and the counties, whose leaders receive by appointment. */
    public List<UnitView> receivingUnits() {
        List<UnitView> units = new ArrayList<>();
        territory.root().ifPresent(city -> {
            units.add(city);
            territory.children(city.id()).stream().filter(u -> !u.isDepartment() && u.level() == AdministrativeLevel.COUNTY
                    && territory.isActive(u)).forEach(units::add);
        });
        return units;
    }

    /** A citizen's request, from the phone verified on the portal; the id. */
    @Transactional
    public Long ask(Long unitId, LocalDate wishedOn, String subject, String petitioner, String verifiedPhone) {
        UnitView unit = receivingUnits().stream().filter(u -> u.id().equals(unitId)).findFirst()
                .orElseThrow(() -> Refusal.invalid("unit", "reception.request.unit"));
        LocalDate today = LocalDate.now(clock);
        if (!ReceptionRules.mayAskForAppointmentOn(wishedOn, today)) {
            throw Refusal.invalid("wishedOn", "reception.request.day", today.plusDays(1),
                    today.plusDays(ReceptionRules.APPOINTMENT_MAX_DAYS_AHEAD));
        }
        return jdbc.queryForObject("""
                insert into appointment_request (unit_id, unit_path, wished_on, subject, petitioner, phone_hash, phone_last4, requested_at)
                values (:unit, :path, :on, :subject, :name, :hash, :last4, :at) returning id""",
                new MapSqlParameterSource("unit", unit.id()).addValue("path", unit.path()).addValue("on", wishedOn)
                        .addValue("subject", RequiredText.of("subject", subject, 2000))
                        .addValue("name", RequiredText.of("petitioner", petitioner, 100))
                        .addValue("hash", pseudonyms.of("phone", verifiedPhone))
                        .addValue("last4", verifiedPhone.substring(verifiedPhone.length() - 4))
                        .addValue("at", Timestamp.from(clock.instant())), Long.class);
    }

    /** The requests made with this verified phone, the latest first, as the citizen reads them. */
    @Transactional(readOnly = true)
    public List<Answer> ofPhone(String verifiedPhone) {
        return requests("where phone_hash = :hash order by requested_at desc, id desc",
                new MapSqlParameterSource("hash", pseudonyms.of("phone", verifiedPhone))).stream()
                .map(r -> new Answer(r.id(), r.unit(), r.wishedOn(), r.requestedAt(), r.state(),
                        r.reception() == null ? null : r.reception().heldOn(),
                        r.reception() == null ? null : r.reception().startsAt(),
                        r.reception() == null ? null : r.reception().place(), r.answerNote())).toList();
    }

    /** The requests to units under {@code viewer}'s scope: those waiting first (the earliest day first), then the answered ones. */
    @Transactional(readOnly = true)
    public List<Request> inScope(StaffPrincipal viewer) {
        return requests("""
                where unit_path like :scope || '%' and (state = 'PENDING' or answered_at > :since)
                order by state <> 'PENDING', wished_on, id""", new MapSqlParameterSource("scope", viewer.scopePath())
                .addValue("since", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(60)))));
    }

    /**
     * Answers a request at the version the clerk saw: the day asked for accepted, or another day proposed. Either way
     * an appointment interview goes on the unit's calendar with the receiving leader, and the citizen reads it.
     */
    @Transactional
    public Request answer(StaffPrincipal by, Long id, int version, LocalDate heldOn, LocalTime startsAt, String place,
                          String leader, String note) {
        Request r = visible(by, id);
        if (!by.hasAny(ANSWERERS)) {
            throw Refusal.forbidden("reception.request.forbidden");
        }
        if (r.version() != version || r.state() != State.PENDING) {
            throw Refusal.conflict("reception.request.stale", version, r.version());
        }
        if (heldOn == null || heldOn.isBefore(LocalDate.now(clock))) {
            throw Refusal.invalid("heldOn", "reception.request.day-past", heldOn == null ? "" : heldOn);
        }
        LeaderReceptions.Reception reception = receptions.create(by, new LeaderReceptions.NewReception(
                ReceptionKind.APPOINTMENT, r.unit().code(), heldOn, startsAt, place, leader, List.of()));
        String answerNote = note == null || note.isBlank() ? null : RequiredText.of("note", note, 2000);
        int changed = jdbc.update("""
                update appointment_request set state = :state, reception_id = :reception, answer_note = :note,
                       answered_by = :by, answered_at = :at, version = version + 1
                 where id = :id and version = :version and state = 'PENDING'""",
                new MapSqlParameterSource("state", (heldOn.equals(r.wishedOn()) ? State.ACCEPTED : State.OTHER_TIME).name())
                        .addValue("reception", reception.id()).addValue("note", answerNote)
                        .addValue("by", by.getUsername()).addValue("at", Timestamp.from(clock.instant()))
                        .addValue("id", id).addValue("version", version));
        if (changed == 0) {
            // another clerk answered between the read and the write: this transaction, reception included, rolls back
            throw Refusal.conflict("reception.request.stale", version, version + 1);
        }
        return visible(by, id);
    }

    /** Pending requests of earlier days (the demo city), as citizens made them. */
    @Transactional
    public void importPending(List<ImportedRequest> requests) {
        jdbc.batchUpdate("""
                insert into appointment_request (unit_id, unit_path, wished_on, subject, petitioner, phone_hash, phone_last4, requested_at)
                values (:unit, :path, :on, :subject, :name, :hash, :last4, :at)""", requests.stream().map(r ->
                new MapSqlParameterSource("unit", r.unit().id()).addValue("path", r.unit().path()).addValue("on", r.wishedOn())
                        .addValue("subject", r.subject()).addValue("name", r.petitioner())
                        .addValue("hash", pseudonyms.of("phone", r.phone()))
                        .addValue("last4", r.phone().substring(r.phone().length() - 4))
                        .addValue("at", Timestamp.from(r.requestedAt()))).toArray(MapSqlParameterSource[]::new));
    }

    public record ImportedRequest(UnitView unit, LocalDate wishedOn, String subject, String petitioner, String phone,
                                  Instant requestedAt) {
    }

    /** One request to a unit under {@code viewer}'s scope (404 otherwise). */
    @Transactional(readOnly = true)
    public Request visible(StaffPrincipal viewer, Long id) {
        return requests("where id = :id", new MapSqlParameterSource("id", id)).stream()
                .filter(r -> viewer.covers(r.unit().path())).findFirst()
                .orElseThrow(() -> Refusal.notFound("reception.request.unknown", String.valueOf(id)));
    }

    private record Row(Long id, int version, Long unitId, LocalDate wishedOn, String subject, String petitioner,
                       String last4, Instant requestedAt, State state, Long receptionId, String note, String answeredBy,
                       Instant answeredAt) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getInt("version"),
            rs.getLong("unit_id"), rs.getObject("wished_on", LocalDate.class), rs.getString("subject"),
            rs.getString("petitioner"), rs.getString("phone_last4"), rs.getTimestamp("requested_at").toInstant(),
            State.valueOf(rs.getString("state")), (Long) rs.getObject("reception_id"), rs.getString("answer_note"),
            rs.getString("answered_by"), rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant());

    private List<Request> requests(String where, MapSqlParameterSource params) {
        return jdbc.query("select * from appointment_request " + where, params, ROW).stream()
                .map(r -> new Request(r.id(), r.version(), territory.require(r.unitId()), r.wishedOn(), r.subject(),
                        r.petitioner(), r.last4(), r.requestedAt(), r.state(),
                        r.receptionId() == null ? null : receptions.find(r.receptionId()), r.note(), r.answeredBy(),
                        r.answeredAt())).toList();
    }
}
