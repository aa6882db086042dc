package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.insight.DrillDownDataset;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in a real browser (issue 14): an analyst opens them from the menu, reads 沅陵's day of the three matters of
 * {@link DrillDownDataset} drawn by ECharts with a table under each chart, clicks a bar and lands on the
 * worklist of the matters behind it, as many as the bar said; at 1366×768 and on a phone (390×844) without sideways
 * scrolling.
 */
class DashboardBrowserTest extends StaffBrowserTest {

    private static final List<String> CHARTS = List.of("chart-trend", "chart-channels", "chart-categories",
            "chart-hot-spots", "chart-areas", "chart-tiles", "chart-overdue");

    @Autowired
    JdbcTemplate jdbc;

    DashboardBrowserTest() {
        super(1366, 768);
    }

    @Test
    void anAnalystReadsTheChartsAndFollowsABarToTheMattersBehindIt() throws Exception {
        String period = DrillDownDataset.register(session::post, null, jdbc);
        session.signIn("city.analyst");
        session.press(By.id("nav-dashboard"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-dashboard")));
        session.open("/insight/dashboard?" + period);
        rendered();
        assertThat(browser.findElement(By.cssSelector("#table-trend tbody a.items")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.cssSelector("#channel-VISIT a.items")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("#area-431222001 a.items")).getText()).isEqualTo("2");
        assertThat(session.overflow()).as("fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "dashboard-01-county-month-1366");

        // the trend's bar of the one day's month, clicked where ECharts drew it: the worklist of its three matters
        clickAt("chart-trend", 0, 0);
        assertThat(session.text(By.id("count"))).isEqualTo("共 3 件");
        assertThat(browser.getCurrentUrl()).contains("county=431222", "receivedFrom=" + period.substring(period.indexOf("from=") + 5, period.indexOf("&to=")));
        session.signOut();
    }

    @Test
    void onAPhoneAPlacesBarLeadsToTheMattersThatAroseThere() throws Exception {
        String period = DrillDownDataset.register(session::post, null, jdbc);
        browser.manage().window().setSize(new Dimension(390, 844));
        session.signIn("city.analyst");
        session.open("/insight/dashboard?" + period);
        rendered();
        assertThat(session.overflow()).as("fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "dashboard-02-county-month-390");
        // the places' bars run bottom up in the table's order: 沅陵镇 (431222001), the first, is the last category
        long places = (Long) session.script("return document.querySelectorAll('#table-areas tbody tr').length;");
        clickAt("chart-areas", 0, places - 1);
        assertThat(session.text(By.id("count"))).isEqualTo("共 2 件");
        assertThat(browser.getCurrentUrl()).contains("county=431222001");
        session.signOut();
    }

    private void rendered() {
        wait.until(ExpectedConditions.attributeToBe(By.id("dashboard"), "data-rendered", "true"));
        for (String id : CHARTS) {
            assertThat(browser.findElements(By.cssSelector("#" + id + " canvas"))).as(id + " drawn").isNotEmpty();
        }
    }

    /**
     * Clicks the chart {@code id} in the middle of the bar ECharts drew for item {@code index} of series {@code series}
     * (its layout read from the instance), by mouse events at that point of the chart's surface.
     */
    private void clickAt(String id, int series, long index) {
        WebElement chart = browser.findElement(By.id(id));
        session.script("arguments[0].scrollIntoView({block: 'center'});", chart);
        // until the bar has grown to its place (ECharts animates it in), a click there may miss: click until it lands
        wait.until(d -> {
            if (d.getCurrentUrl().contains("/worklist")) {
                return true;
            }
            try {
                session.script("""
                var c = echarts.getInstanceByDom(arguments[0]);
                var bar = c.getModel().getSeriesByIndex(arguments[1]).getData().getItemLayout(arguments[2]);
                var surface = c.getZr().painter.getViewportRoot();
                var r = surface.getBoundingClientRect();
                var at = { bubbles: true, cancelable: true, view: window,
                  clientX: r.left + bar.x + bar.width / 2, clientY: r.top + bar.y + bar.height / 2 };
                ['mousemove', 'mousedown', 'mouseup', 'click'].forEach(function (type) {
                  surface.dispatchEvent(new MouseEvent(type, at));
                });""", chart, series, index);
            } catch (org.openqa.selenium.WebDriverException leaving) {
                // the page is on its way to the worklist
            }
            return false;
        });
    }
}
