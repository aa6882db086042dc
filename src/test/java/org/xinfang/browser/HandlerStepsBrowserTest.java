package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler's own steps in a real browser (issue 11, item 3): the housing bureau signs for a matter transferred to
 * it and sends it back (退回); the petition bureau confirms and routes it again; the bureau signs for it, accepts it,
 * and its handler asks for an extension, which the county's head approves.
 */
class HandlerStepsBrowserTest extends StaffBrowserTest {

    HandlerStepsBrowserTest() {
        super(1366, 900);
    }

    @Test
    void signForSendBackAndAnExtensionRequestThroughThePages() throws Exception {
        long id = register();
        String matter = session.url("/matters/" + id);

        session.signIn("yuanling.registrar");
        browser.get(matter);
        new Select(browser.findElement(By.id("route-unit"))).selectByValue("431222-HOUSING");
        session.press(By.cssSelector("#form-route button"));
        session.showsState("已转送待受理");
        session.signOut();

        // the housing bureau finds the matter waiting for its sign-for, and signs for it
        session.signIn("yuanling.housing");
        session.open("/worklist?flag=sign-for-pending");
        session.press(By.cssSelector("a[href$='/matters/" + id + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-for-pending")));
        assertThat(browser.findElement(By.id("sign-for")).getText()).contains("待签收", "沅陵县住房和城乡建设局");
        Browser.screenshot(browser, "handler-01-to-sign-for");
        session.press(By.cssSelector("#form-sign_for button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-for")));
        assertThat(browser.findElement(By.id("signed-for")).getText()).contains("滕浩", "签收", "用时");
        assertThat(browser.findElements(By.id("sign-for-pending"))).isEmpty();
        assertThat(browser.findElements(By.id("form-sign_for"))).as("a second sign-for is not offered").isEmpty();
        assertThat(browser.findElement(By.id("state")).getText()).as("the state does not change").isEqualTo("已转送待受理");

        // it is not the bureau's matter: it sends it back with its reasons
        browser.findElement(By.id("object-reason")).sendKeys("涉及集体土地确权，属自然资源部门职责");
        session.press(By.cssSelector("#form-object button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("objection-pending")));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("提出异议，申请退回", "涉及集体土地确权");
        Browser.screenshot(browser, "handler-02-sent-back");
        session.signOut();

        // the petition bureau confirms, finds the matter among those sent back, and routes it again
        session.signIn("yuanling.registrar");
        session.open("/worklist?flag=objection-pending");
        session.press(By.cssSelector("a[href$='/matters/" + id + "']"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide-objection-outcome"))))
                .selectByValue("CONFIRMED");
        browser.findElement(By.id("decide-objection-reason")).sendKeys("核实属实，交还重新转送");
        session.press(By.cssSelector("#form-decide_objection button"));
        session.showsState("已登记");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("异议核实同意，退回交还材料");
        session.open("/worklist?flag=sent-back");
        session.press(By.cssSelector("a[href$='/matters/" + id + "']"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("route-unit")))).selectByValue("431222-HOUSING");
        session.press(By.cssSelector("#form-route button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.id("error")).getText()).contains("退回", "须在理由中说明");
        session.showsState("已登记");
        Browser.screenshot(browser, "handler-03-route-back-refused");
        new Select(browser.findElement(By.id("route-unit"))).selectByValue("431222-HOUSING");
        browser.findElement(By.id("route-reason")).sendKeys("经县政府协调，房屋部分仍由住建局办理");
        session.press(By.cssSelector("#form-route button"));
        session.showsState("已转送待受理");
        session.signOut();

        // the bureau signs for the matter again, accepts it, and its handler asks for an extension
        session.signIn("yuanling.housing");
        browser.get(matter);
        session.press(By.cssSelector("#form-sign_for button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-for")));
        new Select(browser.findElement(By.id("accept-outcome"))).selectByValue("ACCEPTED");
        new Select(browser.findElement(By.id("accept-lead"))).selectByValue("431222-HOUSING");
        new Select(browser.findElement(By.id("accept-type"))).selectByValue("APPEAL");
        // route (6) of art. 31, the petition procedure itself: the one with the 60 days of art. 34 and their extension
        new Select(browser.findElement(By.id("accept-route"))).selectByValue("PETITION");
        browser.findElement(By.id("accept-notice")).sendKeys("您反映的问题已受理。");
        session.press(By.cssSelector("#form-accept button"));
        session.showsState("办理中");
        assertThat(browser.findElement(By.id("handling-type")).getText()).contains("（六）信访程序");
        WebElement days = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-extension-days")));
        days.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "20");
        assertThat(days.getAttribute("value")).isEqualTo("20");
        WebElement why = browser.findElement(By.id("request-extension-reason"));
        session.script("arguments[0].scrollIntoView({block: 'center'})", why);
        why.sendKeys("需调取不动产登记档案，情况复杂");
        if (why.getAttribute("value").isEmpty()) {
            // headless Chromium may drop keys sent to a control far below the fold: fill it as a paste would
            session.script("arguments[0].value = arguments[1]", why, "需调取不动产登记档案，情况复杂");
        }
        Browser.screenshot(browser, "handler-04a-asking");
        try {
            WebElement ask = browser.findElement(By.id("form-request_extension"));
            session.script("arguments[0].scrollIntoView({block: 'center'})", ask);
            ask.submit();
        } catch (org.openqa.selenium.TimeoutException notThere) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "handler-04a.html"), browser.getPageSource());
            throw notThere;
        }
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("extension-request-pending")));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "handler-04b.html"), browser.getPageSource());
            throw notThere;
        }
        assertThat(browser.findElement(By.id("extension-request")).getText()).contains("20", "需调取不动产登记档案");
        assertThat(browser.findElements(By.id("form-request_extension"))).as("one request at a time").isEmpty();
        Browser.screenshot(browser, "handler-04-extension-requested");
        session.signOut();

        // the county's head approves it: the one extension, and no form for another
        session.signIn("yuanling.leader");
        browser.get(matter);
        assertThat(browser.findElements(By.id("form-extend"))).as("the head decides on the request instead").isEmpty();
        new Select(browser.findElement(By.id("decide-extension-outcome"))).selectByValue("APPROVED");
        session.press(By.cssSelector("#form-decide_extension_request button"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("extension")));
        assertThat(browser.findElement(By.id("extension")).getText()).contains("已延期20天", "陈刚");
        assertThat(browser.findElement(By.id("extension-request-outcome")).getText()).contains("批准延期");
        assertThat(browser.findElements(By.id("form-extend"))).as("the one extension is used").isEmpty();
        assertThat(browser.findElements(By.id("form-decide_extension_request"))).isEmpty();
        Browser.screenshot(browser, "handler-05-extension-approved");
        session.signOut();

        session.signIn("yuanling.housing");
        browser.get(matter);
        assertThat(browser.findElements(By.id("form-request_extension"))).isEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("签收", "申请延期", "延期");
        session.signOut();
    }

    /** A visit registered through the API by Yuanling's petition bureau. */
    private long register() throws Exception {
        String body = """
                {"channel":"VISIT","petitioner":{"name":"向德明","idNumber":"431222196808080056","phone":"13907456789"},
                 "persons":1,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"宅基地上房屋征收补偿争议","content":"我家宅基地上的房屋被征收，补偿标准与集体土地确权有关，请求处理。"}""";
        HttpResponse<String> response = session.postForResponse("yuanling.registrar", "/api/v1/matters", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
    }
}
