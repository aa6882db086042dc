package org.xinfang.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorklistBatchBrowserTest {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(1366, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRegistrarSortsRoutesABatchMergesADuplicateAndWorksTheListOnAPhone() throws Exception {
        String word = "批量" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String older = register(word + "甲", today.minusDays(8));
        String newer = register(word + "乙", today.minusDays(1));
        String routed = register(word + "丙", today.minusDays(4));
        call("/api/v1/matters/" + id(routed) + "/routing", "{\"version\":0,\"kind\":\"TRANSFER\",\"unitCode\":\"431222-HOUSING\"}");

        signIn("yuanling.registrar");
        browser.get(url("/worklist?scope=all&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        // sort: the header links to the order and shows its direction; a second press reverses it
        press(By.id("sort-RECEIVED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sort-RECEIVED"), "▲"));
        assertThat(rows()).containsExactly(older, routed, newer);
        press(By.id("sort-RECEIVED"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sort-RECEIVED"), "▼"));
        assertThat(rows()).containsExactly(newer, routed, older);
        assertThat(browser.getCurrentUrl()).contains("sort=received%2Cdesc", "scope=all");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(word);
        Browser.screenshot(browser, "e1-worklist-sorted");

        // batch routing: select all on the page, one of them is routed already and is refused with the reason
        press(By.id("select-all"));
        assertThat(browser.findElement(By.id("batch-count")).getText()).isEqualTo("已选 3 件");
        new Select(browser.findElement(By.id("batch-kind"))).selectByValue("ASSIGNMENT");
        new Select(browser.findElement(By.id("batch-unit"))).selectByValue("431222-HOUSING");
        browser.findElement(By.id("batch-reason")).sendKeys("批量交办");
        press(By.id("batch-route"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-result")));
        assertThat(browser.findElement(By.id("batch-summary")).getText()).isEqualTo("已办理 2 件，未办理 1 件。");
        WebElement refused = browser.findElement(By.cssSelector("tr.batch-refused"));
        assertThat(refused.getText()).contains(routed, "未办理", "事项当前状态为“已转送待受理”");
        assertThat(browser.findElements(By.cssSelector("tr.batch-done"))).hasSize(2);
        Browser.screenshot(browser, "e2-batch-result");
        press(By.id("back-to-worklist"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("worklist")));
        assertThat(browser.findElement(By.id("worklist")).getText()).doesNotContain("已登记");

        // duplicate: a second letter about the same thing is merged into the first on its matter page
        String original = register(word + "原件", today.minusDays(2));
        String duplicate = register(word + "重复", today);
        browser.get(url("/matters/" + id(duplicate)));
        browser.findElement(By.id("duplicate-original")).sendKeys(original);
        browser.findElement(By.id("duplicate-reason")).sendKeys("同一事项再次来信");
        press(By.cssSelector("#form-duplicate button"));
        wait.until(ExpectedConditions.textToBe(By.id("state"), "已并入原件"));
        assertThat(browser.findElement(By.id("duplicate-of")).getText()).contains(original);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("作为重复件并入原件");
        press(By.cssSelector("#duplicate-of a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merged-duplicates")));
        assertThat(browser.findElement(By.id("merged-duplicates")).getText()).contains(duplicate, "重复件");
        Browser.screenshot(browser, "e3-original-with-duplicate");

        // a phone: the list is cards, the filters fold away, and the batch boxes still tick
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/worklist?scope=all&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.cssSelector("#worklist thead")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isFalse();
        WebElement card = browser.findElement(By.cssSelector("tr.matter-row"));
        assertThat(card.getCssValue("display")).isEqualTo("grid");
        assertThat(card.getText()).contains(word, "沅陵县信访局");
        // the card labels its fields (a CSS label before the value)
        assertThat((String) ((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0].querySelector('td.state'), '::before').content", card)).contains("状态");
        assertThat(card.getSize().getWidth()).isLessThanOrEqualTo(390);
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        press(By.cssSelector("tr.matter-row input.batch-pick"));
        assertThat(browser.findElement(By.id("batch-count")).getText()).isEqualTo("已选 1 件");
        Browser.screenshot(browser, "e4-worklist-390");
        press(By.id("toggle-filters"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
        Browser.screenshot(browser, "e5-worklist-390-filters");

        browser.manage().window().setSize(new Dimension(768, 1024));
        browser.get(url("/worklist?scope=all&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.cssSelector("#worklist thead")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("filters")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "e6-worklist-768");
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("#worklist td.ref a")).stream().map(WebElement::getText).toList();
    }

    private String register(String title, LocalDate receivedOn) throws Exception {
        String body = call("/api/v1/matters", """
                {"channel":"LETTER","petitioner":{"name":"张明"},"categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"%s","content":"补偿款至今未到位。","receivedOn":"%s"}""".formatted(title, receivedOn));
        Matcher m = Pattern.compile("\"referenceNo\":\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long id(String referenceNo) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/matters?scope=all&q=" + referenceNo)))
                .header("Authorization", auth()).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String call(String path, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", auth())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return r.body();
    }

    private static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString("yuanling.registrar:demo".getBytes(StandardCharsets.UTF_8));
    }

    private void press(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
        }
    }

    private void signIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        press(By.id("sign-in"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
