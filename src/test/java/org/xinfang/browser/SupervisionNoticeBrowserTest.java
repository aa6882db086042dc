package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up of a supervision notice in a real browser (issue 12, item 4): the housing bureau finds the notice on
 * its list and answers it; the county's supervisor suggests an improvement; the bureau feeds back in writing that it
 * adopted it in part; the pages fit a phone.
 */
class SupervisionNoticeBrowserTest extends StaffBrowserTest {

    SupervisionNoticeBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theUnitAnswersTheSupervisorSuggestsAndTheUnitFeedsBack() throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        long id = Long.parseLong(body.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
        session.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        session.post("yuanling.supervisor", "/api/v1/matters/" + id + "/supervision",
                "{\"version\":1,\"reason\":\"逾期未受理，请即查明原因\"}");

        session.signIn("yuanling.housing");
        // the notice becomes a case once the matter's step has been handled (after its transaction)
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            session.open("/supervision/notices");
            return d.findElement(By.id("notices-toAnswer")).getText().contains(ref);
        });
        session.press(By.linkText(ref));
        session.type("answer-text", "已受理，正在核实补偿标准");
        session.press(By.id("save-answer"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("notice-answer")).getText()).contains("滕浩", "核实补偿标准");
        String page = browser.getCurrentUrl();
        session.signOut();

        session.signIn("yuanling.supervisor");
        browser.get(page);
        session.type("suggestion-text", "建立受理台账，每周报送进展");
        session.press(By.id("save-suggestion"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        session.signOut();

        session.signIn("yuanling.housing");
        browser.get(page);
        new Select(browser.findElement(By.id("feedback-adoption"))).selectByVisibleText("部分采纳");
        session.type("feedback-text", "已建立台账，每两周报送");
        session.press(By.id("save-feedback"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("notice-feedback")).getText()).contains("部分采纳", "每两周报送");
        Browser.screenshot(browser, "notice-01-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(page);
        assertThat(session.overflow()).as("the notice fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "notice-02-390");
        session.open("/supervision/notices");
        assertThat(session.overflow()).as("the list fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
