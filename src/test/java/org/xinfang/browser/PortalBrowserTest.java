package org.xinfang.browser;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.support.ApiClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public portal in a real browser at phone size, as one citizen uses it: proving the phone with the SMS code,
 * petitioning, coming back later with the query code, rating the opinion and asking for review; then the public
 * statistics and disclosures. Every page is checked for sideways scrolling and unlabelled controls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalBrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String TITLE = "房屋征收补偿款至今未兑现";
    private static final String OPINION = "经核查，补偿款中的房屋部分将于下月发放，附属物补偿按标准不予增加。";

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        startBrowser();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenPetitionsTracksRatesAndAsksForReviewOnAPhone() throws Exception {
        // unique per run, so the per-phone limits and earlier runs' matters do not interfere
        String phone = "137" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));

        browser.get(url("/portal"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("有诉求，网上说");
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-01-home");

        press(By.id("start-petition"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("send-code")));
        checkPhoneLayout();
        browser.findElement(By.id("phone")).sendKeys(phone);
        press(By.id("send-code"));
        // the demo gateway shows the text message on screen; read the code from it as the citizen would
        String sms = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-sms"))).getText();
        Matcher code = Pattern.compile("验证码为 (\\d{6})").matcher(sms);
        assertThat(code.find()).as(sms).isTrue();
        checkPhoneLayout();
        browser.findElement(By.id("code")).sendKeys(code.group(1));
        press(By.id("verify"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-petition")));
        assertThat(browser.findElement(By.id("verified-phone")).getText()).contains(phone.substring(7));
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-02-petition-form");

        browser.findElement(By.id("name")).sendKeys("李秀英");
        browser.findElement(By.id("idNumber")).sendKeys(ApiClient.freshIdNumber());
        new Select(browser.findElement(By.id("placeCode"))).selectByValue("431222001001");
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("content")).sendKeys("我家房屋2019年被列入征收范围，签订协议后补偿款至今未兑现，请求督促发放。");
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue("URBAN.DEMOLITION");
        press(By.id("disclosureConsent"));
        press(By.id("acknowledged"));
        checkPhoneLayout();
        press(By.id("submit-petition"));

        String queryCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-code"))).getText();
        assertThat(queryCode).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(browser.findElement(By.id("reference")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("receipt-title")).getText()).isEqualTo(TITLE);
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-03-receipt");
        Matcher matter = Pattern.compile("/portal/matters/(\\d+)")
                .matcher(browser.findElement(By.id("open-matter")).getAttribute("href"));
        assertThat(matter.find()).isTrue();
        long id = Long.parseLong(matter.group(1));

        // meanwhile the staff route, accept and answer it; each step returns the version the next one names
        int version = staff("yuanling.registrar", id, "routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        version = staff("yuanling.housing", id, "acceptance", "{\"version\":" + version + ",\"outcome\":\"ACCEPTED\","
                + "\"notice\":\"您反映的问题已受理，我局将依法办理。\",\"leadUnitCode\":\"431222-HOUSING\"}");
        version = staff("yuanling.leader", id, "opinion", "{\"version\":" + version + ",\"outcome\":\"PARTIALLY_SUPPORTED\","
                + "\"text\":\"" + OPINION + "\"}");
        // handed over today: the review window runs from the delivery (2022 art. 35)
        staff("yuanling.registrar", id, "delivery", "{\"version\":" + version + ",\"document\":\"handling-opinion\","
                + "\"method\":\"IN_PERSON\",\"outcome\":\"SIGNED\",\"deliveredOn\":\""
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"}");

        // days later, on a browser that remembers nothing: the query code and the phone's last digits open it
        browser.quit();
        startBrowser();
        browser.get(url("/portal/track"));
        checkPhoneLayout();
        browser.findElement(By.id("code")).sendKeys(queryCode);
        browser.findElement(By.id("digits")).sendKeys(phone.substring(phone.length() - 4));
        press(By.id("track"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
        assertThat(browser.getCurrentUrl()).endsWith("/portal/matters/" + id);
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已答复");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("沅陵县住房和城乡建设局");
        assertThat(browser.findElement(By.id("notice-opinion")).getText()).contains(OPINION);
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-04-track");

        press(By.id("rating-DISSATISFIED"));
        browser.findElement(By.id("comment")).sendKeys("附属物补偿标准偏低。");
        press(By.id("submit-rating"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done"))).getText()).contains("评价已提交");
        // the rating may still be changed until review is asked for; it does not decide the right of review
        assertThat(browser.findElement(By.id("rating-change-explain")).getText()).contains("评价不影响您申请复查");
        checkPhoneLayout();
        browser.findElement(By.id("review-reason")).sendKeys("附属物补偿标准低于同地段其他户，请求复查。");
        press(By.id("submit-review"));
        wait.until(ExpectedConditions.textToBe(By.id("state"), "复查中"));
        assertThat(browser.findElement(By.id("done")).getText()).contains("复查申请已提交");
        assertThat(browser.findElements(By.id("form-review"))).isEmpty();
        assertThat(browser.findElements(By.id("form-rating"))).isEmpty();
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-05-review");

        browser.get(url("/portal/statistics"));
        // the chart is drawn by the ECharts webjar once it has loaded
        wait.until(ExpectedConditions.attributeToBe(By.id("monthly-chart"), "data-rendered", "true"));
        waitForTheChartToSettle();
        assertThat(browser.findElement(By.id("county-table")).getText()).contains("沅陵县");
        Boolean figuresFit = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('#totals .fw-bold')).every(e => e.scrollWidth <= e.clientWidth)");
        assertThat(figuresFit).as("a headline figure overflows its card").isTrue();
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-06-statistics");

        browser.get(url("/portal/disclosures"));
        // the citizen consented, and the matter has an acceptance decision, so it is disclosed
        assertThat(browser.findElement(By.id("disclosure-list")).getText()).contains(TITLE);
        checkPhoneLayout();
        Browser.screenshot(browser, "portal-07-disclosures");
    }

    private void startBrowser() {
        browser = Browser.start(PHONE_WIDTH, PHONE_HEIGHT);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /**
     * ECharts animates for about a second after drawing starts; the screenshot should show the finished chart, so
     * wait until two successive looks at the canvas are the same.
     */
    private void waitForTheChartToSettle() {
        String[] last = {""};
        new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(400)).until(d -> {
            String now = (String) ((JavascriptExecutor) d).executeScript(
                    "var c = document.querySelector('#monthly-chart canvas'); return c ? c.toDataURL() : ''");
            boolean settled = !now.isEmpty() && now.equals(last[0]);
            last[0] = now;
            return settled;
        });
    }

    /** One staff step through the JSON API as the given demo user; answers the matter's new version. */
    private int staff(String user, long id, String step, String json) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/matters/" + id + "/" + step)))
                        .header("Authorization", "Basic "
                                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(step + ": " + answer.body()).isEqualTo(200);
        return JsonPath.read(answer.body(), "$.version");
    }

    /** What a phone must get right on every page: no sideways scrolling, and a label for every control. */
    private void checkPhoneLayout() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Boolean fits = (Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(fits).as("page scrolls sideways at phone width: " + browser.getCurrentUrl()).isTrue();
        Object unlabelled = js.executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => e.type !== 'hidden' && e.type !== 'submit' && e.type !== 'button')
                  .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]'))
                            && !e.getAttribute('aria-label') && !e.closest('label'))
                  .map(e => e.name || e.id || e.outerHTML.substring(0, 60));""");
        assertThat((List<?>) unlabelled).as("controls without a label on " + browser.getCurrentUrl()).isEmpty();
    }

    /** Clicks like a person would: the element is scrolled into view first. */
    private void press(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (ElementClickInterceptedException e) {
            // headless Chromium sometimes reports a control at the page's very bottom as covered: press it by script
            ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
