package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.coordination.DeadlineReminders;
import org.xinfang.coordination.SupervisionNotices;
import org.xinfang.support.ApiClient;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nobody lets a deadline slip unnoticed, in a real browser (issue 12, item 4): the daily job's reminder stands unread
 * in the housing bureau's inbox and opens the matter; a notice ignored past its day shows in the city supervisor's
 * inbox and opens the notice, which says it came up to the city; the inbox fits a phone.
 */
class AlertBrowserTest extends StaffBrowserTest {

    @Autowired
    DeadlineReminders reminders;
    @Autowired
    SupervisionNotices notices;
    @Autowired
    JdbcTemplate jdbc;

    AlertBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aReminderOpensTheMatterAndANoticeSentUpOpensTheNotice() throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
        session.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        LocalDate dueOn = jdbc.queryForObject("select due_on from matter where id = ?", LocalDate.class, id);
        reminders.remind(dueOn.minusDays(7));

        session.signIn("yuanling.housing");
        WebElement reminder = waitInInbox(ref, "到期提醒：7 天后（" + dueOn + "）到期");
        assertThat(reminder.getText()).contains("未读", "承办责任人");
        reminder.findElement(By.cssSelector(".open-notification")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/matters/" + id));
        session.signOut();

        session.post("yuanling.supervisor", "/api/v1/matters/" + id + "/supervision",
                "{\"version\":1,\"reason\":\"逾期未受理，请即查明原因\"}");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> jdbc.queryForObject(
                "select count(*) from supervision_notice where matter_id = ?", Integer.class, id) > 0);
        LocalDate answerDue = jdbc.queryForObject("select answer_due_on from supervision_notice where matter_id = ?",
                LocalDate.class, id);
        notices.escalateIgnored(answerDue.plusDays(1));

        session.signIn("city.supervisor");
        WebElement sentUp = waitInInbox(ref, "督办升级");
        assertThat(sentUp.getText()).contains("答复期限 " + answerDue, "督查责任人");
        Browser.screenshot(browser, "alert-01-1366");
        sentUp.findElement(By.cssSelector(".open-notification")).click();
        wait.until(d -> d.getCurrentUrl().contains("/supervision/notices/"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("怀化市信访局", ref);
        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/inbox");
        assertThat(session.overflow()).as("the inbox fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "alert-02-390");
        session.signOut();
    }

    /** The notification of matter {@code ref} whose heading contains {@code heading}, once the listener wrote it. */
    private WebElement waitInInbox(String ref, String heading) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            session.open("/inbox");
            return d.findElements(By.cssSelector("#inbox .notification")).stream()
                    .filter(n -> n.getText().contains(ref) && n.getText().contains(heading)).findFirst().orElse(null);
        });
    }
}
