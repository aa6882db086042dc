package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.support.ApiClient;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog register in a real browser (issue 12, item 2): a supervisor puts an old matter on the register with its
 * leader, target date and plan (a leader of another county is refused, what was typed stays); the leader notes
 * progress and is told the case can be settled once the procedure has concluded it; the pages fit a phone.
 */
class BacklogBrowserTest extends StaffBrowserTest {

    BacklogBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aSupervisorRegistersAnOldMatterAndItsLeaderNotesProgress() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> registered = session.postForResponse("yuanling.registrar", "/api/v1/matters", """
                {"channel":"LETTER","petitioner":{"name":"向红梅","idNumber":"%s","phone":"13974500001"},
                 "categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001","receivedOn":"%s",
                 "title":"老旧小区征收补偿多年未结","content":"补偿款多年未结清，多次反映无果。"}"""
                .formatted(ApiClient.freshIdNumber(), today.minusDays(80)));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String ref = registered.body().replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");

        session.signIn("yuanling.supervisor");
        session.press(By.id("nav-backlog"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-backlog")));
        session.type("backlog-reference", ref);
        session.type("backlog-leader", "hecheng.leader");
        session.script("arguments[0].value = arguments[1]", browser.findElement(By.id("backlog-target")),
                today.plusDays(45).toString());
        session.type("backlog-plan", "县领导牵头，住建局、镇政府四十五日内结清补偿款");
        session.press(By.id("save-backlog"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("hecheng.leader", "不是该事项所在地的领导");
        assertThat(browser.findElement(By.id("backlog-plan")).getAttribute("value")).contains("四十五日内结清");
        browser.findElement(By.id("backlog-leader")).clear();
        session.type("backlog-leader", "yuanling.leader");
        session.script("arguments[0].value = arguments[1]", browser.findElement(By.id("backlog-target")),
                today.plusDays(45).toString());
        session.press(By.id("save-backlog"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("backlog-facts")));
        assertThat(browser.findElement(By.id("backlog-case-leader")).getText()).isEqualTo("陈刚");
        assertThat(browser.findElement(By.id("backlog-plan-text")).getText()).contains("四十五日内结清");
        String casePage = browser.getCurrentUrl();
        session.signOut();

        session.signIn("yuanling.leader");
        browser.get(casePage);
        session.type("progress-note", "召开协调会，住建局承诺一个月内拨付");
        session.press(By.id("save-progress"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("progress")).getText()).contains("召开协调会", "陈刚");
        assertThat(browser.findElement(By.id("settle-wait")).getText()).contains("办理程序终结后");
        Browser.screenshot(browser, "backlog-01-case-1366");
        session.open("/backlog");
        assertThat(browser.findElement(By.id("backlog-open")).getText()).contains(ref, "陈刚");
        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/backlog");
        assertThat(session.overflow()).as("the register fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "backlog-02-register-390");
        browser.get(casePage);
        assertThat(session.overflow()).as("the case fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
