package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's screens in a real browser at phone width (390 px): an account is created and its holder signs
 * in with the one-time password and must choose their own; a unit is renamed and merged into another (2022 art. 24
 * ¶2); a holiday is added to the working-day calendar; roles, a password reset and disabling an account; a unit moved
 * in the tree; a category and a routing rule; the audit lists what was done.
 */
class AdministrationBrowserTest extends StaffBrowserTest {

    AdministrationBrowserTest() {
        super(390, 844);
    }

    @Test
    void anAdministratorCreatesAnAccountRenamesAndMergesAUnitAndAddsAHoliday() {
        session.signIn("admin");
        session.open("/admin");
        Browser.screenshot(browser, "admin-01-home-390");
        session.press(By.id("link-staff"));
        String oneTime = createAccount("yuanling.newcomer", "新同事", "admin-02-new-staff-390");
        session.signOut();

        session.signIn("yuanling.newcomer", oneTime, "form-password");
        assertThat(browser.findElement(By.id("must-change")).getText()).contains("管理员设定");
        session.type("current", oneTime);
        session.type("password", "Newcomer2026");
        session.type("repeated", "Newcomer2026");
        Browser.screenshot(browser, "admin-03-change-password-390");
        session.press(By.id("change-password"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/account/password");
        assertThat(browser.findElement(By.id("who")).getAttribute("textContent")).contains("新同事");
        session.signOut();

        session.signIn("admin");
        String gone = createUnit("431222-OLDBUREAU", "沅陵县旧局", "OLD_BUREAU");
        String continuing = createUnit("431222-NEWBUREAU", "沅陵县新局", "NEW_BUREAU");
        browser.get(gone);
        session.type("rename-name", "沅陵县更名局");
        session.press(By.id("rename-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-name")).getText()).contains("沅陵县更名局");
        assertThat(browser.findElement(By.id("former-names")).getText()).contains("沅陵县旧局");

        session.type("merge-into", "431222-NEWBUREAU");
        session.press(By.id("merge-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-state")).getText()).contains("已并入", "沅陵县新局");
        assertThat(browser.findElements(By.id("form-merge"))).as("a merged unit is not changed again").isEmpty();
        Browser.screenshot(browser, "admin-04-unit-merged-390");

        browser.get(continuing);
        session.type("merge-into", "431222-NEWBUREAU");
        session.press(By.id("merge-unit"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("不能把沅陵县新局并入它自己");

        session.open("/admin/calendar?year=2029");
        WebElement day = browser.findElement(By.id("cal-day"));
        session.script("arguments[0].value = '2029-06-04'", day);
        new Select(browser.findElement(By.id("cal-kind"))).selectByValue("HOLIDAY");
        session.type("cal-note", "依据市政府通知临时放假");
        session.press(By.id("save-day"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("change-2029-06-04")).getText()).contains("依据市政府通知临时放假");
        assertThat(browser.findElement(By.id("day-2029-06-04")).getAttribute("data-working")).isEqualTo("false");
        Browser.screenshot(browser, "admin-05-calendar-390");

        session.open("/admin/audit");
        String audit = browser.findElement(By.id("audit-list")).getText();
        assertThat(audit).contains("yuanling.newcomer", "431222-OLDBUREAU", "合并", "更名", "2029-06-04", "设为节假日")
                .doesNotContain(oneTime).doesNotContain("Newcomer2026");
        Browser.screenshot(browser, "admin-06-audit-390");
        Long wide = (Long) session.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(wide).as("the page fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }

    @Test
    void anAdministratorChangesRolesResetsAPasswordDisablesAnAccountMovesAUnitAndSetsACategoryAndARule() {
        session.signIn("admin");
        session.open("/admin/staff");
        String first = createAccount("yuanling.trainee", "见习生", null);
        // a second role, kept after the save
        session.press(By.cssSelector("label[for=edit-role-HANDLER]"));
        session.press(By.id("save-staff"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("edit-role-HANDLER")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("edit-role-REGISTRAR")).isSelected()).isTrue();
        // a reset with the field left empty makes a new one-time password, shown once
        session.press(By.id("reset-password-button"));
        String second = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        assertThat(second).hasSize(12).isNotEqualTo(first);
        session.press(By.id("toggle-enabled"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("account-state")).getText()).contains("已停用");
        Browser.screenshot(browser, "admin-07-account-disabled-390");
        session.signOut();
        // a disabled account does not sign in, whatever password it is given
        session.signIn("yuanling.trainee", second, "sign-in");
        // the refusal comes with the sign-in page again: wait for it, as a loaded machine can be slow to answer
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]"))).getText())
                .contains("用户名或密码错误");
        assertThat(browser.findElements(By.id("who"))).isEmpty();

        session.signIn("admin");
        // a township government (no function) moves to another county, one level above it
        createUnit("431222-NEWTOWN", "沅陵县新设镇", null);
        session.type("move-parent", "431202");
        session.press(By.id("move-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-parent")).getText()).contains("(431202)");

        session.open("/admin/categories");
        session.type("cat-code", "URBAN.STREET_LIGHTS");
        session.type("cat-parent", "URBAN");
        session.type("cat-name", "路灯照明");
        session.press(By.id("create-category"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("category-URBAN.STREET_LIGHTS")).getText()).contains("URBAN.STREET_LIGHTS");
        session.open("/admin/routing");
        new Select(browser.findElement(By.id("rule-category"))).selectByValue("URBAN.STREET_LIGHTS");
        session.type("rule-place", "431222002");
        session.type("rule-unit", "431202-HOUSING");
        session.press(By.id("create-rule"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .as("a unit of another county is refused, with the reason").contains("属地管理");
        new Select(browser.findElement(By.id("rule-category"))).selectByValue("URBAN.STREET_LIGHTS");
        session.type("rule-place", "431222002");
        session.type("rule-unit", "431222-NATURAL_RESOURCES");
        session.press(By.id("create-rule"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("rule-list")).getText()).contains("路灯照明", "沅陵县自然资源局");
        Browser.screenshot(browser, "admin-08-routing-390");
        assertThat(session.overflow()).as("the rules fit 390 px, one card each").isLessThanOrEqualTo(0L);
        session.open("/admin/categories");
        assertThat(session.overflow()).as("the categories fit 390 px").isLessThanOrEqualTo(0L);

        session.open("/admin/audit");
        assertThat(browser.findElement(By.id("audit-list")).getText())
                .contains("yuanling.trainee", "431222-NEWTOWN", "URBAN.STREET_LIGHTS").doesNotContain(second);
        session.signOut();
    }

    /** Creates a Yuanling petition-bureau registrar through the form, on the staff page; the one-time password. */
    private String createAccount(String username, String name, String screenshot) {
        session.type("new-username", username);
        session.type("new-name", name);
        new Select(browser.findElement(By.id("new-unit"))).selectByValue("431222-PETITION");
        session.press(By.cssSelector("label[for=new-role-REGISTRAR]"));
        if (screenshot != null) {
            Browser.screenshot(browser, screenshot);
        }
        session.press(By.id("create-staff"));
        String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        assertThat(oneTime).hasSize(12);
        assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo(username);
        return oneTime;
    }

    /** Creates a unit under Yuanling county through the form, a department when it has a function; its page's address. */
    private String createUnit(String code, String name, String function) {
        session.open("/admin/units");
        session.type("new-code", code);
        session.type("new-parent", "431222");
        session.type("new-name", name);
        if (function != null) {
            session.type("new-function", function);
        }
        session.press(By.id("create-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-name")).getText()).contains(name);
        return browser.getCurrentUrl();
    }
}
