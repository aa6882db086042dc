package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worklist of issue 11 (items 1, 2 and 8) in a real browser: sorting by a column header, a batch routing with a
 * mixed result, merging a duplicate on the matter page, and the worklist as cards at phone width (screenshots at 390
 * and 768 px in target/screenshots).
 */
class WorklistBatchBrowserTest extends StaffBrowserTest {

    WorklistBatchBrowserTest() {
        super(1366, 900);
    }

    @Test
    void aRegistrarSortsRoutesABatchMergesADuplicateAndWorksTheListOnAPhone() throws Exception {
        String word = "批量" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String older = register(word + "甲", today.minusDays(8));
        String newer = register(word + "乙", today.minusDays(1));
        String routed = register(word + "丙", today.minusDays(4));
        session.post("yuanling.registrar", "/api/v1/matters/" + id(routed) + "/routing",
                "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");

        session.signIn("yuanling.registrar");
        session.open("/worklist?scope=all&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        // sort: the header links to the order and shows its direction; a second press reverses it
        session.press(By.id("sort-RECEIVED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sort-RECEIVED"), "▲"));
        assertThat(rows()).containsExactly(older, routed, newer);
        session.press(By.id("sort-RECEIVED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sort-RECEIVED"), "▼"));
        assertThat(rows()).containsExactly(newer, routed, older);
        assertThat(browser.getCurrentUrl()).contains("sort=received%2Cdesc", "scope=all");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(word);
        Browser.screenshot(browser, "e1-worklist-sorted");

        // batch routing: select all on the page, one of them is routed already and is refused with the reason
        session.press(By.id("select-all"));
        assertThat(browser.findElement(By.id("batch-count")).getText()).isEqualTo("已选 3 件");
        new Select(browser.findElement(By.id("batch-kind"))).selectByValue("ASSIGNMENT");
        new Select(browser.findElement(By.id("batch-unit"))).selectByValue("431222-HOUSING");
        browser.findElement(By.id("batch-reason")).sendKeys("批量交办");
        session.press(By.id("batch-route"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-result")));
        assertThat(browser.findElement(By.id("batch-summary")).getText()).isEqualTo("已办理 2 件，未办理 1 件。");
        WebElement refused = browser.findElement(By.cssSelector("tr.batch-refused"));
        assertThat(refused.getText()).contains(routed, "未办理", "事项当前状态为“已转送待受理”");
        assertThat(browser.findElements(By.cssSelector("tr.batch-done"))).hasSize(2);
        Browser.screenshot(browser, "e2-batch-result");
        session.press(By.id("back-to-worklist"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("worklist")));
        assertThat(browser.findElement(By.id("worklist")).getText()).doesNotContain("已登记");

        // duplicate: a second letter about the same thing is merged into the first on its matter page
        String original = register(word + "原件", today.minusDays(2));
        String duplicate = register(word + "重复", today);
        session.open("/matters/" + id(duplicate));
        browser.findElement(By.id("duplicate-original")).sendKeys(original);
        browser.findElement(By.id("duplicate-reason")).sendKeys("同一事项再次来信");
        session.press(By.cssSelector("#form-duplicate button"));
        wait.until(ExpectedConditions.textToBe(By.id("state"), "已并入原件"));
        assertThat(browser.findElement(By.id("duplicate-of")).getText()).contains(original);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("作为重复件并入原件");
        session.press(By.cssSelector("#duplicate-of a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merged-duplicates")));
        assertThat(browser.findElement(By.id("merged-duplicates")).getText()).contains(duplicate, "重复件");
        Browser.screenshot(browser, "e3-original-with-duplicate");

        // a phone: the list is cards, the filters fold away, and the batch boxes still tick
        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/worklist?scope=all&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.cssSelector("#worklist thead")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
        WebElement card = browser.findElement(By.cssSelector("tr.matter-row"));
        assertThat(card.getCssValue("display")).isEqualTo("grid");
        assertThat(card.getText()).contains(word, "沅陵县信访局");
        // the card labels its fields (a CSS label before the value)
        assertThat((String) session.script(
                "return getComputedStyle(arguments[0].querySelector('td.state'), '::before').content", card)).contains("状态");
        assertThat(card.getSize().getWidth()).isLessThanOrEqualTo(390);
        assertThat(((Number) session.script(
                "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        // the batch bar's controls wait folded until a matter is ticked
        assertThat(browser.findElement(By.id("batch-reason")).isDisplayed()).isFalse();
        session.press(By.cssSelector("tr.matter-row input.batch-pick"));
        assertThat(browser.findElement(By.id("batch-count")).getText()).isEqualTo("已选 1 件");
        assertThat(browser.findElement(By.id("batch-reason")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "e4-worklist-390");
        session.press(By.id("toggle-filters"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
        Browser.screenshot(browser, "e5-worklist-390-filters");

        browser.manage().window().setSize(new Dimension(768, 1024));
        session.open("/worklist?scope=all&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.cssSelector("#worklist thead")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "e6-worklist-768");
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#worklist td.ref a")).stream().map(WebElement::getText).toList();
    }

    private String register(String title, LocalDate receivedOn) throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters", """
                {"channel":"LETTER","petitioner":{"name":"张明"},"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"%s","content":"补偿款至今未到位。","receivedOn":"%s"}""".formatted(title, receivedOn));
        Matcher m = Pattern.compile("\"referenceNo\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long id(String referenceNo) throws Exception {
        String body = session.get("yuanling.registrar", "/api/v1/matters?scope=all&q=" + referenceNo);
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }
}
