package org.xinfang.territory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The administrator's changes to the tree of units: create, rename, move, merge. A renamed unit keeps its id and code
 * (its earlier names are kept with the time they ended); a moved one takes its subtree along and every matter's
 * stored path with it; a merged one stays, inactive, and the body continuing its functions accepts its matters, its
 * staff and its routing rules (2022 art. 24 ¶2). Each change is audited and refused, naming why, when it makes no sense.
 */
@Service
public class UnitAdministration {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,63}");
    private static final Pattern FUNCTION = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final Units units;
    private final Territory territory;
    private final StaffMembers staff;
    private final JdbcTemplate jdbc;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitAdministration(Units units, Territory territory, StaffMembers staff, JdbcTemplate jdbc, AdminAudit audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.units = units;
        this.territory = territory;
        this.staff = staff;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A unit as the administrator's list shows it. */
    public record UnitRow(UnitView unit, long version, boolean active, UnitView mergedInto, UnitView parent, int depth,
                          long staffCount) {
    }

    /** A name the unit had until a rename. */
    public record FormerName(String name, String nameEn, Instant until, String changedBy) {
    }

    public record UnitPage(List<UnitRow> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** The units in the administrator's part of the tree, in tree order; {@code q} a word of the name or the code. */
    @Transactional(readOnly = true)
    public UnitPage list(StaffPrincipal admin, String q, int page, int size) {
        AdminChecks.requireAdministrator(admin);
        String word = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Unit> matching = units.findAll().stream()
                .filter(u -> admin.covers(u.path()))
                .filter(u -> word.isEmpty() || u.code().toLowerCase(Locale.ROOT).contains(word)
                        || u.name().toLowerCase(Locale.ROOT).contains(word)
                        || (u.nameEn() != null && u.nameEn().toLowerCase(Locale.ROOT).contains(word)))
                .sorted(Comparator.comparing(UnitAdministration::treeOrder)).toList();
        int from = Math.min(page * size, matching.size());
        List<UnitRow> rows = matching.subList(from, Math.min(from + size, matching.size())).stream().map(this::row).toList();
        return new UnitPage(rows, matching.size(), page, size);
    }

    @Transactional(readOnly = true)
    public UnitRow unit(StaffPrincipal admin, Long id) {
        AdminChecks.requireAdministrator(admin);
        return row(inScope(admin, id));
    }

    @Transactional(readOnly = true)
    public List<FormerName> formerNames(StaffPrincipal admin, Long id) {
        inScope(admin, id);
        return jdbc.query("select name, name_en, until, changed_by from unit_name_history where unit_id = ? order by until desc",
                (rs, n) -> new FormerName(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), id);
    }

    /** A new unit: a government below {@code parentCode} (one level down), or with a function a department of it. */
    @Transactional
    public UnitView create(StaffPrincipal admin, String code, String name, String nameEn, String parentCode, String function) {
        AdminChecks.requireAdministrator(admin);
        String c = AdminChecks.required(code, "code", 64);
        if (!CODE.matcher(c).matches()) {
            throw Refusal.invalid("code", "unit.code.format", c);
        }
        if (territory.unitByCode(c).isPresent()) {
            throw Refusal.invalid("code", "unit.code.taken", c);
        }
        String n = AdminChecks.required(name, "name", 200);
        String en = AdminChecks.optional(nameEn, "nameEn", 200);
        Unit parent = activeUnitByCode(admin, parentCode, "parentCode");
        if (parent.function() != null) {
            throw Refusal.invalid("parentCode", "unit.parent.department", parent.name());
        }
        String given = AdminChecks.optional(function, "function", 32);
        String f = given == null ? null : given.toUpperCase(Locale.ROOT);
        AdministrativeLevel level;
        if (f != null) {
            if (!FUNCTION.matcher(f).matches()) {
                throw Refusal.invalid("function", "unit.function.format", f);
            }
            if (territory.department(parent.view(), f).isPresent()
                    || units.findAll().stream().anyMatch(u -> parent.id().equals(u.parentId()) && f.equals(u.function()))) {
                throw Refusal.invalid("function", "unit.function.taken", parent.name(), f);
            }
            level = parent.level();
        } else {
            if (parent.level() == AdministrativeLevel.VILLAGE) {
                throw Refusal.invalid("parentCode", "unit.parent.village", parent.name());
            }
            level = AdministrativeLevel.values()[parent.level().ordinal() - 1];
        }
        Unit unit = new Unit(c);
        unit.describe(n, en, level, f, null, null);
        unit = units.saveAndFlush(unit);
        unit.placeUnder(parent);
        units.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.UNIT, unit.path(), c, "CREATE", null,
                describe(unit) + "; parent=" + parent.code());
        refreshTerritory();
        return unit.view();
    }

    /** A new name; the id and the code stay, the old name goes to the unit's name history. */
    @Transactional
    public void rename(StaffPrincipal admin, Long id, long version, String name, String nameEn) {
        Unit unit = inScope(admin, id);
        AdminChecks.requireVersion(version, unit.version());
        String n = AdminChecks.required(name, "name", 200);
        String en = AdminChecks.optional(nameEn, "nameEn", 200);
        if (n.equals(unit.name()) && java.util.Objects.equals(en, unit.nameEn())) {
            throw Refusal.invalid("name", "unit.rename.same", n);
        }
        String before = describe(unit);
        jdbc.update("insert into unit_name_history (unit_id, name, name_en, until, changed_by) values (?, ?, ?, ?, ?)",
                unit.id(), unit.name(), unit.nameEn(), Timestamp.from(clock.instant()), admin.getUsername());
        unit.rename(n, en);
        units.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.UNIT, unit.path(), unit.code(), "RENAME", before, describe(unit));
        refreshTerritory();
    }

    /**
     * Moves a government under another government one level above it (a township to another county, a village to
     * another township), with everything below it. The matters' stored paths follow in the same transaction.
     */
    @Transactional
    public void move(StaffPrincipal admin, Long id, long version, String newParentCode) {
        Unit unit = inScope(admin, id);
        AdminChecks.requireVersion(version, unit.version());
        requireActive(unit);
        if (unit.parentId() == null) {
            throw Refusal.conflict("unit.move.root", unit.name());
        }
        if (unit.function() != null) {
            throw Refusal.conflict("unit.move.department", unit.name());
        }
        Unit parent = activeUnitByCode(admin, newParentCode, "parentCode");
        if (parent.id().equals(unit.id())) {
            throw Refusal.invalid("parentCode", "unit.move.under-itself", unit.name());
        }
        if (parent.path().startsWith(unit.path())) {
            throw Refusal.invalid("parentCode", "unit.move.under-own-subtree", unit.name(), parent.name());
        }
        if (parent.id().equals(unit.parentId())) {
            throw Refusal.invalid("parentCode", "unit.move.same-parent", unit.name(), parent.name());
        }
        if (parent.function() != null) {
            throw Refusal.invalid("parentCode", "unit.parent.department", parent.name());
        }
        if (parent.level().ordinal() != unit.level().ordinal() + 1) {
            throw Refusal.invalid("parentCode", "unit.move.level", unit.name(), unit.level(), parent.name(), parent.level());
        }
        String oldPath = unit.path();
        String newPath = parent.path() + unit.id() + "/";
        String before = "parent=" + territory.require(unit.parentId()).code() + "; path=" + oldPath;
        for (Unit u : units.findAll()) {
            if (u.path().startsWith(oldPath)) {
                u.repath(oldPath, newPath, parent.id(), u.id().equals(unit.id()));
            }
        }
        units.flush();
        refreshTerritory();
        events.publishEvent(new UnitMoved(unit.id(), oldPath, newPath, admin.getUsername()));
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.UNIT, newPath, unit.code(), "MOVE", before,
                "parent=" + parent.code() + "; path=" + newPath);
    }

    /**
     * Merges a unit into another of the same kind (a department into a department of the same government, a government
     * into one at the same level): the merged unit becomes inactive, its staff and its open matters go to the continuing
     * body, and every past record stays as it was (2022 art. 24 ¶2).
     */
    @Transactional
    public void merge(StaffPrincipal admin, Long id, long version, String intoCode) {
        Unit unit = inScope(admin, id);
        AdminChecks.requireVersion(version, unit.version());
        requireActive(unit);
        Unit into = activeUnitByCode(admin, intoCode, "intoCode");
        if (into.id().equals(unit.id())) {
            throw Refusal.invalid("intoCode", "unit.merge.into-itself", unit.name());
        }
        if (unit.parentId() == null) {
            throw Refusal.conflict("unit.merge.root", unit.name());
        }
        boolean sameKind = unit.function() == null ? into.function() == null && into.level() == unit.level()
                : into.function() != null;
        if (!sameKind) {
            throw Refusal.invalid("intoCode", "unit.merge.kind", unit.name(), into.name());
        }
        if (unit.function() != null && !unit.parentId().equals(into.parentId())) {
            throw Refusal.invalid("intoCode", "unit.merge.other-government", unit.name(), into.name());
        }
        List<Unit> below = units.findAll().stream().filter(u -> u.active() && !u.id().equals(unit.id())
                && u.path().startsWith(unit.path())).toList();
        if (!below.isEmpty()) {
            throw Refusal.conflict("unit.merge.has-units", unit.name(), below.size());
        }
        String before = describe(unit);
        int moved = staff.moveUnit(unit.id(), into.id());
        unit.mergeInto(into);
        units.flush();
        refreshTerritory();
        events.publishEvent(new UnitMerged(unit.id(), into.id(), admin.getUsername(), admin.unit().id()));
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.UNIT, unit.path(), unit.code(), "MERGE", before,
                "active=false; mergedInto=" + into.code() + "; staffMoved=" + moved);
    }

    private UnitRow row(Unit u) {
        UnitView view = u.view();
        return new UnitRow(view, u.version(), u.active(), territory.unit(u.mergedIntoId()).orElse(null),
                territory.unit(u.parentId()).orElse(null), (int) u.path().chars().filter(ch -> ch == '/').count() - 2,
                staff.countByUnitId(u.id()));
    }

    private Unit inScope(StaffPrincipal admin, Long id) {
        AdminChecks.requireAdministrator(admin);
        return units.findById(id == null ? -1 : id).filter(u -> admin.covers(u.path()))
                .orElseThrow(() -> Refusal.notFound("territory.unit.unknown", String.valueOf(id)));
    }

    private Unit activeUnitByCode(StaffPrincipal admin, String code, String field) {
        String c = AdminChecks.required(code, field, 64);
        Unit u = territory.unitByCode(c).flatMap(v -> units.findById(v.id())).filter(found -> admin.covers(found.path()))
                .orElseThrow(() -> Refusal.invalid(field, "territory.unit.unknown", c));
        if (!u.active()) {
            throw Refusal.invalid(field, "unit.inactive", u.name());
        }
        return u;
    }

    private static void requireActive(Unit unit) {
        if (!unit.active()) {
            throw Refusal.conflict("unit.inactive", unit.name());
        }
    }

    private static String describe(Unit u) {
        return "name=" + u.name() + (u.nameEn() == null ? "" : "; nameEn=" + u.nameEn()) + "; active=" + u.active();
    }

    /** Units in tree order: by the chain of ids of their path, so each comes right after its parent. */
    private static String treeOrder(Unit u) {
        StringBuilder key = new StringBuilder();
        for (String part : u.path().split("/")) {
            if (!part.isEmpty()) {
                key.append(String.format("%012d/", Long.parseLong(part)));
            }
        }
        return key.toString();
    }

    /** The territory's in-memory tree now (for listeners in this transaction) and again when the transaction ends. */
    private void refreshTerritory() {
        territory.refresh();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    territory.refresh();
                }
            });
        }
    }
}
