package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.recommendation.RecommendationReminders;
import org.xinfang.statute.RecommendationRules;
import org.xinfang.support.ApiClient;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three recommendations in a real browser (issue 13, item 4): the county bureau's supervisor issues a policy
 * recommendation to the housing bureau over a matter and opens its letter (建议书, PDF); when the feedback falls due
 * soon the daily job's reminder stands in the supervisor's inbox and opens the recommendation; the housing bureau's
 * staff find it in the list and record the written feedback (art. 40 ¶4). The list, the recommendation and the inbox
 * fit a phone.
 */
class RecommendationBrowserTest extends StaffBrowserTest {

    @Autowired
    RecommendationReminders reminders;
    @Autowired
    Clock clock;

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
        String number = browser.findElement(By.id("number")).getText();
        assertThat(number).startsWith("信建策〔");
        Object letter = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>
                    done(r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))));""",
                browser.findElement(By.id("letter")).getAttribute("href"));
        assertThat(letter).as("the letter opens as a PDF").isEqualTo("application/pdf %PDF-");

        LocalDate due = LocalDate.now(clock).plusDays(RecommendationRules.DEFAULT_FEEDBACK_DAYS);
        reminders.remind(due.minusDays(3));
        WebElement reminder = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            session.open("/inbox");
            return d.findElements(By.cssSelector("#inbox .notification")).stream()
                    .filter(n -> n.getText().contains(number)).findFirst().orElse(null);
        });
        assertThat(reminder.getText()).contains("未读", "三项建议反馈提醒：书面反馈期限为 " + due, subject, "督查责任人");
        assertThat(session.overflow()).as("the inbox fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "recommendation-00-inbox-1366");
        assertThat(reminder.findElement(By.cssSelector(".open-notification")).getText()).isEqualTo("查看详情");
        reminder.findElement(By.cssSelector(".open-notification")).click();
        wait.until(d -> d.getCurrentUrl().equals(page));
        assertThat(browser.findElement(By.id("subject")).getText()).isEqualTo(subject);
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

        session.signIn("yuanling.supervisor");
        session.open("/inbox");
        assertThat(browser.findElement(By.id("inbox")).getText()).contains(number);
        assertThat(session.overflow()).as("the inbox fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "recommendation-03-inbox-390");
        session.signOut();
    }
}
