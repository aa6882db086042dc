package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.insight.IndicatorDataset;
import org.xinfang.territory.Territory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page in a real browser (issue 14): an analyst opens it from the menu, a wrong year comes back named with
 * what was typed, and the annual report of a county's year opens as an editable HTML draft with the year's figures
 * (IndicatorDataset: 5 items in 2013 against 2 in 2012), which the analyst edits in place; the page and the draft fit
 * 1366×768 and a phone (390×844) without sideways scrolling.
 */
class ReportsBrowserTest extends StaffBrowserTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;

    ReportsBrowserTest() {
        super(1366, 768);
    }

    @Test
    void anAnalystGeneratesACountysAnnualReportAndEditsTheDraft() {
        IndicatorDataset.write(jdbc, territory);
        session.signIn("city.analyst");
        session.press(By.id("nav-reports"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-annual")));
        assertThat(session.overflow()).as("fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "reports-01-page-1366");

        new Select(browser.findElement(By.id("annual-unit"))).selectByValue("431229");
        session.type("annual-year", "20x3");
        session.press(By.id("annual-html"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("年度“20x3”无效");
        assertThat(browser.findElement(By.id("annual-year")).getAttribute("value")).isEqualTo("20x3");
        assertThat(browser.findElement(By.id("annual-year")).getAttribute("class")).contains("is-invalid");

        new Select(browser.findElement(By.id("annual-unit"))).selectByValue("431229");
        session.type("annual-year", "2013");
        session.press(By.id("annual-html"));
        WebElement report = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(report.getText()).contains("靖州苗族侗族自治县2013年信访情况年度报告", "一、信访事项数据统计",
                "共登记信访事项5件（同比上升150.0%）", "六、其他应当报告的事项");
        assertThat(report.getAttribute("contenteditable")).isEqualTo("true");
        WebElement title = report.findElement(By.tagName("h1"));
        title.click();
        title.sendKeys(Keys.END, "（送审稿）");
        assertThat(title.getText()).isEqualTo("靖州苗族侗族自治县2013年信访情况年度报告（送审稿）");
        assertThat(session.overflow()).as("the draft fits 1366 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "reports-02-annual-html-1366");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/insight/reports");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-summary")));
        assertThat(session.overflow()).as("fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "reports-03-page-390");
        session.open("/insight/reports/annual?unit=431229&year=2013&format=html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
        assertThat(session.overflow()).as("the draft fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "reports-04-annual-html-390");
        session.open("/insight/reports");
        session.signOut();
    }
}
