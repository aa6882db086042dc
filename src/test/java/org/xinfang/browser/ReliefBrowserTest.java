package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.casework.MatterFacts;
import org.xinfang.intake.Petitioners;
import org.xinfang.support.ApiClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relief fund in a real browser (issue 13, item 2), walked through its forms at 1366×768 and at 390×844: a leader
 * opens a yearly budget (a sub-fen amount refused first); the handler applies (an amount over the budget refused with
 * both amounts, what was typed kept); the bureau head and a leader take the chain's steps and the payments show in the
 * balances and the ledger; an approval the budget no longer covers is refused with its amounts, and the application is
 * referred to social assistance instead; a leader reverses a payment by a reversing entry; the year's report counts the
 * petitioner helped, a long-term one, and lists them with their name masked for the leader.
 */
class ReliefBrowserTest extends StaffBrowserTest {

    /** Budgets are one per unit and year and the database is shared: each walk opens a year of its own. */
    private static final AtomicInteger YEARS = new AtomicInteger(2600 + (int) (System.nanoTime() % 300));

    @Autowired
    MatterFacts facts;
    @Autowired
    Petitioners petitioners;

    ReliefBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theWholeChainThroughTheFormsOnADesktop() throws Exception {
        walk("1366");
    }

    @Test
    void theWholeChainThroughTheFormsOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        walk("390");
    }

    private void walk(String width) throws Exception {
        int year = YEARS.getAndIncrement();
        String matter = session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        String ref = matter.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");

        // a leader opens the year's budget; a sub-fen amount is refused, naming it, with the year kept
        session.signIn("yuanling.leader");
        session.press(By.id("nav-relief"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-budget")));
        session.type("budget-year", String.valueOf(year));
        session.type("budget-amount", "10000.005");
        session.pressAndLeave(By.id("open-budget"), "relief-open-" + width);
        assertThat(session.text(By.id("refusal"))).contains("10000.005", "最多精确到分");
        assertThat(browser.findElement(By.id("budget-year")).getAttribute("value")).isEqualTo(String.valueOf(year));
        assertThat(browser.findElement(By.id("budget-amount")).getAttribute("value")).isEqualTo("10000.005");
        session.type("budget-amount", "10000.00");
        session.pressAndLeave(By.id("open-budget"), "relief-open-" + width);
        assertThat(session.text(By.id("relief-balances"))).contains("预算 10000.00 元", "可用余额 10000.00 元");
        String budgetPage = browser.getCurrentUrl().replaceAll("^.*(/relief/\\d+)$", "$1");
        long budgetId = Long.parseLong(budgetPage.substring("/relief/".length()));
        session.open("/relief");
        assertThat(session.overflow()).as("the budgets fit " + width + " px").isLessThanOrEqualTo(0L);
        session.signOut();

        // the handler applies; an amount over the budget is refused with both amounts, and what was typed stays
        session.signIn("yuanling.registrar");
        session.open(budgetPage);
        apply(ref, "向红梅", "12000.00", width);
        assertThat(session.text(By.id("refusal"))).contains("12000.00", "10000.00");
        assertThat(browser.findElement(By.id("apply-petitioner")).getAttribute("value")).isEqualTo("向红梅");
        assertThat(browser.findElement(By.id("apply-reason")).getAttribute("value")).contains("因病致贫");
        session.type("apply-amount", "6000.00");
        session.pressAndLeave(By.id("save-application"), "relief-apply-" + width);
        assertThat(session.text(By.id("done"))).contains("待局长审核");
        apply(ref, "向红梅", "3500.00", width);
        apply(ref, "舒建国", "800.00", width);
        assertThat(session.overflow()).as("the budget and its form fit " + width + " px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "relief-01-apply-" + width);
        String listed = session.get("yuanling.registrar", "/api/v1/relief/budgets/" + budgetId + "/applications");
        long large = idOf(listed, "6000.00");
        long small = idOf(listed, "3500.00");
        long third = idOf(listed, "800.00");
        session.signOut();

        // the bureau head: the large one goes on to a leader, the small one is paid; the names are masked for them
        session.signIn("yuanling.supervisor");
        session.press(By.id("nav-relief"));
        session.press(By.id("budget-" + budgetId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("relief-ledger")));
        assertThat(session.text(By.id("application-" + large))).contains("向某").doesNotContain("向红梅");
        session.pressAndLeave(By.id("approve-" + large), "relief-approve-" + width);
        assertThat(session.text(By.id("application-" + large))).contains("待领导审批");
        session.pressAndLeave(By.id("approve-" + small), "relief-approve-" + width);
        assertThat(session.text(By.id("application-" + small))).contains("已支付");
        session.signOut();

        session.signIn("yuanling.leader");
        session.open(budgetPage);
        session.pressAndLeave(By.id("approve-" + large), "relief-leader-" + width);
        assertThat(session.text(By.id("application-" + large))).contains("已支付");
        assertThat(session.text(By.id("relief-balances"))).contains("可用余额 500.00 元", "已支付 9500.00 元");
        session.signOut();

        // the third is no longer covered: refused with its amounts, then referred to social assistance instead
        session.signIn("yuanling.supervisor");
        session.open(budgetPage);
        session.pressAndLeave(By.id("approve-" + third), "relief-overdraft-" + width);
        assertThat(session.text(By.id("refusal"))).contains("800.00", "500.00");
        assertThat(session.text(By.id("application-" + third))).contains("待局长审核");
        new Select(browser.findElement(By.id("outcome-" + third))).selectByValue("REFERRED_SOCIAL_ASSISTANCE");
        session.type("note-" + third, "已转民政部门按最低生活保障办理");
        session.pressAndLeave(By.id("close-" + third), "relief-refer-" + width);
        assertThat(session.text(By.id("application-" + third))).contains("转社会救助", "最低生活保障");
        assertThat(browser.findElements(By.id("approve-" + third))).isEmpty();
        session.signOut();

        // a leader reverses the small payment: a refusal without a reason first, then the reversing movement
        session.signIn("yuanling.leader");
        session.open(budgetPage);
        assertThat(browser.findElement(By.id("reverse-" + small)).isDisplayed()).as("the reversal waits behind its summary")
                .isFalse();
        session.press(By.id("reverse-open-" + small));
        session.pressAndLeave(By.id("reverse-" + small), "relief-reverse-" + width);
        assertThat(session.text(By.id("refusal"))).contains("请填写事由");
        assertThat(browser.findElement(By.id("why-" + small)).isDisplayed()).as("open again after the refusal").isTrue();
        session.type("why-" + small, "重复申领，予以冲销");
        session.pressAndLeave(By.id("reverse-" + small), "relief-reverse-" + width);
        assertThat(session.text(By.id("application-" + small))).contains("已冲销", "重复申领");
        assertThat(session.text(By.id("relief-balances"))).contains("可用余额 4000.00 元", "已支付 6000.00 元");
        assertThat(session.text(By.id("relief-ledger"))).contains("-3500.00", "冲销");
        assertThat(browser.findElements(By.cssSelector("#relief-ledger tr.reversing"))).hasSize(2);
        assertThat(session.overflow()).as("the budget fits " + width + " px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "relief-02-budget-" + width);

        // the year's report: the petitioner, on record as petitioning since 2016, counts as a long-term one, masked
        MatterFacts.Petitioning who = facts.petitioning(List.of(facts.byReference(ref).orElseThrow().matterId())).get(0);
        petitioners.recordPetitioningSince(Map.of(who.petitionerId(), LocalDate.of(2016, 3, 1)));
        session.open("/relief");
        session.press(By.id("relief-report-link"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-year")))).selectByValue(String.valueOf(year));
        session.pressAndLeave(By.id("show-report"), "relief-report-" + width);
        assertThat(session.text(By.id("figure-recipients"))).isEqualTo("1");
        assertThat(session.text(By.id("figure-paid"))).isEqualTo("6000.00 元");
        assertThat(session.text(By.id("figure-long-term"))).isEqualTo("1");
        assertThat(session.text(By.id("relief-long-term"))).contains("向某", ref, "2016-03-01").doesNotContain("向红梅");
        assertThat(session.overflow()).as("the report fits " + width + " px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "relief-03-report-" + width);
        session.signOut();
    }

    private void apply(String ref, String name, String amount, String width) {
        session.type("apply-reference", ref);
        session.type("apply-petitioner", name);
        session.type("apply-reason", "因病致贫，生活确有困难");
        session.type("apply-amount", amount);
        session.pressAndLeave(By.id("save-application"), "relief-apply-" + width);
    }

    private static long idOf(String applications, String amount) {
        String whole = amount.substring(0, amount.indexOf('.'));
        return Long.parseLong(applications.replaceAll("(?s).*\\{\"id\":(\\d+),[^}]*\"amount\":" + whole + "(\\.0+)?[,}].*", "$1"));
    }
}
