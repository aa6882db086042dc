package org.xinfang.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's screens in a real browser at phone width (390 px): an account is created and its holder signs
 * in with the one-time password and must choose their own; a unit is renamed and merged into another (2022 art. 24
 * ¶2); a holiday is added to the working-day calendar; the audit lists what was done.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministrationBrowserTest {

    @LocalServerPort
    int port;

    StaffSession session;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        session = new StaffSession(port, 390, 844);
        browser = session.browser;
        wait = session.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAdministratorCreatesAnAccountRenamesAndMergesAUnitAndAddsAHoliday() {
        session.signIn("admin");
        session.open("/admin");
        Browser.screenshot(browser, "admin-01-home-390");
        session.press(By.id("link-staff"));
        session.type("new-username", "yuanling.newcomer");
        session.type("new-name", "新同事");
        new Select(browser.findElement(By.id("new-unit"))).selectByValue("431222-PETITION");
        session.press(By.cssSelector("label[for=new-role-REGISTRAR]"));
        Browser.screenshot(browser, "admin-02-new-staff-390");
        session.press(By.id("create-staff"));
        String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        assertThat(oneTime).hasSize(12);
        assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo("yuanling.newcomer");
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
        String gone = createDepartment("431222-OLDBUREAU", "沅陵县旧局", "OLD_BUREAU");
        String continuing = createDepartment("431222-NEWBUREAU", "沅陵县新局", "NEW_BUREAU");
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

    /** Creates a department of Yuanling county through the form; the address of its page. */
    private String createDepartment(String code, String name, String function) {
        session.open("/admin/units");
        session.type("new-code", code);
        session.type("new-parent", "431222");
        session.type("new-name", name);
        session.type("new-function", function);
        session.press(By.id("create-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-name")).getText()).contains(name);
        return browser.getCurrentUrl();
    }
}
