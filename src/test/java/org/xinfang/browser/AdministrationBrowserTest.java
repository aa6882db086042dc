package org.xinfang.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

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

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(390, 844);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorCreatesAnAccountRenamesAndMergesAUnitAndAddsAHoliday() {
        signIn("admin", "demo");
        browser.get(url("/admin"));
        Browser.screenshot(browser, "admin-01-home-390");
        press(By.id("link-staff"));
        type("new-username", "yuanling.newcomer");
        type("new-name", "新同事");
        new Select(browser.findElement(By.id("new-unit"))).selectByValue("431222-PETITION");
        press(By.cssSelector("label[for=new-role-REGISTRAR]"));
        Browser.screenshot(browser, "admin-02-new-staff-390");
        press(By.id("create-staff"));
        String oneTime = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password"))).getText();
        assertThat(oneTime).hasSize(12);
        assertThat(browser.findElement(By.id("account-username")).getText()).isEqualTo("yuanling.newcomer");
        signOut();

        signIn("yuanling.newcomer", oneTime, "form-password");
        assertThat(browser.findElement(By.id("must-change")).getText()).contains("管理员设定");
        type("current", oneTime);
        type("password", "Newcomer2026");
        type("repeated", "Newcomer2026");
        Browser.screenshot(browser, "admin-03-change-password-390");
        press(By.id("change-password"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/account/password");
        assertThat(browser.findElement(By.id("who")).getAttribute("textContent")).contains("新同事");
        signOut();

        signIn("admin", "demo");
        String gone = createDepartment("431222-OLDBUREAU", "沅陵县旧局", "OLD_BUREAU");
        String continuing = createDepartment("431222-NEWBUREAU", "沅陵县新局", "NEW_BUREAU");
        browser.get(gone);
        type("rename-name", "沅陵县更名局");
        press(By.id("rename-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-name")).getText()).contains("沅陵县更名局");
        assertThat(browser.findElement(By.id("former-names")).getText()).contains("沅陵县旧局");

        type("merge-into", "431222-NEWBUREAU");
        press(By.id("merge-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-state")).getText()).contains("已并入", "沅陵县新局");
        assertThat(browser.findElements(By.id("form-merge"))).as("a merged unit is not changed again").isEmpty();
        Browser.screenshot(browser, "admin-04-unit-merged-390");

        browser.get(continuing);
        type("merge-into", "431222-NEWBUREAU");
        press(By.id("merge-unit"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("不能把沅陵县新局并入它自己");

        browser.get(url("/admin/calendar?year=2029"));
        WebElement day = browser.findElement(By.id("cal-day"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2029-06-04'", day);
        new Select(browser.findElement(By.id("cal-kind"))).selectByValue("HOLIDAY");
        type("cal-note", "依据市政府通知临时放假");
        press(By.id("save-day"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("change-2029-06-04")).getText()).contains("依据市政府通知临时放假");
        assertThat(browser.findElement(By.id("day-2029-06-04")).getAttribute("data-working")).isEqualTo("false");
        Browser.screenshot(browser, "admin-05-calendar-390");

        browser.get(url("/admin/audit"));
        String audit = browser.findElement(By.id("audit-list")).getText();
        assertThat(audit).contains("yuanling.newcomer", "431222-OLDBUREAU", "合并", "更名", "2029-06-04", "设为节假日")
                .doesNotContain(oneTime).doesNotContain("Newcomer2026");
        Browser.screenshot(browser, "admin-06-audit-390");
        Long wide = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(wide).as("the page fits 390 px").isLessThanOrEqualTo(0L);
        signOut();
    }

    /** Creates a department of Yuanling county through the form; the address of its page. */
    private String createDepartment(String code, String name, String function) {
        browser.get(url("/admin/units"));
        type("new-code", code);
        type("new-parent", "431222");
        type("new-name", name);
        type("new-function", function);
        press(By.id("create-unit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("unit-name")).getText()).contains(name);
        return browser.getCurrentUrl();
    }

    private void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void press(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
        }
    }

    private void signIn(String user, String password) {
        signIn(user, password, "who");
    }

    private void signIn(String user, String password, String landsOn) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        press(By.id("sign-in"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(landsOn)));
    }

    private void signOut() {
        WebElement logout = browser.findElement(By.id("logout"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].form.submit()", logout);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
