package org.xinfang.intake;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitMerged;
import org.xinfang.territory.UnitView;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The administrator's work on the category tree and the routing rules: create, rename, deactivate (and reactivate)
 * a category; set or remove the unit suggested for a category in a place. A deactivated category stays for the
 * matters filed under it and is no longer offered. Each change is audited.
 */
@Service
public class CategoryAdministration {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)?");
    private static final Pattern FUNCTION = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private final CategoryRepository repository;
    private final Categories categories;
    private final RoutingRuleRepository rules;
    private final RoutingRules routing;
    private final Territory territory;
    private final AdminAudit audit;
    private final JdbcTemplate jdbc;

    CategoryAdministration(CategoryRepository repository, Categories categories, RoutingRuleRepository rules,
                           RoutingRules routing, Territory territory, AdminAudit audit, JdbcTemplate jdbc) {
        this.repository = repository;
        this.categories = categories;
        this.rules = rules;
        this.routing = routing;
        this.territory = territory;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A category as the administrator's list shows it. */
    public record CategoryRow(CategoryView category, boolean active, long version, CategoryView parent) {
    }

    @Transactional(readOnly = true)
    public List<CategoryRow> list(StaffPrincipal admin) {
        requireAdministrator(admin);
        return repository.findAll().stream().map(this::row)
                .sorted(java.util.Comparator.comparing(r -> r.category().code())).toList();
    }

    @Transactional(readOnly = true)
    public CategoryRow category(StaffPrincipal admin, Long id) {
        requireAdministrator(admin);
        return row(find(id));
    }

    /** A new category: first-level without a parent; second-level under a first-level one, with the function in charge. */
    @Transactional
    public CategoryView create(StaffPrincipal admin, String code, String name, String nameEn, String parentCode,
                               String function, boolean hotSpot) {
        requireAdministrator(admin);
        String c = required(code, "code", 64).toUpperCase(Locale.ROOT);
        String parentGiven = optional(parentCode, "parentCode", 64);
        Category parent = null;
        if (parentGiven != null) {
            parent = repository.findAll().stream().filter(x -> x.code().equals(parentGiven.toUpperCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> Refusal.invalid("parentCode", "category.unknown", parentGiven));
            if (parent.parentId() != null) {
                throw Refusal.invalid("parentCode", "category.parent.second-level", parent.name());
            }
            if (!c.startsWith(parent.code() + ".")) {
                throw Refusal.invalid("code", "category.code.under-parent", c, parent.code());
            }
        }
        if (!CODE.matcher(c).matches() || (parent == null) == c.contains(".")) {
            throw Refusal.invalid("code", "category.code.format", c);
        }
        if (categories.byCode(c).isPresent()) {
            throw Refusal.invalid("code", "category.code.taken", c);
        }
        String f = optional(function, "function", 32);
        if (f != null) {
            f = f.toUpperCase(Locale.ROOT);
            if (!FUNCTION.matcher(f).matches()) {
                throw Refusal.invalid("function", "unit.function.format", f);
            }
        }
        Category category = new Category(c);
        category.describe(required(name, "name", 100), optional(nameEn, "nameEn", 200), parent == null ? null : parent.id(),
                f, hotSpot);
        category = repository.saveAndFlush(category);
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.CATEGORY, c, "CREATE", null, describe(category));
        refresh();
        return category.view();
    }

    @Transactional
    public void rename(StaffPrincipal admin, Long id, long version, String name, String nameEn) {
        requireAdministrator(admin);
        Category c = find(id);
        requireVersion(version, c.version());
        String n = required(name, "name", 100);
        String en = optional(nameEn, "nameEn", 200);
        if (n.equals(c.name()) && Objects.equals(en, c.nameEn())) {
            throw Refusal.invalid("name", "unit.rename.same", n);
        }
        String before = describe(c);
        c.rename(n, en);
        repository.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.CATEGORY, c.code(), "RENAME", before, describe(c));
        refresh();
    }

    @Transactional
    public void setActive(StaffPrincipal admin, Long id, long version, boolean active) {
        requireAdministrator(admin);
        Category c = find(id);
        requireVersion(version, c.version());
        if (c.active() == active) {
            throw Refusal.conflict(active ? "category.already-active" : "category.already-inactive", c.name());
        }
        c.setActive(active);
        repository.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.CATEGORY, c.code(),
                active ? "ACTIVATE" : "DEACTIVATE", "active=" + !active, "active=" + active);
        refresh();
    }

    @Transactional(readOnly = true)
    public List<RoutingRules.Rule> rules(StaffPrincipal admin) {
        requireAdministrator(admin);
        return routing.all().stream().filter(r -> admin.covers(r.place().path())).toList();
    }

    /**
     * Sets the unit suggested for a category arising in a place (and below it). The unit must be a body of a
     * government whose area holds the place (属地管理): a matter is not suggested to another county's bureau.
     * {@code version} is that of the rule the form showed, or null for a new rule.
     */
    @Transactional
    public void setRule(StaffPrincipal admin, String categoryCode, String placeCode, String unitCode, Long version) {
        requireAdministrator(admin);
        String cc = required(categoryCode, "categoryCode", 64);
        CategoryView category = categories.byCode(cc).orElseThrow(() -> Refusal.invalid("categoryCode", "category.unknown", cc));
        if (!category.isSecondLevel()) {
            throw Refusal.invalid("categoryCode", "category.not-second-level", cc);
        }
        if (!categories.isActive(category)) {
            throw Refusal.invalid("categoryCode", "category.inactive", category.name());
        }
        UnitView place = activeUnit(admin, placeCode, "placeCode");
        if (place.isDepartment()) {
            throw Refusal.invalid("placeCode", "routing.place.department", place.name());
        }
        UnitView unit = activeUnit(admin, unitCode, "unitCode");
        if (!territory.governmentOf(unit).contains(place)) {
            throw Refusal.invalid("unitCode", "routing.unit.outside-place", unit.name(), place.name());
        }
        RoutingRule rule = rules.findByCategoryIdAndPlaceUnitId(category.id(), place.id()).orElse(null);
        String subject = cc + " @ " + place.code();
        if (rule == null) {
            if (version != null) {
                throw Refusal.conflict("admin.stale", version, "-");
            }
            rules.saveAndFlush(new RoutingRule(category.id(), place.id(), unit.id()));
            audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.ROUTING, place.path(), subject, "CREATE", null,
                    "unit=" + unit.code());
        } else {
            requireVersion(version == null ? -1 : version, rule.version());
            String before = "unit=" + territory.unit(rule.unitId()).map(UnitView::code).orElse("?");
            rule.suggest(unit.id());
            rules.flush();
            audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.ROUTING, place.path(), subject, "UPDATE", before,
                    "unit=" + unit.code());
        }
        refresh();
    }

    @Transactional
    public void removeRule(StaffPrincipal admin, Long id, long version) {
        requireAdministrator(admin);
        RoutingRule rule = rules.findById(id == null ? -1 : id)
                .filter(r -> territory.unit(r.placeUnitId()).map(p -> admin.covers(p.path())).orElse(false))
                .orElseThrow(() -> Refusal.notFound("routing.unknown", String.valueOf(id)));
        requireVersion(version, rule.version());
        RoutingRules.Rule view = routing.view(rule);
        rules.delete(rule);
        rules.flush();
        audit.record(admin.getUsername(), admin.displayName(), AdminAudit.Area.ROUTING, view.place().path(),
                view.category().code() + " @ " + view.place().code(), "REMOVE", "unit=" + view.unit().code(), null);
        refresh();
    }

    /** A merged unit's rules name the continuing body (2022 art. 24 ¶2), in the transaction of the merge. */
    @EventListener
    void unitMerged(UnitMerged merged) {
        jdbc.update("update routing_rule set unit_id = ?, version = version + 1 where unit_id = ?",
                merged.continuingUnitId(), merged.mergedUnitId());
        // a rule for the merged place goes to the continuing place, unless that place has its own for the category
        jdbc.update("update routing_rule r set place_unit_id = ?, version = version + 1 where place_unit_id = ? and not exists "
                + "(select 1 from routing_rule o where o.category_id = r.category_id and o.place_unit_id = ?)",
                merged.continuingUnitId(), merged.mergedUnitId(), merged.continuingUnitId());
        jdbc.update("delete from routing_rule where place_unit_id = ?", merged.mergedUnitId());
        refresh();
    }

    private UnitView activeUnit(StaffPrincipal admin, String code, String field) {
        String c = required(code, field, 64);
        UnitView u = territory.unitByCode(c).filter(x -> admin.covers(x.path()))
                .orElseThrow(() -> Refusal.invalid(field, "territory.unit.unknown", c));
        if (!territory.isActive(u)) {
            throw Refusal.invalid(field, "unit.inactive", u.name());
        }
        return u;
    }

    private Category find(Long id) {
        return repository.findById(id == null ? -1 : id)
                .orElseThrow(() -> Refusal.notFound("category.unknown", String.valueOf(id)));
    }

    private CategoryRow row(Category c) {
        CategoryView view = c.view();
        return new CategoryRow(view, c.active(), c.version(), view.parentId() == null ? null : categories.byId(view.parentId()).orElse(null));
    }

    private static String describe(Category c) {
        return "name=" + c.name() + (c.nameEn() == null ? "" : "; nameEn=" + c.nameEn()) + "; active=" + c.active();
    }

    private void refresh() {
        categories.refresh();
        routing.refresh();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    categories.refresh();
                    routing.refresh();
                }
            });
        }
    }

    private static void requireAdministrator(StaffPrincipal who) {
        if (who == null || !who.has(StaffRole.ADMIN)) {
            throw Refusal.forbidden("admin.only");
        }
    }

    private static void requireVersion(long seen, long current) {
        if (seen != current) {
            throw Refusal.conflict("admin.stale", seen, current);
        }
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw Refusal.invalid(field, "admin.required." + field);
        }
        if (v.length() > max) {
            throw Refusal.invalid(field, "admin.too-long", max);
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? null : required(v, field, max);
    }
}
