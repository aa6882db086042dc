package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff application in a real browser: one matter from registration at the window to closing, by the
 * people who do each step, and the access scope as a person meets it.
 */
class StaffApplicationBrowserTest extends StaffBrowserTest {

    StaffApplicationBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aMatterGoesFromTheReceptionWindowToClosingThroughThePages() {
        session.open("/login");
        Browser.screenshot(browser, "01-login");
        session.signIn("yuanling.registrar");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作首页");

        session.open("/register");
        session.press(By.cssSelector("label[for=channel-VISIT]"));
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
        session.press(By.id("submit-registration"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        String matterUrl = browser.getCurrentUrl();
        session.showsState("已登记");
        assertThat(browser.findElement(By.id("countdown")).getText()).contains("剩余 15 天");
        new Select(browser.findElement(By.id("route-unit"))).selectByValue("431222-HOUSING");
        session.press(By.cssSelector("#form-route button"));
        session.showsState("已转送待受理");
        Browser.screenshot(browser, "03-matter-routed");
        assertEveryControlIsLabelled();
        session.signOut();

        session.signIn("yuanling.housing");
        browser.get(matterUrl);
        assertThat(browser.findElements(By.id("form-route"))).isEmpty();
        new Select(browser.findElement(By.id("accept-outcome"))).selectByValue("ACCEPTED");
        new Select(browser.findElement(By.id("accept-lead"))).selectByValue("431222-HOUSING");
        browser.findElement(By.id("accept-notice")).sendKeys("您反映的问题已受理。");
        session.press(By.cssSelector("#form-accept button"));
        session.showsState("办理中");
        // issue 11 B: the handler drafts the opinion; the unit head signs it off, which issues it
        browser.findElement(By.id("draft-text")).sendKeys("经核查，补偿款将于下月发放到位。");
        session.press(By.cssSelector("#form-draft_opinion button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-off-pending")));
        session.signOut();
        session.signIn("yuanling.leader");
        browser.get(matterUrl);
        session.press(By.cssSelector("#form-sign_off_opinion button"));
        session.showsState("已答复");
        session.signOut();

        session.signIn("yuanling.registrar");
        browser.get(matterUrl);
        new Select(browser.findElement(By.id("evaluate-satisfaction"))).selectByValue("SATISFIED");
        WebElement beforeRating = browser.findElement(By.id("state"));
        session.press(By.cssSelector("#form-evaluate button"));
        // the state stays the same: wait for the page after the rating, or the old page's close form is pressed
        wait.until(ExpectedConditions.stalenessOf(beforeRating));
        session.press(By.cssSelector("#form-close button"));
        session.showsState("已办结");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("登记", "转送", "受理", "出具处理意见", "满意度评价", "办结");
        Browser.screenshot(browser, "04-matter-closed");

        session.open("/worklist?scope=all");
        Browser.screenshot(browser, "05-worklist");
        assertEveryControlIsLabelled();
        session.signOut();

        // Another county's registrar meets the matter as if it did not exist.
        session.signIn("hecheng.registrar");
        browser.get(matterUrl);
        assertThat(browser.findElement(By.id("refusal")).getText()).contains("不存在或不在您的管辖范围内");
        assertThat(browser.findElements(By.id("state"))).isEmpty();
        session.signOut();
    }

    @Test
    void aRegistrarRegistersWithoutTouchingTheMouse() {
        session.signIn("yuanling.registrar");
        session.open("/register");
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
        session.showsState("已登记");
        session.signOut();
    }

    /** Types into a control the way a keyboard does (a select takes the typed text to pick its option). */
    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void theApplicationSwitchesToEnglishAndWorksAtPhoneWidth() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        session.open("/login");
        session.signIn("city.registrar");
        session.press(By.cssSelector(".navbar-toggler"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("switch-language"))).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My desk");
        Browser.screenshot(browser, "06-worklist-phone-en");
        session.press(By.cssSelector(".navbar-toggler"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("switch-language"))).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作首页");
    }

    /** Every visible form control has a label a screen reader can announce. */
    private void assertEveryControlIsLabelled() {
        Object unlabelled = session.script("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
                  .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]'))
                            && !e.getAttribute('aria-label') && !e.closest('label'))
                  .map(e => e.name || e.id || e.outerHTML.substring(0, 60));""");
        assertThat((java.util.List<?>) unlabelled).as("controls without a label on " + browser.getCurrentUrl()).isEmpty();
    }

    @Test
    void aSupervisorSeesWhatIsLateByUnitAndIssuesANoticeInOneAction() throws Exception {
        String late = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(20).toString();
        String body = """
                {"channel":"LETTER","petitioner":{"name":"张明"},"categoryCode":"LABOUR.WAGE_ARREARS","placeCode":"431222001001",
                 "title":"工程款拖欠农民工工资","content":"某工地拖欠工资三个月。","receivedOn":"%s"}""".formatted(late);
        var response = session.postForResponse("yuanling.registrar", "/api/v1/matters", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);

        session.signIn("yuanling.supervisor");
        session.open("/supervision");
        WebElement row = browser.findElement(By.xpath("//tr[td[contains(., '工程款拖欠农民工工资')]]"));
        assertThat(row.getText()).contains("超期");
        Browser.screenshot(browser, "07-supervision");
        row.findElement(By.cssSelector("button.supervise")).click();
        // the notice is issued on the matter's page, which replaces this one
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done"))).getText()).contains("发出督办单");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("督办");
        session.signOut();
    }

    @Test
    void aRegistrarExportsTheListAndWatchesItsRowsBeingWritten() {
        session.signIn("yuanling.registrar");
        session.open("/worklist?scope=all");
        session.press(By.id("export"));
        WebElement progress = browser.findElement(By.id("export-progress"));
        // thousands of demo rows: more than the ten seconds a page step gets
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> progress.getText().startsWith("导出完成"));
        assertThat(progress.getText()).matches("导出完成：共 \\d+ 件。");
        assertThat(progress.findElement(By.className("progress-bar")).getAttribute("style")).contains("width: 100%");
        Browser.screenshot(browser, "08-export-done");
        session.signOut();
    }
}
