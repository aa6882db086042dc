package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.insight.IndicatorDataset;
import org.xinfang.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators page in a real browser (issue 14): an analyst opens it from the menu, picks a county and a year and
 * reads each indicator with the year before and the change; a wrong day comes back named, with what was typed; the
 * page fits 1366×768 and a phone (390×844) without sideways scrolling.
 */
class InsightBrowserTest extends StaffBrowserTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;

    InsightBrowserTest() {
        super(1366, 768);
    }

    @Test
    void anAnalystReadsACountysIndicatorsForAYearAgainstTheYearBefore() {
        IndicatorDataset.write(jdbc, territory);
        session.signIn("city.analyst");
        session.press(By.id("nav-insight"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("insight-indicators")));
        new Select(browser.findElement(By.id("insight-unit"))).selectByValue("431229");
        session.type("insight-from", "2013-01-01");
        session.type("insight-to", "2013-12-31");
        session.press(By.id("show-insight"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("insight-period"), "2013-01-01"));
        assertThat(cell("volume.items", "value")).isEqualTo("5");
        assertThat(cell("volume.items", "earlier")).isEqualTo("2");
        assertThat(cell("volume.items", "change")).isEqualTo("+3");
        assertThat(cell("volume.items", "change-per-cent")).isEqualTo("+150.0%");
        assertThat(cell("volume.VISIT.items", "change-per-cent")).as("none against nothing").isEqualTo("—");
        assertThat(cell("rate.initial-resolution", "value")).isEqualTo("87.5");
        assertThat(cell("rate.initial-resolution", "change")).as("a rate changes by points").isEqualTo("-12.5 个百分点");
        assertThat(cell("rate.initial-resolution", "change-per-cent")).isEqualTo("—");
        assertThat(browser.findElement(By.id("section-RATES")).getText()).isEqualTo("受理、办理与评价");
        assertThat(session.overflow()).as("fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "insight-01-county-year-1366");

        session.type("insight-from", "2013-02-30");
        session.press(By.id("show-insight"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("开始日期“2013-02-30”无效");
        assertThat(browser.findElement(By.id("insight-from")).getAttribute("value")).isEqualTo("2013-02-30");
        assertThat(browser.findElements(By.id("insight-indicators"))).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/insight?unit=431229&from=2013-01-01&to=2013-12-31");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("insight-indicators")));
        assertThat(cell("volume.items", "value")).isEqualTo("5");
        assertThat(session.overflow()).as("fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "insight-02-county-year-390");
        session.signOut();
    }

    private String cell(String key, String column) {
        return browser.findElement(By.cssSelector("tr[id='indicator-" + key + "'] td." + column)).getText();
    }
}
