package org.xinfang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff at the browser: signs in and out, opens pages and presses what a person would press. */
final class StaffSession implements AutoCloseable {

    final WebDriver browser;
    final WebDriverWait wait;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    StaffSession(int port, int width, int height) {
        this(port, width, height, Duration.ofSeconds(10));
    }

    /** For a test that gives each step other than the ten seconds {@code patience}. */
    StaffSession(int port, int width, int height, Duration patience) {
        this.port = port;
        this.browser = Browser.start(width, height);
        this.wait = new WebDriverWait(browser, patience);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** Signs in with the demo password; the browser is then on the page sign-in leads to. */
    void signIn(String user) {
        signIn(user, "demo", "who");
    }

    /** Signs in and waits for {@code landsOnId}: a one-time password lands on the password change, not the desk. */
    void signIn(String user, String password, String landsOnId) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        press(By.id("sign-in"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(landsOnId)));
    }

    void signOut() {
        WebElement logout = browser.findElement(By.id("logout"));
        script("arguments[0].form.submit()", logout);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    /** Clicks like a person would: the element is scrolled into view first. */
    void press(By what) {
        pressed(what);
    }

    /**
     * Presses and waits for the page to be replaced, so the next step reads the new page; if it is not replaced,
     * keeps a screenshot and target/{@code name}.html to see what the page said instead.
     */
    void pressAndLeave(By what, String name) {
        WebElement element = pressed(what);
        try {
            wait.until(ExpectedConditions.stalenessOf(element));
        } catch (TimeoutException e) {
            Browser.screenshot(browser, name);
            try {
                Files.writeString(Path.of("target", name + ".html"), browser.getPageSource());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            throw e;
        }
    }

    private WebElement pressed(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        // an entry of a menu (the top bar's 协调督办) is pressed as a person does: the menu opened first
        if (!element.isDisplayed() && !browser.findElements(By.cssSelector(".dropdown-menu")).isEmpty()) {
            Object toggle = script("var m = arguments[0].closest('.dropdown'); return m ? m.querySelector('.dropdown-toggle') : null",
                    element);
            if (toggle instanceof WebElement menu) {
                if (!menu.isDisplayed()) {
                    // a phone's bar is folded: open it first
                    browser.findElements(By.cssSelector(".navbar-toggler")).stream().filter(WebElement::isDisplayed)
                            .findFirst().ifPresent(WebElement::click);
                    wait.until(ExpectedConditions.visibilityOf(menu));
                }
                menu.click();
                wait.until(ExpectedConditions.visibilityOf(element));
            }
        }
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // headless Chromium sometimes reports a control at the page's very bottom as covered: press it by script
            script("arguments[0].click()", element);
        } catch (org.openqa.selenium.WebDriverException e) {
            // the press submitted the form and the page began to go before Chromium answered the click: pressed
            if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                throw e;
            }
        }
        return element;
    }

    /** Fills a field afresh: what a previous step left in it is cleared first. */
    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for the page after an action: reading the old page's state while the new one loads goes stale. */
    void showsState(String state) {
        wait.until(ExpectedConditions.textToBe(By.id("state"), state));
    }

    String text(By what) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(what)).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** How far the page is wider than the window (0 when nothing sticks out and there is no sideways scrolling). */
    long overflow() {
        return ((Number) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")).longValue();
    }

    /**
     * Posts JSON to the API as {@code user} (password demo), to set up what the pages then show faster than the forms
     * would; fails unless the answer is 200 or 201, with its body as the message; the body.
     */
    String post(String user, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = postForResponse(user, path, json);
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }

    /** {@link #post} for a test that checks the status or the headers itself. */
    HttpResponse<String> postForResponse(String user, String path, String json) throws IOException, InterruptedException {
        return http.send(api(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads from the API as {@code user}; the body, whatever the status (the caller checks what it finds in it). */
    String get(String user, String path) throws IOException, InterruptedException {
        return http.send(api(user, path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder api(String user, String path) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Basic " + basic);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
