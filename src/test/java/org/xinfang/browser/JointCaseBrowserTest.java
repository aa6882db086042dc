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
 * Joint handling in a real browser (issue 12, item 3): the county's joint conference office opens a case from its form
 * (the units usual for each role are proposed; the business department is chosen; a form with one unit is refused and
 * what was typed stays), names a responsible party of bundled help; the housing bureau reports its duty done; the
 * pages fit a phone.
 */
class JointCaseBrowserTest extends StaffBrowserTest {

    JointCaseBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theOfficeOpensAJointCaseAndAUnitReportsItsDutyDone() throws Exception {
        String body = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");

        session.signIn("yuanling.supervisor");
        session.press(By.id("nav-joint-cases"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-joint")));
        assertThat(new Select(browser.findElement(By.id("unit-1"))).getFirstSelectedOption().getText())
                .as("the stability office proposed for control").isEqualTo("沅陵县委政法委员会");
        session.type("joint-reference", ref);
        session.type("joint-summary", "征收补偿争议涉及住建、维稳、纪检，信访人多次越级走访");
        // every role but the business department left without a unit: one unit is not joint handling
        for (int i = 1; i < 5; i++) {
            new Select(browser.findElement(By.id("unit-" + i))).selectByIndex(0);
        }
        new Select(browser.findElement(By.id("unit-0"))).selectByVisibleText("沅陵县住房和城乡建设局");
        session.press(By.id("open-joint"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("至少需要两个责任单位");
        assertThat(browser.findElement(By.id("joint-summary")).getAttribute("value")).contains("越级走访");
        assertThat(new Select(browser.findElement(By.id("unit-2"))).getFirstSelectedOption().getText())
                .as("the units as chosen, not as proposed").isEqualTo("（不列入）");
        new Select(browser.findElement(By.id("unit-0"))).selectByVisibleText("沅陵县住房和城乡建设局");
        new Select(browser.findElement(By.id("unit-1"))).selectByVisibleText("沅陵县委政法委员会");
        new Select(browser.findElement(By.id("unit-3"))).selectByVisibleText("沅陵县纪律检查委员会");
        session.type("joint-reference", ref);
        session.press(By.id("open-joint"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("joint-duties")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("已启动联合办理");
        assertThat(browser.findElements(By.cssSelector(".joint-duty"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("沅陵县住房和城乡建设局", "业务主管部门", "调处化解"))
                .anySatisfy(t -> assertThat(t).contains("沅陵县纪律检查委员会", "审计调查"));
        assertThat(browser.findElements(By.cssSelector(".joint-document"))).hasSize(3);
        new Select(browser.findElement(By.id("party-kind"))).selectByVisibleText("亲属");
        session.type("party-name", "李某（信访人之女）");
        session.type("party-duty", "做通家属思想工作");
        session.press(By.id("save-party"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("joint-parties")));
        assertThat(browser.findElement(By.id("joint-parties")).getText()).contains("亲属", "李某（信访人之女）");
        Browser.screenshot(browser, "joint-01-case-1366");
        String casePage = browser.getCurrentUrl();
        session.signOut();

        session.signIn("yuanling.housing");
        browser.get(casePage);
        WebElement form = browser.findElement(By.cssSelector(".form-report"));
        form.findElement(By.name("note")).sendKeys("补偿协议已签订，款项已拨付");
        session.press(By.cssSelector(".form-report input[name=completes]"));
        session.press(By.cssSelector(".save-report"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElements(By.cssSelector(".joint-duty"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("沅陵县住房和城乡建设局", "已落实", "补偿协议已签订"));
        assertThat(browser.findElements(By.cssSelector(".form-report"))).as("the duty is done: nothing more to report").isEmpty();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(casePage);
        assertThat(session.overflow()).as("the case fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "joint-02-case-390");
        session.open("/joint-cases");
        assertThat(browser.findElement(By.id("joint-case-list")).getText()).contains(ref);
        assertThat(session.overflow()).as("the list fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
