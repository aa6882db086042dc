package org.xinfang.browser;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.support.ApiClient;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox in a real browser (三级四线): the county housing bureau's handler sees the unread count in the top bar, opens the
 * inbox from it, reads a notification (it opens the matter) and finds the count one lower; at 1366×768 and on a
 * 390×844 phone, where the badge stays in the top bar and the notifications are cards.
 */
class NotificationBrowserTest extends StaffBrowserTest {

    private static final String HANDLER = "yuanling.housing";

    NotificationBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theBadgeOpensTheInboxAndReadingANotificationLowersTheCount() throws Exception {
        for (int i = 0; i < 2; i++) {
            String registered = session.post("yuanling.registrar", "/api/v1/matters",
                    ApiClient.visit(ApiClient.freshIdNumber(), "431222001002", "URBAN.DEMOLITION"));
            Matcher found = Pattern.compile("\"id\":(\\d+)").matcher(registered);
            assertThat(found.find()).as(registered).isTrue();
            long id = Long.parseLong(found.group(1));
            session.post("yuanling.registrar", "/api/v1/matters/" + id + "/acceptance",
                    "{\"version\":0,\"outcome\":\"ACCEPTED\",\"notice\":\"已受理\",\"leadUnitCode\":\"431222-HOUSING\"}");
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> unread() >= 2);

        session.signIn(HANDLER);
        readOne("notification-01-inbox-1366");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/");
        assertThat(browser.findElement(By.id("inbox-badge")).isDisplayed()).as("the badge stays in the phone's top bar").isTrue();
        readOne("notification-02-inbox-390");
        session.open("/inbox");
        assertThat(session.overflow()).as("the inbox fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }

    /** From the badge to the inbox, the first unread notification opened: the count drops by one. */
    private void readOne(String screenshot) throws Exception {
        long before = unread();
        assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo(String.valueOf(before));
        session.pressAndLeave(By.id("inbox-badge"), screenshot + "-badge");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        assertThat(browser.findElement(By.id("inbox-count")).getText()).contains("未读 " + before);
        Browser.screenshot(browser, screenshot);
        assertThat(browser.findElement(By.cssSelector(".notification-unread")).getText()).contains("受理", "承办责任人");
        session.pressAndLeave(By.cssSelector(".notification-unread .open-notification"), screenshot + "-opened");
        wait.until(ExpectedConditions.urlMatches(".*/matters/\\d+$"));
        assertThat(browser.findElements(By.id("unread-count"))).as("no count when nothing is unread")
                .hasSize(before > 1 ? 1 : 0);
        if (before > 1) {
            assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo(String.valueOf(before - 1));
        }
        assertThat(unread()).isEqualTo(before - 1);
    }

    private long unread() throws Exception {
        Matcher m = Pattern.compile("\"unread\":(\\d+)").matcher(session.get(HANDLER, "/api/v1/inbox/unread-count"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
