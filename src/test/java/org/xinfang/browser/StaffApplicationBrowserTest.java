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

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff application in a real browser: one matter from registration at the window to closing, by the
 * people who do each step, and the access scope as a person meets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffApplicationBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(1366, 768);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMatterGoesFromTheReceptionWindowToClosingThroughThePages() {
        browser.get(url("/login"));
        Browser.screenshot(browser, "01-login");
        signIn("yuanling.registrar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作首页");

        browser.get(url("/register"));
        press(By.cssSelector("label[for=channel-VISIT]"));
        browser.findElement(By.id("name")).sendKeys("李秀英");
        browser.findElement(By.id("idNumber")).sendKeys("431222196505050028");
        browser.findElement(By.id("phone")).sendKeys("13907451234");
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue("URBAN.DEMOLITION");
        new Select(browser.findElement(By.id("placeCode"))).selectByValue("431222001001");
        browser.findElement(By.id("title")).sendKeys("房屋征收补偿款未兑现");
        browser.findElement(By.id("content")).sendKeys("我家房屋2019年被列入征收范围，补偿款至今未兑现，请求督促拆迁办发放。");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hint-unit")));
        assertEveryControlIsLabelled();
        assertThat(browser.findElement(By.id("hint-unit")).getText()).contains("沅陵县住房和城乡建设局");
        Browser.screenshot(browser, "02-register");
        press(By.id("submit-registration"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        String matterUrl = browser.getCurrentUrl();
        showsState("已登记");
        assertThat(browser.findElement(By.id("countdown")).getText()).contains("剩余 15 天");
        new Select(browser.findElement(By.id("route-unit"))).selectByValue("431222-HOUSING");
        press(By.cssSelector("#form-route button"));
        showsState("已转送待受理");
        Browser.screenshot(browser, "03-matter-routed");
        assertEveryControlIsLabelled();
        signOut();

        signIn("yuanling.housing");
        browser.get(matterUrl);
        assertThat(browser.findElements(By.id("form-route"))).isEmpty();
        new Select(browser.findElement(By.id("accept-outcome"))).selectByValue("ACCEPTED");
        new Select(browser.findElement(By.id("accept-lead"))).selectByValue("431222-HOUSING");
        browser.findElement(By.id("accept-notice")).sendKeys("您反映的问题已受理。");
        press(By.cssSelector("#form-accept button"));
        showsState("办理中");
        // issue 11 B: the handler drafts the opinion; the unit head signs it off, which issues it
        browser.findElement(By.id("draft-text")).sendKeys("经核查，补偿款将于下月发放到位。");
        press(By.cssSelector("#form-draft_opinion button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-off-pending")));
        signOut();
        signIn("yuanling.leader");
        browser.get(matterUrl);
        press(By.cssSelector("#form-sign_off_opinion button"));
        showsState("已答复");
        signOut();

        signIn("yuanling.registrar");
        browser.get(matterUrl);
        new Select(browser.findElement(By.id("evaluate-satisfaction"))).selectByValue("SATISFIED");
        WebElement beforeRating = browser.findElement(By.id("state"));
        press(By.cssSelector("#form-evaluate button"));
        // the state stays the same: wait for the page after the rating, or the old page's close form is pressed
        wait.until(ExpectedConditions.stalenessOf(beforeRating));
        press(By.cssSelector("#form-close button"));
        showsState("已办结");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("登记", "转送", "受理", "出具处理意见", "满意度评价", "办结");
        Browser.screenshot(browser, "04-matter-closed");

        browser.get(url("/worklist?scope=all"));
        Browser.screenshot(browser, "05-worklist");
        assertEveryControlIsLabelled();
        signOut();

        // Another county's registrar meets the matter as if it did not exist.
        signIn("hecheng.registrar");
        browser.get(matterUrl);
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("不存在或不在您的管辖范围内");
        assertThat(browser.findElements(By.id("state"))).isEmpty();
        signOut();
    }

    @Test
    void aRegistrarRegistersWithoutTouchingTheMouse() {
        signIn("yuanling.registrar");
        browser.get(url("/register"));
        // the first channel has the focus; the arrow key moves to the next channel (visit)
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("channel-LETTER");
        focused.sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("channel-VISIT");
        assertThat(browser.findElement(By.id("persons")).isDisplayed()).isTrue();
        type("name", "赵德胜");
        type("idNumber", "431222197203030018");
        type("categoryCode", "欠薪");
        type("placeCode", "官庄镇");
        type("title", "工地拖欠工资");
        type("content", "某建筑公司拖欠我们班组工资八万元，请求督促支付。");
        browser.findElement(By.id("title")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("工地拖欠工资");
        showsState("已登记");
        signOut();
    }

    /** Types into a control the way a keyboard does (a select takes the typed text to pick its option). */
    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void theApplicationSwitchesToEnglishAndWorksAtPhoneWidth() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(url("/login"));
        signIn("city.registrar");
        press(By.cssSelector(".navbar-toggler"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("switch-language"))).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My desk");
        Browser.screenshot(browser, "06-worklist-phone-en");
        press(By.cssSelector(".navbar-toggler"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("switch-language"))).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作首页");
    }

    /** Every visible form control has a label a screen reader can announce. */
    private void assertEveryControlIsLabelled() {
        Object unlabelled = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
                  .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]'))
                            && !e.getAttribute('aria-label') && !e.closest('label'))
                  .map(e => e.name || e.id || e.outerHTML.substring(0, 60));""");
        assertThat((java.util.List<?>) unlabelled).as("controls without a label on " + browser.getCurrentUrl()).isEmpty();
    }

    /** Clicks like a person would: the element is scrolled into view first. */
    /** Waits for the page after an action: reading the old page's state while the new one loads goes stale. */
    private void showsState(String state) {
        wait.until(ExpectedConditions.textToBe(By.id("state"), state));
    }

    private void press(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // headless Chromium sometimes reports a control at the page's very bottom as covered: press it by script
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
        }
    }

    @Test
    void aSupervisorSeesWhatIsLateByUnitAndIssuesANoticeInOneAction() throws Exception {
        String late = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(20).toString();
        String body = """
                {"channel":"LETTER","petitioner":{"name":"张明"},"categoryCode":"LABOUR.WAGE_ARREARS","placeCode":"431222001001",
                 "title":"工程款拖欠农民工工资","content":"某工地拖欠工资三个月。","receivedOn":"%s"}""".formatted(late);
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/matters")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("yuanling.registrar:demo".getBytes()))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        signIn("yuanling.supervisor");
        browser.get(url("/supervision"));
        WebElement row = browser.findElement(By.xpath("//tr[td[contains(., '工程款拖欠农民工工资')]]"));
        assertThat(row.getText()).contains("超期");
        Browser.screenshot(browser, "07-supervision");
        row.findElement(By.cssSelector("button.supervise")).click();
        assertThat(browser.findElement(By.id("done")).getText()).contains("发出督办单");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("督办");
        signOut();
    }

    @Test
    void aRegistrarExportsTheListAndWatchesItsRowsBeingWritten() {
        signIn("yuanling.registrar");
        browser.get(url("/worklist?scope=all"));
        press(By.id("export"));
        WebElement progress = browser.findElement(By.id("export-progress"));
        // thousands of demo rows: more than the ten seconds a page step gets
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> progress.getText().startsWith("导出完成"));
        assertThat(progress.getText()).matches("导出完成：共 \\d+ 件。");
        assertThat(progress.findElement(By.className("progress-bar")).getAttribute("style")).contains("width: 100%");
        Browser.screenshot(browser, "08-export-done");
        signOut();
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        press(By.id("sign-in"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    }

    private void signOut() {
        WebElement logout = browser.findElement(By.id("logout"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].form.submit()", logout);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
