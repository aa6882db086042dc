package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mediation in a real browser (issue 13, item 1): a registrar records a people's mediation session from the menu (one
 * party is refused and what was typed stays), draws up the mediation agreement, records both parties' signatures (the
 * agreement comes into force), records its judicial confirmation and finds it in the filtered list; the pages fit a
 * phone.
 */
class MediationBrowserTest extends StaffBrowserTest {

    MediationBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aSessionItsAgreementTheSignaturesAndTheConfirmation() throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");

        session.signIn("yuanling.registrar");
        session.press(By.id("nav-mediation"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-session")));
        assertThat(browser.findElement(By.id("mediation-indicators")).getText()).contains("调解化解");
        session.type("session-reference", ref);
        new Select(browser.findElement(By.id("session-kind"))).selectByVisibleText("人民调解");
        session.type("session-parties", "张某");
        session.type("session-organization", "沅陵县城关镇人民调解委员会");
        session.type("session-mediator", "王调解");
        session.type("session-place", "城关镇调解室");
        new Select(browser.findElement(By.id("session-outcome"))).selectByVisibleText("达成协议");
        session.pressAndLeave(By.id("save-session"), "mediation-refused");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("至少填写 2 名当事人");
        assertThat(browser.findElement(By.id("session-organization")).getAttribute("value")).isEqualTo("沅陵县城关镇人民调解委员会");
        browser.findElement(By.id("session-parties")).sendKeys("\n沅陵县某房地产开发有限公司");
        session.pressAndLeave(By.id("save-session"), "mediation-recorded");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-facts")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("调解已记录");
        assertThat(browser.findElement(By.id("session-parties")).getText()).isEqualTo("张某、沅陵县某房地产开发有限公司");
        assertThat(browser.findElement(By.id("session-kind")).getText()).isEqualTo("人民调解");

        new Select(browser.findElement(By.id("agreement-kind"))).selectByVisibleText("调解协议书");
        session.type("agreement-terms", "开发公司于本月底前支付张某过渡费9000元。");
        session.pressAndLeave(By.id("save-agreement"), "mediation-agreement");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signatures")));
        assertThat(browser.findElement(By.id("agreement-effective")).getText()).contains("尚未生效");
        assertThat(browser.findElements(By.cssSelector("#signatures .unsigned"))).hasSize(2);
        assertThat(browser.findElement(By.id("agreement-pdf")).getText()).contains("PDF");
        new Select(browser.findElement(By.id("signature-party"))).selectByVisibleText("张某");
        session.pressAndLeave(By.id("save-signature"), "mediation-sign-1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElements(By.cssSelector("#signatures .signature"))).extracting(WebElement::getText)
                .singleElement().satisfies(t -> assertThat(t).contains("张某"));
        session.pressAndLeave(By.id("save-signature"), "mediation-sign-2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-confirmation")));
        assertThat(browser.findElement(By.id("agreement-effective")).getText()).isEqualTo(browser.findElement(
                By.id("confirm-day")).getAttribute("value"));
        assertThat(browser.findElement(By.id("confirmation-help")).getText()).contains("30日内");
        assertThat(browser.findElements(By.id("form-signature"))).as("everyone signed").isEmpty();
        Browser.screenshot(browser, "mediation-01-session-1366");

        session.script("document.getElementById('confirm-applied').value = arguments[0]",
                browser.findElement(By.id("confirm-day")).getAttribute("value"));
        session.type("confirm-court", "沅陵县人民法院");
        session.type("confirm-ruling", "（2026）湘1222民特8号");
        session.pressAndLeave(By.id("save-confirmation"), "mediation-confirm");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirmation")));
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("沅陵县人民法院", "（2026）湘1222民特8号");
        assertThat(browser.findElements(By.id("form-confirmation"))).isEmpty();
        String sessionPage = browser.getCurrentUrl();

        session.open("/mediation?stage=CONFIRMED&kind=PEOPLES");
        assertThat(browser.findElement(By.id("mediation-list")).getText()).contains(ref, "已司法确认");
        session.press(By.cssSelector("#mediation-list .mediation-session a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-facts")));

        // in English: the page's words, and a refusal naming the problem
        session.pressAndLeave(By.id("switch-language"), "mediation-english");
        browser.get(sessionPage);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session-kind"), "People's mediation"));
        assertThat(browser.findElement(By.id("confirmation")).getText()).contains("People's court", "沅陵县人民法院");
        session.open("/mediation");
        session.type("session-reference", ref);
        session.type("session-parties", "张某");
        session.type("session-organization", "沅陵县城关镇人民调解委员会");
        session.type("session-mediator", "王调解");
        session.type("session-place", "城关镇调解室");
        session.pressAndLeave(By.id("save-session"), "mediation-refused-en");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("name at least 2 parties");
        session.pressAndLeave(By.id("switch-language"), "mediation-chinese");
        session.open("/mediation");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "调解"));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(sessionPage);
        assertThat(session.overflow()).as("the session fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "mediation-02-session-390");
        session.press(By.cssSelector(".breadcrumb a[href*='/mediation/matters/']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matter-sessions")));
        assertThat(browser.findElement(By.id("matter-sessions")).getText()).contains("人民调解", "调解协议书");
        assertThat(session.overflow()).as("the matter's record fits 390 px").isLessThanOrEqualTo(0L);
        session.open("/mediation");
        assertThat(session.overflow()).as("the list fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "mediation-03-list-390");
        session.signOut();
    }
}
