package org.xinfang.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A member of staff at the browser: signs in and out, opens pages and presses what a person would press. */
final class StaffSession implements AutoCloseable {

    final WebDriver browser;
    final WebDriverWait wait;
    private final int port;

    StaffSession(int port, int width, int height) {
        this.port = port;
        this.browser = Browser.start(width, height);
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** Signs in with the demo password; the browser is then on the page sign-in leads to. */
    void signIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        press(By.id("sign-in"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
    }

    void signOut() {
        WebElement logout = browser.findElement(By.id("logout"));
        script("arguments[0].form.submit()", logout);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    /** Clicks like a person would: the element is scrolled into view first. */
    void press(By what) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(what));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // headless Chromium sometimes reports a control at the page's very bottom as covered: press it by script
            script("arguments[0].click()", element);
        }
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

    @Override
    public void close() {
        browser.quit();
    }
}
