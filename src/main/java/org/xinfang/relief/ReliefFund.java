package org.xinfang.relief;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.SqlParameterValue;
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
import org.xinfang.territory.Territory;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * The relief fund (信访救助): a unit's yearly budget, applications charged to it through the approval chain, and
 * every movement of money as balanced entries of an append-only ledger. Accounts: FUND (the appropriation, negative),
 * AVAILABLE (what may still be paid), PAID. A payment locks its budget row so concurrent approvals never overdraw it.
 */
@Service
@EnableConfigurationProperties(ReliefSettings.class)
public class ReliefFund {

    private final MatterFacts facts;
    private final Casework casework;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Territory territory;
    private final ReliefSettings settings;

    ReliefFund(MatterFacts facts, Casework casework, NamedParameterJdbcTemplate jdbc, Clock clock, Territory territory,
               ReliefSettings settings) {
        this.territory = territory;
        this.settings = settings;
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
        boolean pays = next == ReliefStage.BUREAU_APPROVED || !ReliefRules.needsLeader(a.amount(),
                leaderThreshold(jdbc.queryForObject("select unit_id from relief_budget where id = :id",
                        new MapSqlParameterSource("id", a.budgetId()), Long.class)));
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
        return jdbc.query(BUDGET + " where " + VISIBLE_BUDGET + " order by b.year desc, b.unit_path",
                new MapSqlParameterSource("scope", viewer.scopePath()), this::budgetRow);
    }

    public Budget budget(StaffPrincipal viewer, Long id) {
        return jdbc.query(BUDGET + " where b.id = :id and " + VISIBLE_BUDGET,
                        new MapSqlParameterSource("id", id).addValue("scope", viewer.scopePath()), this::budgetRow).stream()
                .findFirst()
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

    /**
     * What budgets paid: the payments not reversed, the distinct petitioners helped (per matter and petitioner), the sum
     * paid of the sum budgeted, and the long-term petitioners (信访老户) among those helped, each once, with since when
     * they have petitioned (through casework) and the day of their payment.
     */
    public record Report(int payments, int recipients, BigDecimal paid, BigDecimal budgeted, int longTerm,
                         List<LongTermRecipient> longTermRecipients) {
    }

    public record LongTermRecipient(Long applicationId, Long budgetId, Long matterId, String petitioner, LocalDate since,
                                    LocalDate paidOn) {
    }

    public Report report(StaffPrincipal viewer, Long budgetId) {
        return report(List.of(budget(viewer, budgetId)));
    }

    /** A year's figures over the budgets of the caller's own area: the city's staff see the whole city's. */
    public Report yearReport(StaffPrincipal viewer, int year) {
        return report(budgets(viewer).stream().filter(b -> b.year() == year && viewer.covers(b.unitPath())).toList());
    }

    private Report report(List<Budget> budgets) {
        record Payment(Long applicationId, Long budgetId, Long matterId, String petitioner, LocalDate paidOn) {
        }
        List<Payment> payments = budgets.isEmpty() ? List.of() : jdbc.query("""
                select a.id, a.budget_id, a.matter_id, a.petitioner, e.recorded_at from relief_application a
                join relief_entry e on e.application_id = a.id and e.account = 'PAID' and e.amount > 0 and e.reverses is null
                where a.budget_id = any(:b) and a.stage = 'PAID' order by e.recorded_at, a.id""",
                new MapSqlParameterSource("b", new SqlParameterValue(Types.ARRAY, budgets.stream().map(Budget::id)
                        .toArray(Long[]::new))), (rs, i) -> new Payment(rs.getLong("id"), rs.getLong("budget_id"),
                        rs.getLong("matter_id"), rs.getString("petitioner"),
                        rs.getTimestamp("recorded_at").toInstant().atZone(clock.getZone()).toLocalDate()));
        Map<Long, MatterFacts.Petitioning> petitioning = facts.petitioning(payments.stream().map(Payment::matterId)
                .distinct().toList()).stream().collect(Collectors.toMap(MatterFacts.Petitioning::matterId, p -> p));
        Set<Long> counted = new HashSet<>();
        List<LongTermRecipient> longTerm = new ArrayList<>();
        for (Payment p : payments) {
            MatterFacts.Petitioning who = petitioning.get(p.matterId());
            if (who != null && ReliefRules.isLongTerm(who.since(), p.paidOn()) && counted.add(who.petitionerId())) {
                longTerm.add(new LongTermRecipient(p.applicationId(), p.budgetId(), p.matterId(), p.petitioner(),
                        who.since(), p.paidOn()));
            }
        }
        int recipients = (int) payments.stream().map(p -> p.matterId() + "/" + p.petitioner()).distinct().count();
        return new Report(payments.size(), recipients, budgets.stream().map(Budget::paid).reduce(BigDecimal.ZERO, BigDecimal::add),
                budgets.stream().map(Budget::amount).reduce(BigDecimal.ZERO, BigDecimal::add), longTerm.size(), longTerm);
    }

    /** A budget of the demo city's history with its applications, to be written as this service writes them. */
    public record ImportedBudget(Long unitId, String unitPath, int year, BigDecimal amount, String openedBy,
                                 Instant openedAt, List<ImportedApplication> applications) {
    }

    /**
     * An application with the chain's steps taken (BUREAU_HEAD, then LEADER when the amount needs one; the last pays),
     * how it stands or ended ({@code outcome} the note of a referral, refusal or reversal) and the reversal, if any.
     */
    public record ImportedApplication(Long matterId, String petitioner, String reason, BigDecimal amount,
                                      String appliedBy, Instant appliedAt, List<ImportedStep> steps, ReliefStage stage,
                                      String outcome, ImportedStep reversal) {
    }

    public record ImportedStep(String step, String by, Instant at) {
    }

    /**
     * Imports the history: the budgets, their applications, approvals and ledger movements in batches, exactly as
     * {@link #openBudget}, {@link #apply}, {@link #approve}, {@link #close} and {@link #reverse} write them. A history
     * those would refuse (a step out of the chain, a payment the budget cannot cover then) is refused whole.
     *
     * @return the applications written
     */
    @Transactional
    public int importHistory(List<ImportedBudget> budgets) {
        List<MapSqlParameterSource> applications = new ArrayList<>();
        List<MapSqlParameterSource> approvals = new ArrayList<>();
        List<MapSqlParameterSource> entries = new ArrayList<>();
        List<Long> ids = jdbc.queryForList("select nextval('relief_application_id_seq') from generate_series(1, :n)",
                new MapSqlParameterSource("n", budgets.stream().mapToInt(b -> b.applications().size()).sum()), Long.class);
        int next = 0;
        for (ImportedBudget b : budgets) {
            if (!ReliefRules.isPayable(b.amount())) {
                throw new IllegalArgumentException("budget amount " + b.amount());
            }
            Long budgetId = jdbc.queryForObject("""
                    insert into relief_budget (unit_id, unit_path, year, amount, created_by)
                    values (:unit, :path, :year, :amount, :by) returning id""",
                    new MapSqlParameterSource("unit", b.unitId()).addValue("path", b.unitPath()).addValue("year", b.year())
                            .addValue("amount", b.amount()).addValue("by", b.openedBy()), Long.class);
            movement(entries, budgetId, null, "FUND", "AVAILABLE", b.amount(), null, b.openedBy(), b.openedAt());
            // the movements of money in the order they happened: the balance never below zero
            record Movement(Instant at, BigDecimal change) {
            }
            List<Movement> movements = new ArrayList<>();
            for (ImportedApplication a : b.applications()) {
                Long id = ids.get(next++);
                boolean paid = a.stage() == ReliefStage.PAID || a.stage() == ReliefStage.REVERSED;
                checkChain(a, paid, leaderThreshold(b.unitId()));
                applications.add(new MapSqlParameterSource("id", id).addValue("budget", budgetId).addValue("matter", a.matterId())
                        .addValue("petitioner", a.petitioner()).addValue("reason", a.reason()).addValue("amount", a.amount())
                        .addValue("stage", a.stage().name()).addValue("outcome", a.outcome()).addValue("by", a.appliedBy())
                        .addValue("at", Timestamp.from(a.appliedAt()))
                        .addValue("version", a.steps().size() + (a.stage().isOpen() || a.stage() == ReliefStage.PAID ? 0 : 1)));
                a.steps().forEach(step -> approvals.add(new MapSqlParameterSource("id", id).addValue("step", step.step())
                        .addValue("by", step.by()).addValue("at", Timestamp.from(step.at()))));
                if (paid) {
                    ImportedStep last = a.steps().get(a.steps().size() - 1);
                    UUID payment = movement(entries, budgetId, id, "AVAILABLE", "PAID", a.amount(), null, last.by(), last.at());
                    movements.add(new Movement(last.at(), a.amount().negate()));
                    if (a.stage() == ReliefStage.REVERSED) {
                        movement(entries, budgetId, id, "PAID", "AVAILABLE", a.amount(), payment, a.reversal().by(),
                                a.reversal().at());
                        movements.add(new Movement(a.reversal().at(), a.amount()));
                    }
                }
            }
            BigDecimal available = b.amount();
            for (Movement m : movements.stream().sorted(java.util.Comparator.comparing(Movement::at)).toList()) {
                available = available.add(m.change());
                if (available.signum() < 0) {
                    throw new IllegalArgumentException("budget " + b.year() + " " + b.unitPath() + " overdrawn at " + m.at());
                }
            }
        }
        jdbc.batchUpdate("""
                insert into relief_application (id, budget_id, matter_id, petitioner, reason, amount, stage, outcome,
                                                applied_by, applied_at, version)
                values (:id, :budget, :matter, :petitioner, :reason, :amount, :stage, :outcome, :by, :at, :version)""",
                applications.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("""
                insert into relief_approval (application_id, step, approved_by, approved_at) values (:id, :step, :by, :at)""",
                approvals.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate(ENTRY, entries.toArray(MapSqlParameterSource[]::new));
        return applications.size();
    }

    /** The steps the chain asks, in order: a paid application took them all, an open or closed one a beginning. */
    private static void checkChain(ImportedApplication a, boolean paid, BigDecimal threshold) {
        List<String> chain = ReliefRules.needsLeader(a.amount(), threshold) ? List.of("BUREAU_HEAD", "LEADER") : List.of("BUREAU_HEAD");
        List<String> taken = a.steps().stream().map(ImportedStep::step).toList();
        boolean inOrder = ReliefRules.isPayable(a.amount()) && taken.size() <= chain.size()
                && chain.subList(0, taken.size()).equals(taken) && (paid == (taken.size() == chain.size()))
                && (a.stage() != ReliefStage.BUREAU_APPROVED || taken.size() == 1)
                && (a.stage() != ReliefStage.SUBMITTED || taken.isEmpty())
                && (a.stage() == ReliefStage.REVERSED) == (a.reversal() != null);
        if (!inOrder) {
            throw new IllegalArgumentException("application of matter " + a.matterId() + ": steps " + taken + " at " + a.stage());
        }
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

    /** The amount above which a leader approves last on a budget of the unit {@code unitId}, by the unit's level. */
    public BigDecimal leaderThreshold(Long unitId) {
        return ReliefRules.leaderThreshold(territory.require(unitId).level(), settings.leaderThreshold());
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

    private void move(Long budgetId, Long applicationId, String from, String to, BigDecimal amount, UUID reverses,
                      String by) {
        List<MapSqlParameterSource> entries = new ArrayList<>();
        movement(entries, budgetId, applicationId, from, to, amount, reverses, by, clock.instant());
        jdbc.batchUpdate(ENTRY, entries.toArray(MapSqlParameterSource[]::new));
    }

    /** A movement of {@code amount} from one account to another: its two entries, which sum to zero; its id. */
    private static UUID movement(List<MapSqlParameterSource> entries, Long budgetId, Long applicationId, String from,
                                 String to, BigDecimal amount, UUID reverses, String by, Instant when) {
        UUID movement = UUID.randomUUID();
        Timestamp at = Timestamp.from(when);
        entries.add(entry(movement, budgetId, applicationId, from, amount.negate(), reverses, by, at));
        entries.add(entry(movement, budgetId, applicationId, to, amount, reverses, by, at));
        return movement;
    }

    private static final String ENTRY = """
            insert into relief_entry (movement, budget_id, application_id, account, amount, reverses, recorded_by, recorded_at)
            values (:m, :b, :a, :account, :amount, :reverses, :by, :at)""";

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

    /**
     * A budget (aliased {@code b}) the viewer at {@code :scope} may see: of a unit in their area, or of a unit above it
     * (a county reads the city's budget, and may not charge it).
     */
    static final String VISIBLE_BUDGET = "(b.unit_path like :scope || '%' or :scope like b.unit_path || '%')";

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
