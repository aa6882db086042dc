package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hot spots and early warning in a real browser (issue 15, items 4 and 5): veterans of 潭湾镇 write about once a week,
 * then six come in one week; 辰溪's supervisor finds their topic at the top of the hot spots, marked 涉军群体, runs the
 * early warning, reads the rise and the likely collective visit, acknowledges one; both pages fit a phone.
 */
class IntelligenceBrowserTest extends StaffBrowserTest {

    private static final AtomicInteger PERSON = new AtomicInteger(300);

    IntelligenceBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aSupervisorFindsTheVeteransTopicAndTheirWarningsAndAcknowledgesOne() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        for (int week = 8; week >= 1; week--) {
            register(lastMonday.minusWeeks(week).plusDays(2), 1);
        }
        for (int n = 0; n < 6; n++) {
            // last week's Sunday: in last week, and in the last seven days whatever day today is
            register(lastMonday.plusDays(6), 2);
        }

        session.signIn("chenxi.supervisor");
        session.open("/intelligence/hot-spots");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("topics")));
        assertThat(session.text(By.cssSelector("#topic-1 .topic-label"))).isEqualTo("退役士兵安置工作未落实");
        assertThat(session.text(By.cssSelector("#topic-1 .topic-kind"))).isEqualTo("涉军群体");
        assertThat(session.text(By.cssSelector("#topic-1 .topic-places"))).contains("潭湾镇");
        assertThat(session.text(By.cssSelector("#topic-1 .topic-parts"))).startsWith("14 件 · 14 人");
        browser.findElement(By.cssSelector("#topic-1 summary")).click();
        assertThat(session.text(By.cssSelector("#topic-1 details"))).contains("退役士兵安置工作未落实");
        Browser.screenshot(browser, "intelligence-01-hot-spots-1366");

        session.open("/intelligence/warnings");
        session.press(By.id("run-detection"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText()).contains("新增");
        String listed = session.text(By.id("warnings"));
        assertThat(listed).contains("类别异常上升", "群体异常上升", "可能集体访", "辰溪县 退役军人", "潭湾镇 退役安置");
        Browser.screenshot(browser, "intelligence-02-warnings-1366");
        int before = browser.findElements(By.cssSelector("#warnings .warning")).size();
        session.press(By.cssSelector("#warnings .warning .acknowledge"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText()).contains("已确认预警");
        assertThat(browser.findElements(By.cssSelector("#warnings .warning"))).hasSize(before - 1);

        session.open("/inbox");
        assertThat(session.text(By.tagName("main"))).contains("预警");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/intelligence/warnings");
        assertThat(session.overflow()).as("no sideways scrolling on a phone").isZero();
        Browser.screenshot(browser, "intelligence-03-warnings-390");
        session.open("/intelligence/hot-spots");
        browser.findElement(By.cssSelector("#topic-1 summary")).click();
        assertThat(session.overflow()).isZero();
        Browser.screenshot(browser, "intelligence-04-hot-spots-390");
    }

    private void register(LocalDate receivedOn, int persons) throws Exception {
        session.post("chenxi.registrar", "/api/v1/matters", """
                {"channel":"VISIT","petitioner":{"name":"向%s","idNumber":null,"phone":"1391234%04d"},"persons":%d,
                 "categoryCode":"VETERANS.RESETTLEMENT","placeCode":"431223006","title":"退役士兵安置工作未落实",
                 "content":"我们是潭湾镇的退役士兵，退役多年安置工作至今没有落实，请求县退役军人事务局按政策安置。",
                 "receivedOn":"%s"}""".formatted("明" + PERSON.get(), PERSON.incrementAndGet(), persons, receivedOn));
    }
}
