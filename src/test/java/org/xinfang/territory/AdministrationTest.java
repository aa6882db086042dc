package org.xinfang.territory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryAdministration;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.RoutingRules;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;
import org.xinfang.statute.WorkingDayCalendar;
import org.xinfang.statute.WorkingDays;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrator's screens (issue 11, item 7), on the real database: staff accounts, units (rename, move, merge,
 * 2022 art. 24 ¶2), categories and routing rules, the working-day calendar, and the audit of every change. Each test
 * makes its own accounts and units, because every test class shares one database.
 */
@IntegrationTest
class AdministrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    StaffAdministration staff;
    @Autowired
    UnitAdministration units;
    @Autowired
    CategoryAdministration categoryAdmin;
    @Autowired
    Categories categories;
    @Autowired
    RoutingRules routing;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    AdminAudit audit;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Territory territory;
    @Autowired
    ApiClient api;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    StaffPrincipal admin() {
        return (StaffPrincipal) accounts.loadUserByUsername("admin");
    }

    static String fresh(String prefix) {
        return prefix + SEQ.incrementAndGet() + "x" + (System.nanoTime() % 100000);
    }

    // ---- staff accounts ----

    @Test
    @DisplayName("A new account gets a one-time password shown once; its holder must change it at the first sign-in")
    void aNewAccountSignsInWithItsOneTimePasswordAndMustChangeIt() throws Exception {
        String username = fresh("new.registrar");
        StaffAdministration.Handover h = staff.create(admin(), new StaffAdministration.NewAccount(username, "新来的",
                "431222-PETITION", EnumSet.of(StaffRole.REGISTRAR), null));
        assertThat(h.oneTimePassword()).hasSize(12);
        assertThat(h.account().mustChangePassword()).isTrue();

        MvcResult signIn = mvc.perform(post("/login").param("username", username).param("password", h.oneTimePassword())
                .with(csrf())).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
        assertThat(mvc.perform(get("/worklist").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("every page leads to the password page first").isEqualTo("/account/password");

        MvcResult weak = mvc.perform(post("/account/password").session(session).with(csrf()).param("current", h.oneTimePassword())
                .param("password", "short1").param("repeated", "short1")).andReturn();
        assertThat(weak.getResponse().getRedirectedUrl()).isEqualTo("/account/password");
        assertThat((String) weak.getFlashMap().get("refusal")).contains("至少 10 位");

        MvcResult changed = mvc.perform(post("/account/password").session(session).with(csrf()).param("current", h.oneTimePassword())
                .param("password", "Lantern2026x").param("repeated", "Lantern2026x")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/worklist").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/login").param("username", username).param("password", "Lantern2026x").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    @DisplayName("Refusals on accounts name the problem: a taken user name, a weak password, no role, a unit out of reach")
    void accountRefusalsNameTheProblem() {
        String username = fresh("dup.handler");
        staff.create(admin(), new StaffAdministration.NewAccount(username, "甲", "431222-HOUSING", EnumSet.of(StaffRole.HANDLER),
                "Handover2026ok"));
        assertRefused(() -> staff.create(admin(), new StaffAdministration.NewAccount(username.toUpperCase(Locale.ROOT), "乙",
                "431222-HOUSING", EnumSet.of(StaffRole.HANDLER), null)), "staff.username.taken");
        assertRefused(() -> staff.create(admin(), new StaffAdministration.NewAccount(fresh("weak"), "乙", "431222-HOUSING",
                EnumSet.of(StaffRole.HANDLER), "password")), "staff.password.policy");
        assertRefused(() -> staff.create(admin(), new StaffAdministration.NewAccount(fresh("norole"), "乙", "431222-HOUSING",
                Set.of(), null)), "staff.roles.none");
        assertRefused(() -> staff.create(admin(), new StaffAdministration.NewAccount(fresh("nounit"), "乙", "NO-SUCH-UNIT",
                EnumSet.of(StaffRole.HANDLER), null)), "territory.unit.unknown");
        assertRefused(() -> staff.create(admin(), new StaffAdministration.NewAccount("Bad Name!", "乙", "431222-HOUSING",
                EnumSet.of(StaffRole.HANDLER), null)), "staff.username.format");
        StaffPrincipal registrar = (StaffPrincipal) accounts.loadUserByUsername("yuanling.registrar");
        assertRefused(() -> staff.list(registrar, null, null, null, 0, 10), "admin.only");
    }

    @Test
    @DisplayName("A disabled account cannot sign in; enabled again, it can; an edit on a stale form is refused")
    void disableEnableAndStaleForms() throws Exception {
        String username = fresh("gone.handler");
        StaffAdministration.Handover h = staff.create(admin(), new StaffAdministration.NewAccount(username, "丙", "431222-HOUSING",
                EnumSet.of(StaffRole.HANDLER), "Handover2026ok"));
        long v0 = h.account().version();
        staff.setEnabled(admin(), h.account().id(), v0, false);
        assertThat(mvc.perform(post("/login").param("username", username).param("password", "Handover2026ok").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertRefused(() -> staff.update(admin(), h.account().id(), v0, "丙二", "431222-HOUSING", EnumSet.of(StaffRole.HANDLER)),
                "admin.stale");
        long v1 = staff.account(admin(), h.account().id()).version();
        staff.setEnabled(admin(), h.account().id(), v1, true);
        assertThat(mvc.perform(post("/login").param("username", username).param("password", "Handover2026ok").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/");

        long v2 = staff.account(admin(), h.account().id()).version();
        staff.update(admin(), h.account().id(), v2, "丙二", "431222-NATURAL_RESOURCES", EnumSet.of(StaffRole.HANDLER, StaffRole.SUPERVISOR));
        StaffAdministration.StaffRow after = staff.account(admin(), h.account().id());
        assertThat(after.displayName()).isEqualTo("丙二");
        assertThat(after.unit().code()).isEqualTo("431222-NATURAL_RESOURCES");
        assertThat(after.roles()).containsExactlyInAnyOrder(StaffRole.HANDLER, StaffRole.SUPERVISOR);
    }

    @Test
    @DisplayName("The last active administrator cannot be disabled or lose the role, and nobody disables themselves")
    void theLastActiveAdministratorStays() {
        StaffPrincipal admin = admin();
        assertRefused(() -> staff.setEnabled(admin, admin.staffId(), staff.account(admin, admin.staffId()).version(), false),
                "staff.disable-self");
        StaffAdministration.Handover second = staff.create(admin, new StaffAdministration.NewAccount(fresh("admin.two"), "二号",
                "431200-PETITION", EnumSet.of(StaffRole.ADMIN), "Handover2026ok"));
        StaffPrincipal two = (StaffPrincipal) accounts.loadUserByUsername(second.account().username());
        staff.setEnabled(admin, second.account().id(), second.account().version(), false);
        assertRefused(() -> staff.setEnabled(two, admin.staffId(), staff.account(admin, admin.staffId()).version(), false),
                "staff.last-admin.disable");
        assertRefused(() -> staff.update(admin, admin.staffId(), staff.account(admin, admin.staffId()).version(), "滕娜",
                "431200-PETITION", EnumSet.of(StaffRole.REGISTRAR)), "staff.last-admin.role");
        assertThat(accounts.loadUserByUsername("admin").isEnabled()).isTrue();
    }

    @Test
    @DisplayName("A password reset gives a one-time password, lifts a lock, and is audited without the password")
    void aPasswordResetIsAuditedWithoutThePassword() {
        String username = fresh("reset.handler");
        StaffAdministration.Handover h = staff.create(admin(), new StaffAdministration.NewAccount(username, "丁", "431222-HOUSING",
                EnumSet.of(StaffRole.HANDLER), "Handover2026ok"));
        StaffAdministration.Handover reset = staff.resetPassword(admin(), h.account().id(), h.account().version(), null);
        assertThat(reset.oneTimePassword()).isNotBlank();
        List<AdminAudit.Entry> entries = audit.list(admin().scopePath(), AdminAudit.Area.STAFF, username, 0, 10).entries();
        assertThat(entries).extracting(AdminAudit.Entry::action).containsExactly("RESET_PASSWORD", "CREATE");
        assertThat(entries.get(0).actor()).isEqualTo("admin");
        assertThat(entries.get(0).actorName()).isEqualTo("滕娜");
        assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.before()) + e.after())
                .doesNotContain(reset.oneTimePassword()).doesNotContain("Handover2026ok"));
    }

    @Test
    @DisplayName("The audit list of a county's administrator holds that county's changes and the territory-wide ones, not another county's")
    void aCountyAdministratorReadsTheAuditOfTheirCounty() {
        String countyAdmin = fresh("yuanling.admin");
        staff.create(admin(), new StaffAdministration.NewAccount(countyAdmin, "沅陵管理员", "431222-PETITION",
                EnumSet.of(StaffRole.ADMIN), "Handover2026ok"));
        String inCounty = fresh("yuanling.clerk");
        staff.create(admin(), new StaffAdministration.NewAccount(inCounty, "甲", "431222-HOUSING",
                EnumSet.of(StaffRole.HANDLER), "Handover2026ok"));
        String elsewhere = fresh("hecheng.clerk");
        staff.create(admin(), new StaffAdministration.NewAccount(elsewhere, "乙", "431202-HOUSING",
                EnumSet.of(StaffRole.HANDLER), "Handover2026ok"));
        String category = "URBAN." + fresh("AUDIT").toUpperCase(Locale.ROOT);
        categoryAdmin.create(admin(), category, "审计可见类别", null, "URBAN", "HOUSING", false);
        StaffPrincipal county = (StaffPrincipal) accounts.loadUserByUsername(countyAdmin);

        List<String> seen = audit.list(county.scopePath(), null, null, 0, 500).entries().stream()
                .map(AdminAudit.Entry::subject).toList();
        assertThat(seen).contains(inCounty, category).doesNotContain(elsewhere);
        assertThat(audit.list(admin().scopePath(), null, null, 0, 500).entries()).extracting(AdminAudit.Entry::subject)
                .as("the city's administrator reads every county").contains(inCounty, elsewhere, category);
    }

    // ---- units ----

    @Test
    @DisplayName("art. 24 ¶2: a renamed unit keeps its id, code and history; its former name is kept with when it ended")
    void aRenamedUnitKeepsItsIdAndCode() {
        UnitView d = units.create(admin(), fresh("431222-R"), "沅陵县旧名局", "Old Bureau", "431222", fresh("OLDF"));
        long version = units.unit(admin(), d.id()).version();
        units.rename(admin(), d.id(), version, "沅陵县新名局", "New Bureau");
        UnitView now = territory.require(d.id());
        assertThat(now.code()).isEqualTo(d.code());
        assertThat(now.name()).isEqualTo("沅陵县新名局");
        assertThat(units.formerNames(admin(), d.id())).extracting(UnitAdministration.FormerName::name).containsExactly("沅陵县旧名局");
        assertRefused(() -> units.rename(admin(), d.id(), version, "又一个名", null), "admin.stale");
        List<AdminAudit.Entry> entries = audit.list(admin().scopePath(), AdminAudit.Area.UNIT, d.code(), 0, 10).entries();
        assertThat(entries.get(0).action()).isEqualTo("RENAME");
        assertThat(entries.get(0).before()).contains("沅陵县旧名局");
        assertThat(entries.get(0).after()).contains("沅陵县新名局");
    }

    @Test
    @DisplayName("art. 24 ¶2: a merged unit's open matters pass to the continuing body, with their history intact")
    void aMergedUnitsOpenMattersGoToTheContinuingBody() {
        UnitView gone = units.create(admin(), fresh("431222-M"), "沅陵县被并局", null, "431222", fresh("GONEF"));
        UnitView continuing = units.create(admin(), fresh("431222-C"), "沅陵县承接局", null, "431222", fresh("CONTF"));
        long matter = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001",
                "URBAN.DEMOLITION")).id();
        assertThat(api.post("yuanling.registrar", "/api/v1/matters/" + matter + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"" + gone.code() + "\"}").status()).isEqualTo(200);
        List<String> before = events(matter);
        String member = fresh("merged.handler");
        staff.create(admin(), new StaffAdministration.NewAccount(member, "戊", gone.code(), EnumSet.of(StaffRole.HANDLER), null));
        CategoryView demolition = categories.byCode("URBAN.DEMOLITION").orElseThrow();
        UnitView township = units.create(admin(), fresh("431222T"), "合并测试镇", null, "431222", null);
        categoryAdmin.setRule(admin(), "URBAN.DEMOLITION", township.code(), gone.code(), null);

        units.merge(admin(), gone.id(), units.unit(admin(), gone.id()).version(), continuing.code());

        assertThat(jdbc.queryForObject("select responsible_unit_id from matter where id = ?", Long.class, matter))
                .isEqualTo(continuing.id());
        assertThat(jdbc.queryForObject("select responsible_path from matter where id = ?", String.class, matter))
                .isEqualTo(continuing.path());
        List<String> after = events(matter);
        assertThat(after).startsWith(before.toArray(String[]::new)).endsWith("PASSED_TO_CONTINUING_BODY").hasSize(before.size() + 1);
        assertThat(jdbc.queryForObject("select count(*) from matter_event where matter_id = ? and type = 'ROUTED'",
                Integer.class, matter)).as("the routing to the merged unit stays as it was").isEqualTo(1);
        assertThat(api.get("yuanling.registrar", "/api/v1/matters/" + matter).body()).contains("沅陵县承接局");
        assertThat(territory.isActive(territory.require(gone.id()))).isFalse();
        assertThat(territory.mergedInto(territory.require(gone.id()))).map(UnitView::code).hasValue(continuing.code());
        assertThat(accounts.loadUserByUsername(member)).extracting(u -> ((StaffPrincipal) u).unit().code()).isEqualTo(continuing.code());
        UnitView village = units.create(admin(), fresh("431222T1V"), "合并测试村", null, township.code(), null);
        assertThat(routing.suggestResponsibleUnit(village, demolition).code()).as("the rule now names the continuing body")
                .isEqualTo(continuing.code());
        assertThat(territory.assignableUnits(territory.require(gone.parentId()))).extracting(UnitView::code)
                .doesNotContain(gone.code());
        assertRefused(() -> units.merge(admin(), gone.id(), units.unit(admin(), gone.id()).version(), continuing.code()),
                "unit.inactive");
    }

    @Test
    @DisplayName("Merging refuses what makes no sense: into itself, into another kind, with units still below it")
    void mergeRefusals() {
        UnitView d = units.create(admin(), fresh("431222-X"), "沅陵县某局", null, "431222", fresh("XF"));
        long v = units.unit(admin(), d.id()).version();
        assertRefused(() -> units.merge(admin(), d.id(), v, d.code()), "unit.merge.into-itself");
        assertRefused(() -> units.merge(admin(), d.id(), v, "431222001"), "unit.merge.kind");
        assertRefused(() -> units.merge(admin(), d.id(), v, "431202-HOUSING"), "unit.merge.other-government");
        UnitView township = units.create(admin(), fresh("431222Y"), "有村镇", null, "431222", null);
        units.create(admin(), fresh("431222Y1V"), "某村", null, township.code(), null);
        assertRefused(() -> units.merge(admin(), township.id(), units.unit(admin(), township.id()).version(), "431222001"),
                "unit.merge.has-units");
        assertRefused(() -> units.create(admin(), "431222-HOUSING", "重复", null, "431222", "HOUSING2"), "unit.code.taken");
        assertRefused(() -> units.create(admin(), fresh("431222-H"), "重复职能", null, "431222", "HOUSING"), "unit.function.taken");
    }

    @Test
    @DisplayName("A moved unit takes its subtree and every matter's stored path along, in one transaction")
    void aMoveRewritesTheMattersPaths() {
        UnitView township = units.create(admin(), fresh("431222Z"), "搬迁镇", null, "431222", null);
        UnitView village = units.create(admin(), fresh("431222Z1V"), "搬迁村", null, township.code(), null);
        long matter = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), village.code(),
                "URBAN.DEMOLITION")).id();
        assertThat(jdbc.queryForObject("select place_path from matter where id = ?", String.class, matter)).isEqualTo(village.path());

        units.move(admin(), township.id(), units.unit(admin(), township.id()).version(), "431202");

        UnitView movedVillage = territory.require(village.id());
        UnitView hecheng = territory.unitByCode("431202").orElseThrow();
        assertThat(movedVillage.path()).isEqualTo(hecheng.path() + township.id() + "/" + village.id() + "/");
        assertThat(jdbc.queryForObject("select place_path from matter where id = ?", String.class, matter))
                .isEqualTo(movedVillage.path());
        assertThat(jdbc.queryForObject("select count(*) from matter where place_path like ?", Integer.class,
                "%/" + township.id() + "/%")).isEqualTo(jdbc.queryForObject(
                "select count(*) from matter where place_path like ?", Integer.class, hecheng.path() + township.id() + "/%"));
        assertThat(territory.require(township.id()).parentId()).isEqualTo(hecheng.id());
    }

    @Test
    @DisplayName("Moving refuses what makes no sense: under its own child, under itself, a department, the wrong level")
    void moveRefusals() {
        UnitView township = units.create(admin(), fresh("431222W"), "不动镇", null, "431222", null);
        UnitView village = units.create(admin(), fresh("431222W1V"), "不动村", null, township.code(), null);
        long v = units.unit(admin(), township.id()).version();
        assertRefused(() -> units.move(admin(), township.id(), v, village.code()), "unit.move.under-own-subtree");
        assertRefused(() -> units.move(admin(), township.id(), v, township.code()), "unit.move.under-itself");
        assertRefused(() -> units.move(admin(), township.id(), v, "431222"), "unit.move.same-parent");
        assertRefused(() -> units.move(admin(), township.id(), v, "431200"), "unit.move.level");
        assertRefused(() -> units.move(admin(), township.id(), v, "431202-HOUSING"), "unit.parent.department");
        UnitView dept = territory.unitByCode("431222-HOUSING").orElseThrow();
        assertRefused(() -> units.move(admin(), dept.id(), units.unit(admin(), dept.id()).version(), "431202"),
                "unit.move.department");
        assertRefused(() -> units.move(admin(), township.id(), v + 7, "431202"), "admin.stale");
    }

    // ---- categories and routing rules ----

    @Test
    @DisplayName("Categories: created, renamed, deactivated (no longer fileable, still known to old matters)")
    void categoriesAreCreatedRenamedAndDeactivated() {
        String code = "URBAN." + fresh("T").toUpperCase(Locale.ROOT);
        CategoryView c = categoryAdmin.create(admin(), code, "测试类别", "Test category", "URBAN", "HOUSING", false);
        assertThat(categories.requireFileable(code, "categoryCode").name()).isEqualTo("测试类别");
        categoryAdmin.rename(admin(), c.id(), categoryAdmin.category(admin(), c.id()).version(), "改名类别", null);
        assertThat(categories.byCode(code).orElseThrow().name()).isEqualTo("改名类别");
        categoryAdmin.setActive(admin(), c.id(), categoryAdmin.category(admin(), c.id()).version(), false);
        assertRefused(() -> categories.requireFileable(code, "categoryCode"), "category.inactive");
        assertThat(categories.byCode(code)).as("old matters still show it").isPresent();
        assertThat(categories.tree().values().stream().flatMap(List::stream)).extracting(CategoryView::code).doesNotContain(code);
        assertRefused(() -> categoryAdmin.create(admin(), code, "重复", null, "URBAN", null, false), "category.code.taken");
        assertRefused(() -> categoryAdmin.create(admin(), "OTHER.X1", "错位", null, "URBAN", null, false), "category.code.under-parent");
    }

    @Test
    @DisplayName("Routing rules: the nearest place's rule wins; a unit of another county is refused for the place")
    void routingRules() {
        CategoryView demolition = categories.byCode("URBAN.DEMOLITION").orElseThrow();
        UnitView township = units.create(admin(), fresh("431222Q"), "规则镇", null, "431222", null);
        UnitView village = units.create(admin(), fresh("431222Q1V"), "规则村", null, township.code(), null);
        assertThat(routing.suggestResponsibleUnit(village, demolition).code()).isEqualTo("431222-HOUSING");
        categoryAdmin.setRule(admin(), "URBAN.DEMOLITION", township.code(), "431222-NATURAL_RESOURCES", null);
        assertThat(routing.suggestResponsibleUnit(village, demolition).code()).isEqualTo("431222-NATURAL_RESOURCES");
        assertRefused(() -> categoryAdmin.setRule(admin(), "URBAN.DEMOLITION", township.code(), "431202-HOUSING", 0L),
                "routing.unit.outside-place");
        assertRefused(() -> categoryAdmin.setRule(admin(), "URBAN.DEMOLITION", township.code(), "431222-HOUSING", 5L),
                "admin.stale");
        RoutingRules.Rule rule = routing.all().stream().filter(r -> r.place().id().equals(township.id())).findFirst().orElseThrow();
        categoryAdmin.removeRule(admin(), rule.id(), rule.version());
        assertThat(routing.suggestResponsibleUnit(village, demolition).code()).isEqualTo("431222-HOUSING");
    }

    // ---- the working-day calendar ----

    @Test
    @DisplayName("The calendar: a holiday added is not counted from then on, taken back it is; past days and no note are refused")
    void aHolidayAddedChangesTheCountFromThenOn() {
        LocalDate day = LocalDate.of(2029, 6, 4);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        LocalDate before = day.minusDays(1);
        while (!workingDays.isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        LocalDate holiday = day;
        LocalDate next = workingDays.addWorkingDays(before, 1);
        assertThat(next).isEqualTo(holiday);
        try {
            calendar.set("admin", "滕娜", holiday, WorkingDayCalendar.DayKind.HOLIDAY, "测试：临时放假");
            assertThat(workingDays.isWorkingDay(holiday)).isFalse();
            assertThat(workingDays.addWorkingDays(before, 1)).isAfter(holiday);
            assertRefused(() -> calendar.set("admin", "滕娜", holiday, WorkingDayCalendar.DayKind.HOLIDAY, "again"),
                    "calendar.already-holiday");
            assertThat(calendar.changes(holiday.getYear())).extracting(o -> o.day()).contains(holiday);
            assertThat(audit.list(admin().scopePath(), AdminAudit.Area.CALENDAR, holiday.toString(), 0, 5).entries().get(0).after())
                    .contains("working=false", "测试：临时放假");
        } finally {
            calendar.remove("admin", "滕娜", holiday);
        }
        assertThat(workingDays.isWorkingDay(holiday)).isTrue();
        assertRefused(() -> calendar.set("admin", "滕娜", clock.today().minusDays(1), WorkingDayCalendar.DayKind.HOLIDAY, "晚了"),
                "calendar.day.past");
        assertRefused(() -> calendar.set("admin", "滕娜", holiday, WorkingDayCalendar.DayKind.HOLIDAY, " "),
                "calendar.note.required");
        LocalDate saturday = holiday.with(DayOfWeek.SATURDAY);
        try {
            calendar.set("admin", "滕娜", saturday, WorkingDayCalendar.DayKind.WORKING_DAY, "调休上班");
            assertThat(workingDays.isWorkingDay(saturday)).isTrue();
        } finally {
            calendar.remove("admin", "滕娜", saturday);
        }
    }

    // ---- the pages ----

    @Test
    @DisplayName("Every administrator's page answers an administrator, refuses anyone else, and bad input is no 500")
    void thePagesAnswerAndRefuse() throws Exception {
        UnitView unit = territory.unitByCode("431222-HOUSING").orElseThrow();
        for (String page : List.of("/admin", "/admin/staff", "/admin/staff?q=yuanling&role=HANDLER", "/admin/units",
                "/admin/units/" + unit.id(), "/admin/categories", "/admin/routing", "/admin/calendar", "/admin/calendar?year=2026",
                "/admin/audit", "/admin/audit?area=UNIT", "/admin/staff/" + admin().staffId(), "/admin/units?page=99999")) {
            MvcResult r = mvc.perform(get(page).with(user(admin()))).andReturn();
            assertThat(r.getResponse().getStatus()).as(page).isIn(200, 302);
            MvcResult en = mvc.perform(get(page).with(user(admin())).header("Accept-Language", "en")).andReturn();
            assertThat(en.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("??");
        }
        assertThat(mvc.perform(get("/admin/staff").with(user(accounts.loadUserByUsername("yuanling.registrar"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/units/" + unit.id() + "/name").with(user(admin())).with(csrf())
                .param("version", "abc").param("name", "x")).andReturn().getResponse().getStatus()).isEqualTo(400);
        MvcResult refused = mvc.perform(post("/admin/units/" + unit.id() + "/merge").with(user(admin())).with(csrf())
                .param("version", String.valueOf(units.unit(admin(), unit.id()).version())).param("intoCode", unit.code())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/units/" + unit.id());
        assertThat((String) refused.getFlashMap().get("refusal")).contains("不能把沅陵县住房和城乡建设局并入它自己");
        MvcResult stale = mvc.perform(post("/admin/staff").with(user(admin())).with(csrf()).param("username", "admin")
                .param("displayName", "x").param("unitCode", "431200-PETITION").param("roles", "ADMIN")).andReturn();
        assertThat((String) stale.getFlashMap().get("refusal")).contains("用户名“admin”已被使用");
        String year = mvc.perform(get("/admin/calendar?year=2026").with(user(admin()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(year).as("National Day is a holiday of the 2026 notice")
                .containsPattern("id=\"day-2026-10-01\"[^>]*data-working=\"false\"|data-working=\"false\"[^>]*id=\"day-2026-10-01\"");
        String audits = mvc.perform(get("/admin/audit").with(user(admin()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(audits).contains("audit-list");
    }

    private List<String> events(long matter) {
        return jdbc.queryForList("select type from matter_event where matter_id = ? order by seq", String.class, matter);
    }

    private static void assertRefused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
