package org.xinfang.relief;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Casework;
import org.xinfang.casework.MatterFacts;
import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.casework.MatterFilter;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.RequiredText;
import org.xinfang.statute.ReliefRules;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The relief fund (信访救助): a unit's yearly budget, applications charged to it through the approval chain, and
 * every movement of money as balanced entries of an append-only ledger. Accounts: FUND (the appropriation, negative),
 * AVAILABLE (what may still be paid), PAID. A payment locks its budget row so concurrent approvals never overdraw it.
 */
@Service
public class ReliefFund {

    private final MatterFacts facts;
    private final Casework casework;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReliefFund(MatterFacts facts, Casework casework, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.facts = facts;
        this.casework = casework;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A unit's budget of a year with its balances, each the sum of its ledger entries. */
    public record Budget(Long id, Long unitId, String unitPath, int year, BigDecimal amount, BigDecimal available,
                         BigDecimal paid) {
    }

    public record Application(Long id, int version, Long budgetId, Long matterId, String petitioner, String reason,
                              BigDecimal amount, ReliefStage stage, String outcome, String appliedBy) {
    }

    public record Entry(Long id, UUID movement, Long applicationId, String account, BigDecimal amount, UUID reverses,
                        String recordedBy) {
    }

    /** Opens the caller's unit's budget for a year, as a leader: one movement FUND → AVAILABLE. */
    @Transactional
    public Budget openBudget(StaffPrincipal by, int year, BigDecimal amount) {
        if (!opensBudgets(by)) {
            throw Refusal.forbidden("relief.budget.forbidden");
        }
        if (!ReliefRules.isPayable(amount)) {
            throw Refusal.invalid("amount", "relief.amount.invalid", amount == null ? "" : amount.toPlainString());
        }
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into relief_budget (unit_id, unit_path, year, amount, created_by)
                    values (:unit, :path, :year, :amount, :by) returning id""",
                    new MapSqlParameterSource("unit", by.unit().id()).addValue("path", by.scopePath())
                            .addValue("year", year).addValue("amount", amount).addValue("by", by.getUsername()), Long.class);
        } catch (DuplicateKeyException taken) {
            throw Refusal.conflict("relief.budget.exists", year);
        }
        move(id, null, "FUND", "AVAILABLE", amount, null, by.getUsername());
        return budget(by, id);
    }

    /** A handler applies for a petitioner of a visible matter, charged to a budget of their area; once per key. */
    @Transactional
    public Application apply(StaffPrincipal by, Long budgetId, String referenceNo, String petitioner, String reason,
                             BigDecimal amount, String requestKey) {
        IdempotencyKeys.check(requestKey);
        if (!applies(by)) {
            throw Refusal.forbidden("relief.apply.forbidden");
        }
        if (requestKey != null) {
            List<Long> earlier = jdbc.queryForList("select id from relief_application where applied_by = :by and request_key = :key",
                    new MapSqlParameterSource("by", by.getUsername()).addValue("key", requestKey), Long.class);
            if (!earlier.isEmpty()) {
                return application(by, earlier.get(0));
            }
        }
        Budget b = actingOn(by, budgetId);
        String name = RequiredText.of("petitioner", petitioner, 100);
        String why = RequiredText.of("reason", reason, 2000);
        Facts m = facts.byReference(referenceNo == null ? "" : referenceNo)
                .filter(f -> casework.count(MatterFilter.everything(0, 1), by, List.of(f.matterId())) > 0)
                .orElseThrow(() -> Refusal.invalid("referenceNo", "relief.matter.unknown", referenceNo));
        if (!ReliefRules.isPayable(amount)) {
            throw Refusal.invalid("amount", "relief.amount.invalid", amount == null ? "" : amount.toPlainString());
        }
        if (amount.compareTo(b.available()) > 0) {
            throw Refusal.invalid("amount", "relief.amount.over-budget", amount.toPlainString(), b.available().toPlainString());
        }
        Long id = jdbc.queryForObject("""
                insert into relief_application (budget_id, matter_id, petitioner, reason, amount, stage, applied_by,
                                                applied_at, request_key)
                values (:budget, :matter, :petitioner, :reason, :amount, 'SUBMITTED', :by, :at, :key) returning id""",
                new MapSqlParameterSource("budget", b.id()).addValue("matter", m.matterId())
                        .addValue("petitioner", name).addValue("reason", why)
                        .addValue("amount", amount).addValue("by", by.getUsername()).addValue("at", now())
                        .addValue("key", requestKey), Long.class);
        return application(by, id);
    }

    /**
     * The next step of the chain at the version seen: the bureau head (a supervisor) first, then a leader when the
     * amount needs one; the last step pays. A step out of order, or a payment the budget cannot cover, is refused.
     */
    @Transactional
    public Application approve(StaffPrincipal by, Long applicationId, int version, String step) {
        Application a = ownApplication(by, applicationId);
        ReliefStage next = switch (String.valueOf(step)) {
            case "BUREAU_HEAD" -> ReliefStage.SUBMITTED;
            case "LEADER" -> ReliefStage.BUREAU_APPROVED;
            default -> throw Refusal.invalid("step", "relief.step.unknown", String.valueOf(step));
        };
        if (a.stage() != next) {
            throw Refusal.conflict("relief.step.out-of-order", step, a.stage());
        }
        require(by, next == ReliefStage.SUBMITTED ? StaffRole.SUPERVISOR : StaffRole.LEADER, "relief.approve.forbidden");
        boolean pays = next == ReliefStage.BUREAU_APPROVED || !ReliefRules.needsLeader(a.amount());
        if (pays) {
            // the budget row is the lock: concurrent payments from one budget are serialised here
            jdbc.queryForObject("select id from relief_budget where id = :id for update",
                    new MapSqlParameterSource("id", a.budgetId()), Long.class);
            BigDecimal available = balance(a.budgetId(), "AVAILABLE");
            if (a.amount().compareTo(available) > 0) {
                throw Refusal.conflict("relief.amount.over-budget", a.amount().toPlainString(), available.toPlainString());
            }
        }
        ReliefStage to = pays ? ReliefStage.PAID : ReliefStage.BUREAU_APPROVED;
        int changed = jdbc.update("""
                update relief_application set stage = :to, version = version + 1
                where id = :id and version = :version and stage = :from""",
                new MapSqlParameterSource("id", a.id()).addValue("version", version).addValue("to", to.name())
                        .addValue("from", next.name()));
        if (changed == 0) {
            throw Refusal.conflict("problem.stale-version.detail", version, a.version());
        }
        jdbc.update("""
                insert into relief_approval (application_id, step, approved_by, approved_at) values (:id, :step, :by, :at)""",
                new MapSqlParameterSource("id", a.id()).addValue("step", step).addValue("by", by.getUsername())
                        .addValue("at", now()));
        if (pays) {
            move(a.budgetId(), a.id(), "AVAILABLE", "PAID", a.amount(), null, by.getUsername());
        }
        return application(by, a.id());
    }

    /** Ends an unpaid application by referral to social assistance or judicial aid, or by refusal, with the reason. */
    @Transactional
    public Application close(StaffPrincipal by, Long applicationId, int version, ReliefStage outcome, String note) {
        if (!closes(by)) {
            throw Refusal.forbidden("relief.approve.forbidden");
        }
        String why = RequiredText.of("note", note, 2000);
        if (outcome == null || outcome == ReliefStage.SUBMITTED || outcome == ReliefStage.BUREAU_APPROVED
                || outcome == ReliefStage.PAID) {
            throw Refusal.invalid("outcome", "relief.outcome.invalid", String.valueOf(outcome));
        }
        Application a = ownApplication(by, applicationId);
        int changed = jdbc.update("""
                update relief_application set stage = :to, outcome = :note, version = version + 1
                where id = :id and version = :version and stage in ('SUBMITTED', 'BUREAU_APPROVED')""",
                new MapSqlParameterSource("id", a.id()).addValue("version", version).addValue("to", outcome.name())
                        .addValue("note", why));
        if (changed == 0) {
            throw Refusal.conflict("relief.application.not-open", a.stage());
        }
        return application(by, a.id());
    }

    /** A correction of a payment: the reversing movement PAID → AVAILABLE, never an edit; once per payment. */
    @Transactional
    public Application reverse(StaffPrincipal by, Long applicationId, String reason) {
        if (!reverses(by)) {
            throw Refusal.forbidden("relief.reverse.forbidden");
        }
        String why = RequiredText.of("reason", reason, 2000);
        Application a = ownApplication(by, applicationId);
        List<UUID> paid = jdbc.queryForList("""
                select movement from relief_entry where application_id = :id and account = 'PAID' and amount > 0
                and reverses is null and not exists (select 1 from relief_entry r where r.reverses = relief_entry.movement)""",
                new MapSqlParameterSource("id", a.id()), UUID.class);
        if (paid.isEmpty()) {
            throw Refusal.conflict("relief.reverse.nothing", a.stage());
        }
        jdbc.queryForObject("select id from relief_budget where id = :id for update",
                new MapSqlParameterSource("id", a.budgetId()), Long.class);
        move(a.budgetId(), a.id(), "PAID", "AVAILABLE", a.amount(), paid.get(0), by.getUsername());
        jdbc.update("update relief_application set stage = 'REVERSED', outcome = :why, version = version + 1 where id = :id",
                new MapSqlParameterSource("id", a.id()).addValue("why", why));
        return application(by, a.id());
    }

    public List<Budget> budgets(StaffPrincipal viewer) {
        return jdbc.query(BUDGET + " order by b.year desc, b.unit_path", this::budgetRow).stream()
                .filter(b -> visible(viewer, b)).toList();
    }

    public Budget budget(StaffPrincipal viewer, Long id) {
        return jdbc.query(BUDGET + " where b.id = :id", new MapSqlParameterSource("id", id), this::budgetRow).stream()
                .filter(b -> visible(viewer, b)).findFirst()
                .orElseThrow(() -> Refusal.notFound("relief.budget.unknown", String.valueOf(id)));
    }

    public Application application(StaffPrincipal viewer, Long id) {
        List<Application> found = jdbc.query(APPLICATION + " where a.id = :id", new MapSqlParameterSource("id", id),
                this::applicationRow);
        if (found.isEmpty() || budgets(viewer).stream().noneMatch(b -> b.id().equals(found.get(0).budgetId()))) {
            throw Refusal.notFound("relief.application.unknown", String.valueOf(id));
        }
        return found.get(0);
    }

    public List<Application> applications(StaffPrincipal viewer, Long budgetId) {
        budget(viewer, budgetId);
        return jdbc.query(APPLICATION + " where a.budget_id = :b order by a.id desc", new MapSqlParameterSource("b", budgetId),
                this::applicationRow);
    }

    /** What a budget paid: payments not reversed, the distinct petitioners helped, and the sum paid. */
    public record Report(int payments, int recipients, BigDecimal paid) {
    }

    public Report report(StaffPrincipal viewer, Long budgetId) {
        Budget b = budget(viewer, budgetId);
        return jdbc.queryForObject("""
                select count(*) payments, count(distinct (matter_id, petitioner)) recipients from relief_application
                where budget_id = :b and stage = 'PAID'""", new MapSqlParameterSource("b", budgetId),
                (rs, i) -> new Report(rs.getInt("payments"), rs.getInt("recipients"), b.paid()));
    }

    public List<Entry> ledger(StaffPrincipal viewer, Long budgetId) {
        budget(viewer, budgetId);
        return jdbc.query("""
                select id, movement, application_id, account, amount, reverses, recorded_by from relief_entry
                where budget_id = :b order by id""", new MapSqlParameterSource("b", budgetId), (rs, i) -> new Entry(
                rs.getLong("id"), rs.getObject("movement", UUID.class), (Long) rs.getObject("application_id"),
                rs.getString("account"), rs.getBigDecimal("amount"), rs.getObject("reverses", UUID.class),
                rs.getString("recorded_by")));
    }

    /** The budget {@code id} when the caller may charge it: one of their own area (a unit above only sees it). */
    private Budget actingOn(StaffPrincipal by, Long id) {
        Budget b = budget(by, id);
        if (!by.covers(b.unitPath())) {
            throw Refusal.forbidden("relief.budget.not-yours", b.year());
        }
        return b;
    }

    private Application ownApplication(StaffPrincipal by, Long id) {
        Application a = application(by, id);
        actingOn(by, a.budgetId());
        return a;
    }

    /** Who opens a budget (a leader), applies (a handler or registrar), approves, closes and reverses. */
    public static boolean opensBudgets(StaffPrincipal who) {
        return who.has(StaffRole.LEADER);
    }

    public static boolean applies(StaffPrincipal who) {
        return who.hasAny(APPLICANTS);
    }

    public static boolean closes(StaffPrincipal who) {
        return who.has(StaffRole.SUPERVISOR);
    }

    public static boolean reverses(StaffPrincipal who) {
        return who.has(StaffRole.LEADER);
    }

    private static final Set<StaffRole> APPLICANTS = Set.of(StaffRole.HANDLER, StaffRole.REGISTRAR);

    /** A budget is seen by the staff of its unit's area and by those of the units above it. */
    private static boolean visible(StaffPrincipal viewer, Budget b) {
        return viewer.covers(b.unitPath()) || viewer.scopePath().startsWith(b.unitPath());
    }

    private void move(Long budgetId, Long applicationId, String from, String to, BigDecimal amount, UUID reverses,
                      String by) {
        UUID movement = UUID.randomUUID();
        Timestamp at = now();
        jdbc.batchUpdate("""
                insert into relief_entry (movement, budget_id, application_id, account, amount, reverses, recorded_by, recorded_at)
                values (:m, :b, :a, :account, :amount, :reverses, :by, :at)""", new MapSqlParameterSource[]{
                entry(movement, budgetId, applicationId, from, amount.negate(), reverses, by, at),
                entry(movement, budgetId, applicationId, to, amount, reverses, by, at)});
    }

    private static MapSqlParameterSource entry(UUID m, Long b, Long a, String account, BigDecimal amount, UUID reverses,
                                               String by, Timestamp at) {
        return new MapSqlParameterSource("m", m).addValue("b", b).addValue("a", a).addValue("account", account)
                .addValue("amount", amount).addValue("reverses", reverses).addValue("by", by).addValue("at", at);
    }

    private BigDecimal balance(Long budgetId, String account) {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from relief_entry where budget_id = :b and account = :a",
                new MapSqlParameterSource("b", budgetId).addValue("a", account), BigDecimal.class);
    }

    private static void require(StaffPrincipal by, StaffRole role, String key) {
        if (!by.hasAny(Set.of(role))) {
            throw Refusal.forbidden(key);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static final String BUDGET = """
            select b.id, b.unit_id, b.unit_path, b.year, b.amount,
                   (select coalesce(sum(e.amount), 0) from relief_entry e where e.budget_id = b.id and e.account = 'AVAILABLE') available,
                   (select coalesce(sum(e.amount), 0) from relief_entry e where e.budget_id = b.id and e.account = 'PAID') paid
            from relief_budget b""";

    private static final String APPLICATION = """
            select a.id, a.version, a.budget_id, a.matter_id, a.petitioner, a.reason, a.amount, a.stage, a.outcome, a.applied_by
            from relief_application a""";

    private Budget budgetRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Budget(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getInt("year"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("available"), rs.getBigDecimal("paid"));
    }

    private Application applicationRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Application(rs.getLong("id"), rs.getInt("version"), rs.getLong("budget_id"), rs.getLong("matter_id"),
                rs.getString("petitioner"), rs.getString("reason"), rs.getBigDecimal("amount"),
                ReliefStage.valueOf(rs.getString("stage")), rs.getString("outcome"), rs.getString("applied_by"));
    }
}
