package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, items 4 and 5 in a real browser: a visit registered at the window and assigned (交办) shows its facts on
 * the matter page, staff by name, and offers the new documents, which open as PDF. Issue 13: the matter page links the
 * records other modules hold about the matter (its mediation, its risk assessment), at 1366×768 and 390×844.
 */
class MatterPageDocumentsBrowserTest extends StaffBrowserTest {

    MatterPageDocumentsBrowserTest() {
        super(1366, 900, Duration.ofSeconds(15));
    }

    @Test
    void aVisitAssignedShowsItsFactsAndItsDocumentsOpen() {
        session.signIn("yuanling.registrar");
        session.open("/register");
        // the source of a transferred item offers every level above the county
        List<String> levels = new Select(browser.findElement(By.id("originLevel"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertThat(levels).containsExactly("CITY", "PROVINCE", "NATIONAL");
        session.press(By.cssSelector("label[for=channel-VISIT]"));
        browser.findElement(By.id("name")).sendKeys("周桂兰");
        browser.findElement(By.id("idNumber")).sendKeys(org.xinfang.support.ApiClient.freshIdNumber());
        browser.findElement(By.id("phone")).sendKeys("13907459876");
        new Select(browser.findElement(By.id("categoryCode"))).selectByValue("URBAN.DEMOLITION");
        new Select(browser.findElement(By.id("placeCode"))).selectByValue("431222001001");
        browser.findElement(By.id("title")).sendKeys("安置房交付逾期");
        browser.findElement(By.id("content")).sendKeys("安置房原定去年交付，至今未交付，请求督促落实。");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hint-unit")));
        session.press(By.id("submit-registration"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));

        // at the window: the receipt and the interview record are offered at once
        assertThat(documentLinks()).anyMatch(l -> l.endsWith("/visit-receipt.pdf")).anyMatch(l -> l.endsWith("/interview-record.pdf"))
                .noneMatch(l -> l.endsWith("assignment-letter.pdf"));
        new Select(browser.findElement(By.id("route-kind"))).selectByValue("ASSIGNMENT");
        new Select(browser.findElement(By.id("route-unit"))).selectByValue("431222-HOUSING");
        session.press(By.cssSelector("#form-route button"));
        wait.until(ExpectedConditions.textToBe(By.id("state"), "已转送待受理"));

        // the facts: an assignment (交办), from the office to the housing bureau, by the registrar's name
        WebElement routing = browser.findElement(By.cssSelector("#routings .routing"));
        assertThat(routing.getAttribute("data-kind")).isEqualTo("ASSIGNMENT");
        assertThat(routing.getText()).contains("交办", "沅陵县信访局 → 沅陵县住房和城乡建设局", "陈斌");
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("交办", "陈斌").doesNotContain("yuanling.registrar", "转送交办");
        assertThat(documentLinks()).anyMatch(l -> l.endsWith("assignment-letter.pdf")).noneMatch(l -> l.endsWith("transfer-letter.pdf"));
        Browser.screenshot(browser, "i11c-matter-assigned");

        // the letters open as PDF in the signed-in session
        for (String kind : List.of("visit-receipt", "interview-record", "assignment-letter")) {
            String href = browser.findElement(By.cssSelector("#documents a[href$='/" + kind + ".pdf']")).getAttribute("href");
            Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
                        + b.byteLength + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))).catch(e => done('error ' + e));""", href);
            String[] parts = answer.toString().split(" ");
            assertThat(parts[0]).as(kind).isEqualTo("200");
            assertThat(parts[1]).as(kind).isEqualTo("application/pdf");
            assertThat(Integer.parseInt(parts[2])).as(kind).isGreaterThan(10_000);
            assertThat(parts[3]).as(kind).isEqualTo("%PDF-");
        }
        // and one opens in the browser itself
        browser.get(browser.findElement(By.cssSelector("#documents a[href$='/assignment-letter.pdf']")).getAttribute("href"));
        assertThat(browser.getCurrentUrl()).endsWith("/assignment-letter.pdf");
    }

    @Test
    void theMatterPageLinksItsMediationAndItsRiskAssessmentAtBothSizes() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                org.xinfang.support.ApiClient.visit(org.xinfang.support.ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
        String id = body.replaceAll("(?s)^.*?\"id\":(\\d+).*", "$1");
        String today = session.get("yuanling.registrar", "/api/v1/matters/" + id).replaceAll("(?s)^.*?\"receivedOn\":\"([^\"]+)\".*", "$1");
        session.post("yuanling.registrar", "/api/v1/mediation/sessions", """
                {"referenceNo":"%s","kind":"PEOPLES","parties":["周桂兰","沅陵县某房地产开发有限公司"],"organization":"沅陵县人民调解委员会",
                 "mediator":"王调解","heldOn":"%s","place":"调解室","outcome":"AGREED","notes":"双方到场"}""".formatted(ref, today));
        String assessment = session.post("yuanling.supervisor", "/api/v1/risk-assessments", """
                {"kind":"PROJECT","title":"城关镇安置房建设项目","sponsor":"沅陵县住房和城乡建设局","unitCode":"431222","assessedOn":"%s",
                 "points":[{"description":"安置房交付逾期","level":"LOW"}],"level":"LOW","measures":"公开交付计划","conclusion":"PROCEED"}"""
                .formatted(today));
        String assessmentId = assessment.replaceAll("(?s)^.*?\"id\":(\\d+).*", "$1");
        session.post("yuanling.supervisor", "/api/v1/risk-assessments/" + assessmentId + "/matters", "{\"referenceNo\":\"" + ref + "\"}");

        session.signIn("yuanling.registrar");
        session.open("/matters/" + id);
        WebElement records = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("related-records")));
        assertThat(records.getText()).contains("相关记录", "调解", "达成协议", "重大项目", "城关镇安置房建设项目", "低风险");
        session.script("arguments[0].scrollIntoView({behavior: 'instant'})", records);
        Browser.screenshot(browser, "matter-related-records-1366");
        session.press(By.cssSelector("#related-records a[href$='/mediation/matters/" + id + "']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matter-sessions")));
        assertThat(browser.findElement(By.id("matter-sessions")).getText()).contains("人民调解");
        session.open("/matters/" + id);
        session.press(By.cssSelector("#related-records a[href$='/prevention/assessments/" + assessmentId + "']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "城关镇安置房建设项目"));

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        session.open("/matters/" + id);
        records = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("related-records")));
        // Bootstrap scrolls smoothly: at once, so that the screenshot shows the section
        session.script("arguments[0].scrollIntoView({behavior: 'instant'})", records);
        assertThat(records.isDisplayed()).isTrue();
        // the mediation and the risk assessment; the similar matters (links to other matters) are tested in intelligence
        assertThat(records.findElements(By.cssSelector("li.related-record a:not([href^='/matters/'])"))).hasSize(2);
        assertThat(session.overflow()).as("the matter page fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "matter-related-records-390");
        session.signOut();
    }

    private List<String> documentLinks() {
        return browser.findElements(By.cssSelector("#documents a")).stream().map(a -> a.getAttribute("href")).toList();
    }
}
