package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relief fund in a real browser (issue 13, item 2): the bureau head opens the budget from the menu, approves a
 * small application, and sees it paid, the balances and the ledger's entries; a second approval the budget no longer
 * covers is refused with the amounts; the pages fit a phone.
 */
class ReliefBrowserTest extends StaffBrowserTest {

    ReliefBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theBureauHeadApprovesAPaymentAndSeesTheLedgerAndAnOverdraftIsRefused() throws Exception {
        int year = 2600 + (int) (System.nanoTime() % 300);
        String budget = session.post("yuanling.leader", "/api/v1/relief/budgets",
                "{\"year\":%d,\"amount\":3000.00}".formatted(year));
        long budgetId = Long.parseLong(budget.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        String matter = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = matter.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
        String form = "{\"budgetId\":%d,\"referenceNo\":\"%s\",\"petitioner\":\"向红梅\",\"reason\":\"因病致贫，生活确有困难\",\"amount\":2000.00}";
        long first = Long.parseLong(session.post("yuanling.registrar", "/api/v1/relief/applications",
                form.formatted(budgetId, ref)).replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        long second = Long.parseLong(session.post("yuanling.registrar", "/api/v1/relief/applications",
                form.formatted(budgetId, ref)).replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

        session.signIn("yuanling.supervisor");
        session.press(By.id("nav-relief"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("relief-budgets")));
        session.press(By.id("budget-" + budgetId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("relief-ledger")));
        session.press(By.id("approve-" + first));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-" + first), "已支付"));
        assertThat(browser.findElement(By.id("relief-balances")).getText()).contains("可用余额 1000.00 元", "已支付 2000.00 元");
        assertThat(browser.findElement(By.id("relief-ledger")).getText()).contains("-2000.00", "已支付");
        session.press(By.id("approve-" + second));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("2000.00", "1000.00");
        assertThat(browser.findElement(By.id("application-" + second)).getText()).contains("待局长审核");
        Browser.screenshot(browser, "relief-01-budget-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/relief/" + budgetId);
        assertThat(session.overflow()).as("the budget fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "relief-02-budget-390");
        session.open("/relief");
        assertThat(session.overflow()).as("the budgets fit 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
