package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four-level package cases in a real browser (issue 12, item 1): a county leader takes a matter from its page,
 * records a visit on the package case's page (a day in the future is refused, what was typed stays), finds the case
 * on their own list and desk, and reads the indicators by level; the pages fit a phone.
 */
class PackageCaseBrowserTest extends StaffBrowserTest {

    PackageCaseBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aLeaderTakesAMatterRecordsAVisitAndFindsTheCaseOnTheirListAndDesk() throws Exception {
        HttpResponse<String> registered = session.postForResponse("yuanling.registrar", "/api/v1/matters", """
                {"channel":"VISIT","petitioner":{"name":"舒桂兰","idNumber":"%s","phone":"13974512345"},
                 "persons":1,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"征收安置房多年未交付","content":"安置房承诺两年交付，至今已五年未交付，请求解决。"}"""
                .formatted(ApiClient.freshIdNumber()));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long id = Long.parseLong(registered.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        String ref = registered.body().replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");

        session.signIn("yuanling.leader");
        session.open("/matters/" + id);
        session.type("reason-TAKE_AS_PACKAGE_CASE", "安置房久拖未决，县领导包案化解");
        session.press(By.cssSelector("#form-take_as_package_case button"));
        WebElement badge = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("package-case")));
        assertThat(badge.getText()).as("the leader by name, not log-in").contains("陈刚").doesNotContain("yuanling.leader");

        session.press(By.id("package-case"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-activity")));
        assertThat(browser.findElement(By.id("package-leader")).getText()).contains("陈刚", "县级");
        assertThat(browser.findElement(By.id("no-activities")).getText()).contains("还没有记录包案工作");
        assertThat(browser.findElement(By.id("package-state")).getText()).contains("未接访", "未化解");

        // a day still to come is refused by the server too (the date box's max is taken off), and nothing typed is lost
        new Select(browser.findElement(By.id("activity-kind"))).selectByValue("VISIT");
        WebElement day = browser.findElement(By.id("activity-day"));
        session.script("arguments[0].removeAttribute('max'); arguments[0].value = '2099-01-01'", day);
        session.type("activity-note", "到安置小区现场接访，当面听取诉求，承诺一月内答复交付时间");
        session.type("activity-people", "信访人舒桂兰、县住建局、镇政府");
        session.press(By.id("save-activity"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("2099-01-01", "还没有到");
        assertThat(browser.findElement(By.id("activity-note")).getAttribute("value")).contains("到安置小区现场接访");
        assertThat(browser.findElement(By.id("activity-people")).getAttribute("value")).contains("舒桂兰");
        session.script("arguments[0].value = arguments[0].max || new Date().toISOString().slice(0, 10)",
                browser.findElement(By.id("activity-day")));
        session.press(By.id("save-activity"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("activities")).getText()).contains("包接访", "到安置小区现场接访", "陈刚");
        assertThat(browser.findElement(By.id("package-state")).getText()).contains("已接访");
        Browser.screenshot(browser, "package-01-case-1366");

        session.press(By.id("nav-package-cases"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-all")));
        assertThat(browser.findElement(By.id("list-all")).getText()).contains(ref);
        assertThat(browser.findElement(By.id("list-not-visited")).getText()).doesNotContain(ref);
        assertThat(browser.findElement(By.id("package-indicators")).getText()).contains("县级", "85%");
        Browser.screenshot(browser, "package-02-my-cases-1366");

        session.open("/");
        WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-package-cases")));
        assertThat(panel.getText()).contains(ref, "我的包案");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/package-cases");
        assertThat(session.overflow()).as("my package cases fit 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "package-03-my-cases-390");
        session.open("/package-cases/" + id);
        assertThat(session.overflow()).as("the case page fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "package-04-case-390");
        session.signOut();
    }
}
