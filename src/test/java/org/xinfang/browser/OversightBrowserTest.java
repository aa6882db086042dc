package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversight in a real browser (issue 12, item 4): the county's joint conference office lists its housing bureau for
 * supervision over a matter, then records the rectification, which lifts the listing; it opens a special inspection
 * of the matter and records the finding. The page and the inspection fit a phone.
 */
class OversightBrowserTest extends StaffBrowserTest {

    OversightBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theOfficeRecordsAMeasureItsRectificationAndAnInspectionWithItsFinding() throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
        String reason = "征收补偿积案久拖不决，第" + (System.nanoTime() % 100000) + "号";

        session.signIn("yuanling.supervisor");
        session.press(By.id("nav-oversight"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-measure")));
        new Select(browser.findElement(By.id("measure-unit"))).selectByVisibleText("沅陵县住房和城乡建设局");
        new Select(browser.findElement(By.id("measure-kind"))).selectByVisibleText("挂牌督办");
        session.type("measure-reason", reason);
        session.type("measure-matters", ref);
        session.press(By.id("save-measure"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        WebElement row = measureRow(reason);
        assertThat(row.getText()).contains("沅陵县住房和城乡建设局", "挂牌督办", "挂牌中", ref);
        assertThat(session.overflow()).as("the oversight page fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "oversight-01-measure-1366");

        session.press(By.cssSelector("tr.oversight-measure[data-id='" + row.getAttribute("data-id") + "'] summary"));
        WebElement form = row.findElement(By.cssSelector(".form-rectify"));
        form.findElement(By.name("rectification")).sendKeys("补偿款已兑现，整改报告已报县联席办");
        session.press(By.cssSelector("tr.oversight-measure[data-id='" + row.getAttribute("data-id") + "'] .form-rectify button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("measures-rectified")).getText()).contains("补偿款已兑现");
        assertThat(browser.findElements(By.cssSelector("#measures-awaiting tr.oversight-measure")))
                .extracting(WebElement::getText).noneSatisfy(t -> assertThat(t).contains(reason));

        session.type("inspection-title", "征收补偿信访事项专项督查");
        session.type("inspection-ground", "县联席会议部署");
        session.type("inspection-matters", ref);
        session.script("arguments[0].value = arguments[1]", browser.findElement(By.id("inspection-due")),
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
        session.press(By.id("save-inspection"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-matters")));
        assertThat(browser.findElement(By.id("inspection-progress")).getText()).contains("已查 0/1 件");
        session.press(By.cssSelector(".form-finding input[value=true]"));
        browser.findElement(By.cssSelector(".form-finding textarea")).sendKeys("答复意见未告知复查途径");
        session.press(By.cssSelector(".form-finding button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("inspection-matters")).getText()).contains(ref, "发现问题", "答复意见未告知复查途径");
        assertThat(browser.findElement(By.id("inspection-progress")).getText()).contains("已查 1/1 件，发现问题 1 件");
        assertThat(browser.findElements(By.id("form-conclusion"))).hasSize(1);
        assertThat(session.overflow()).as("the inspection fits 1366 px").isLessThanOrEqualTo(0L);
        String inspectionPage = browser.getCurrentUrl();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(inspectionPage);
        assertThat(session.overflow()).as("the inspection fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "oversight-02-inspection-390");
        session.open("/oversight");
        assertThat(browser.findElement(By.id("inspection-list")).getText()).contains("征收补偿信访事项专项督查", "已查 1/1 件，发现问题 1 件");
        assertThat(session.overflow()).as("the oversight page fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "oversight-03-page-390");
        session.signOut();
    }

    private WebElement measureRow(String reason) {
        return browser.findElements(By.cssSelector("#measures-awaiting tr.oversight-measure")).stream()
                .filter(r -> r.getText().contains(reason)).findFirst().orElseThrow();
    }
}
