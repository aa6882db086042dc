package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rankings page in a real browser (issue 14): the city bureau's supervisor opens it from the menu, saves the
 * appraisal scheme as a new version, reads the departments' ranking of 2010 with each score's breakdown (the facts of
 * RankingDataset, worked out by hand in RankingsTest), sorts it by an indicator, and is refused a mark without a
 * reason or for an unknown number, with what was typed kept; the page fits 1366×768 and, a card per unit instead of
 * the table, 390×844; the export button carries the filter shown.
 */
class RankingsBrowserTest extends StaffBrowserTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Territory territory;

    RankingsBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theSupervisorSavesTheSchemeAndReadsTheDepartmentsRanking() {
        org.xinfang.insight.RankingDataset.write(jdbc, territory);
        UnitView city = territory.root().orElseThrow();
        String housing = territory.department(city, "HOUSING").orElseThrow().code();
        session.signIn("city.supervisor");
        session.press(By.id("nav-rankings"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-scheme")));

        // the starting weights, the switch off, and a repeat deduction other than the current one (so something changes)
        session.type("weight-rate.acceptance-on-time", "25");
        session.type("weight-rate.completion-on-time", "25");
        session.type("weight-rate.participation", "20");
        session.type("weight-rate.satisfaction", "30");
        String repeat = browser.findElement(By.id("deduction-repeat.items")).getAttribute("value");
        session.type("deduction-repeat.items", "0.25".equals(repeat) ? "0.75" : "0.25");
        WebElement exclude = browser.findElement(By.id("exclude-unreasonable"));
        if (exclude.isSelected()) {
            exclude.click();
        }
        int version = jdbc.getJdbcTemplate().queryForObject(
                "select coalesce(max(version_no), 0) + 1 from insight_appraisal_scheme", Integer.class);
        session.press(By.id("save-scheme"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText())
                .isEqualTo("考核方案已保存为新版本。");
        assertThat(browser.findElement(By.id("version-" + version)).getText()).contains("张志强");

        session.type("ranking-year", "2010");
        new Select(browser.findElement(By.id("ranking-kind"))).selectByValue("DEPARTMENTS");
        session.press(By.id("show-ranking"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ranking-table")));
        assertThat(browser.findElement(By.id("ranking-scheme")).getText()).isEqualTo("本表采用考核方案第 " + version + " 版");
        // housing holds g1, g2: 25 + 12.5 + 20 + 15
        WebElement line = browser.findElement(By.id("line-" + housing));
        assertThat(line.findElement(By.cssSelector("td.score")).getText()).isEqualTo("72.50");
        assertThat(line.findElement(By.cssSelector("li.scored-rate\\.completion-on-time")).getText())
                .startsWith("按期办结率 50.0%").endsWith("× 25 = 12.50 分");
        // a weight read back from the saved version reads as typed
        String hrCode = territory.department(city, "HUMAN_RESOURCES").orElseThrow().code();
        assertThat(browser.findElement(By.cssSelector("tr[id='line-" + hrCode + "'] li.scored-rate\\.participation")).getText())
                .isEqualTo("参评率 100.0%（第1名） × 20 = 20.00 分");
        assertThat(session.overflow()).as("fits 1366 px").isLessThanOrEqualTo(0L);
        assertThat(browser.findElement(By.id("ranking-cards")).isDisplayed()).as("no cards at 1366 px").isFalse();
        assertThat(browser.findElement(By.cssSelector("[data-testid='export-ranking']")).getAttribute("href"))
                .as("the export carries the filter shown").endsWith("/insight/rankings.xlsx?year=2010&kind=departments&sort=score");
        Browser.screenshot(browser, "rankings-01-departments-1366");
        session.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", line);
        Browser.screenshot(browser, "rankings-01b-departments-housing-1366");

        new Select(browser.findElement(By.id("ranking-sort"))).selectByValue("rate.satisfaction");
        session.press(By.id("show-ranking"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sorted-column")));
        assertThat(browser.findElement(By.id("sorted-column")).getText()).isEqualTo("满意率");
        // satisfaction: human resources 100% first, housing 50% second
        assertThat(browser.findElement(By.cssSelector("tr[id='line-" + housing + "'] td.sorted")).getText()).isEqualTo("50.0 · 第2名");
        String hr = territory.department(city, "HUMAN_RESOURCES").orElseThrow().code();
        assertThat(browser.findElement(By.cssSelector("#ranking-table tbody tr")).getAttribute("id")).isEqualTo("line-" + hr);

        session.type("unreasonable-reference", "NO-SUCH-2");
        session.press(By.id("mark-unreasonable"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText()).isEqualTo("请填写理由。");
        assertThat(browser.findElement(By.id("unreasonable-reference")).getAttribute("value")).isEqualTo("NO-SUCH-2");
        session.type("unreasonable-reason", "超出职责范围");
        session.press(By.id("mark-unreasonable"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .isEqualTo("没有编号为“NO-SUCH-2”的信访件。");
        assertThat(browser.findElement(By.id("unreasonable-reason")).getAttribute("value")).isEqualTo("超出职责范围");
        assertThat(browser.findElement(By.id("weight-rate.satisfaction")).getAttribute("value"))
                .as("the scheme's form keeps the saved version after another form's refusal").isEqualTo("30");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/insight/rankings?year=2010&kind=departments");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking-cards")));
        // a phone reads a card per unit, not the table: rank, name, score and the breakdown
        assertThat(browser.findElement(By.id("ranking-table")).isDisplayed()).as("the table is hidden at 390 px").isFalse();
        assertThat(browser.findElements(By.cssSelector("#ranking-cards article.ranking-card"))).as("a card per unit")
                .hasSize(browser.findElements(By.cssSelector("#ranking-table tbody tr")).size())
                .allSatisfy(card -> assertThat(card.isDisplayed()).isTrue());
        WebElement card = browser.findElement(By.id("card-" + housing));
        assertThat(card.findElement(By.cssSelector(".score")).getText()).isEqualTo("72.50");
        assertThat(card.findElement(By.cssSelector(".unit")).getText()).isEqualTo(territory.department(city, "HOUSING").orElseThrow().name());
        assertThat(card.findElement(By.cssSelector(".rank")).getText()).matches("第\\d+名");
        assertThat(card.findElement(By.cssSelector("li.scored-rate\\.completion-on-time")).getText())
                .startsWith("按期办结率 50.0%").endsWith("× 25 = 12.50 分");
        assertThat(card.getRect().getX() + card.getRect().getWidth()).as("the card fits the window").isLessThanOrEqualTo(390);
        assertThat(session.overflow()).as("fits 390 px").isLessThanOrEqualTo(0L);
        WebElement export = browser.findElement(By.id("export-ranking"));
        assertThat(export.isDisplayed()).isTrue();
        assertThat(export.getAttribute("href")).as("the export carries the filter shown")
                .endsWith("/insight/rankings.xlsx?year=2010&kind=departments&sort=score");
        Browser.screenshot(browser, "rankings-02-departments-390");
        String land = territory.department(city, "NATURAL_RESOURCES").orElseThrow().code();
        session.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", browser.findElement(By.id("card-" + land)));
        assertThat(browser.findElement(By.cssSelector("#card-" + land + " li.deducted-repeat\\.items")).isDisplayed())
                .as("a deduction in red on the card").isTrue();
        Browser.screenshot(browser, "rankings-03-departments-deductions-390");

        // sorted by an indicator, each card says the value sorted by and the export carries the sort too
        session.open("/insight/rankings?year=2010&kind=departments&sort=rate.satisfaction");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking-cards")));
        assertThat(browser.findElement(By.cssSelector("#ranking-cards article.ranking-card")).getAttribute("id")).isEqualTo("card-" + hr);
        assertThat(browser.findElement(By.cssSelector("#card-" + housing + " .sorted")).getText()).isEqualTo("满意率：50.0 · 第2名");
        assertThat(browser.findElement(By.id("export-ranking")).getAttribute("href"))
                .endsWith("/insight/rankings.xlsx?year=2010&kind=departments&sort=rate.satisfaction");
        assertThat(session.overflow()).as("fits 390 px, sorted").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "rankings-04-departments-by-satisfaction-390");
        session.signOut();
    }
}
