package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leader receptions in a real browser (issue 12, item 6): a registrar puts this Monday's open reception day on the
 * calendar (a leader of another county is refused, what was typed stays), records a batch received with the
 * four-meet-two-nods record and the matter it touched, and finds it on the calendar and in the figures; the pages fit
 * a phone.
 */
class ReceptionBrowserTest extends StaffBrowserTest {

    ReceptionBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aRegistrarPutsAnOpenDayOnTheCalendarAndRecordsWhatWasReceived() throws Exception {
        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Shanghai")).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String registered = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = registered.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");

        session.signIn("yuanling.registrar");
        session.press(By.id("nav-receptions"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-reception")));
        new Select(browser.findElement(By.id("reception-kind"))).selectByValue("OPEN_DAY");
        new Select(browser.findElement(By.id("reception-unit"))).selectByValue("431222-PETITION");
        session.script("arguments[0].value = arguments[1]", browser.findElement(By.id("reception-day")), monday.toString());
        session.type("reception-place", "县联合接访中心一号窗口");
        session.type("reception-leader", "hecheng.leader");
        Select joined = new Select(browser.findElement(By.id("reception-joined")));
        joined.selectByValue("431222-HOUSING");
        joined.selectByValue("431222-HUMAN_RESOURCES");
        session.pressAndLeave(By.id("save-reception"), "reception-refused");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("hecheng.leader", "不是该单位所在地的领导");
        assertThat(browser.findElement(By.id("reception-place")).getAttribute("value")).isEqualTo("县联合接访中心一号窗口");
        session.type("reception-leader", "yuanling.leader");
        session.script("arguments[0].value = arguments[1]", browser.findElement(By.id("reception-day")), monday.toString());
        joined = new Select(browser.findElement(By.id("reception-joined")));
        joined.selectByValue("431222-HOUSING");
        joined.selectByValue("431222-HUMAN_RESOURCES");
        session.pressAndLeave(By.id("save-reception"), "reception-saved");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reception-facts")));
        assertThat(browser.findElement(By.id("reception-leader-name")).getText()).isEqualTo("陈刚");
        assertThat(browser.findElement(By.id("reception-joined-by")).getText()).contains("住房和城乡建设局");
        String receptionPage = browser.getCurrentUrl();

        session.type("visit-petitioner", "向红梅");
        session.type("visit-persons", "3");
        session.type("visit-subject", "老旧小区征收补偿款多年未结清");
        session.type("visit-outcome", "住建局一个月内核定补偿标准并拨付");
        session.type("visit-matters", ref);
        session.press(By.id("nod-petitioner"));
        session.press(By.id("nod-unit"));
        session.pressAndLeave(By.id("save-visit"), "reception-visit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("visits")).getText()).contains("向红梅", "四方见面", "双方认可", ref);
        assertThat(browser.findElement(By.id("reception-count")).getText()).isEqualTo("1 批 3 人次");
        Browser.screenshot(browser, "receptions-01-reception-1366");

        session.press(By.id("to-calendar"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-reception")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("县联合接访中心一号窗口", "联合接访", "陈刚");
        Browser.screenshot(browser, "receptions-02-calendar-1366");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/receptions");
        assertThat(session.overflow()).as("the calendar fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "receptions-03-calendar-390");
        browser.get(receptionPage);
        assertThat(session.overflow()).as("the reception fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "receptions-04-reception-390");
        session.open("/receptions/indicators");
        assertThat(Long.parseLong(browser.findElement(By.id("all-persons")).getText())).isGreaterThanOrEqualTo(3);
        assertThat(session.overflow()).as("the figures fit 390 px").isLessThanOrEqualTo(0L);
        session.open("/receptions/requests");
        assertThat(session.overflow()).as("the requests fit 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
