package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three recommendations in a real browser (issue 13, item 4): the county bureau's supervisor issues a policy
 * recommendation to the housing bureau over a matter; the housing bureau's staff find it in the list and record the
 * written feedback (art. 40 ¶4). The list and the recommendation fit a phone.
 */
class RecommendationBrowserTest extends StaffBrowserTest {

    RecommendationBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theBureauIssuesARecommendationAndTheBodyAnswersInWriting() throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
        String subject = "完善征收补偿标准第" + (System.nanoTime() % 100000) + "号";

        session.signIn("yuanling.supervisor");
        session.open("/recommendations");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-issue")));
        new Select(browser.findElement(By.id("issue-kind"))).selectByVisibleText("完善政策");
        new Select(browser.findElement(By.id("issue-addressee"))).selectByVisibleText("沅陵县住房和城乡建设局");
        session.type("issue-subject", subject);
        session.press(By.id("issue-submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal")));
        assertThat(browser.findElement(By.id("refusal")).getText()).as("the refusal names the problem").contains("请填写建议的内容");
        assertThat(browser.findElement(By.id("issue-subject")).getAttribute("value")).as("nothing typed twice").isEqualTo(subject);
        new Select(browser.findElement(By.id("issue-kind"))).selectByVisibleText("完善政策");
        new Select(browser.findElement(By.id("issue-addressee"))).selectByVisibleText("沅陵县住房和城乡建设局");
        session.type("issue-content", "建议统一征收补偿标准并公开");
        session.type("issue-matters", ref);
        session.press(By.id("issue-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matters")));
        assertThat(browser.findElement(By.id("matters")).getText()).contains(ref);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("待反馈");
        String page = browser.getCurrentUrl();
        assertThat(session.overflow()).as("the recommendation fits 1366 px").isLessThanOrEqualTo(0L);
        session.open("/recommendations");
        assertThat(browser.findElement(By.id("indicators")).getText()).as("the bureau's indicators of the year")
                .contains("今年完善政策：提出");
        session.signOut();

        session.signIn("yuanling.housing");
        session.open("/recommendations?kind=IMPROVE_POLICY");
        assertThat(browser.findElement(By.id("recommendations")).getText()).contains(subject, "沅陵县住房和城乡建设局", "待反馈");
        assertThat(session.overflow()).as("the list fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "recommendation-01-list-1366");
        browser.get(page);
        new Select(browser.findElement(By.id("feedback-outcome"))).selectByVisibleText("部分采纳");
        session.type("feedback-text", "已修订补偿标准，公开事项正在办理");
        session.press(By.id("feedback-submit"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已反馈");
        assertThat(browser.findElement(By.id("feedback")).getText()).contains("部分采纳", "已修订补偿标准");
        assertThat(browser.findElements(By.id("form-feedback"))).as("answered once").isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page);
        assertThat(session.overflow()).as("the recommendation fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "recommendation-02-one-390");
        session.open("/recommendations?status=ANSWERED");
        assertThat(browser.findElement(By.id("recommendations")).getText()).contains(subject);
        assertThat(session.overflow()).as("the list fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
