package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The re-review committee in a real browser (issue 13, item 3): the city's registrar forms the committee from the
 * matters waiting for one (two members are refused), schedules and records the hearing; the members give their views;
 * the leader gives the opinion, the matter is final, the opinion is published masked on the portal; the final matter's
 * support is recorded; the pages fit a phone.
 */
class ReviewBrowserTest extends StaffBrowserTest {

    ReviewBrowserTest() {
        super(1366, 768);
    }

    @Test
    void theCityReReviewsAfterAHearingPublishesTheOpinionAndRecordsTheSupport() throws Exception {
        long id = underReReview();
        String ref = field(session.get("city.registrar", "/api/v1/matters/" + id), "referenceNo");

        session.signIn("city.registrar");
        session.press(By.id("nav-review"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-count")));
        WebElement waiting = waitingCard(ref);
        waiting.findElement(By.cssSelector("input[value='city.leader']")).click();
        waiting.findElement(By.cssSelector("input[value='city.registrar']")).click();
        waiting.findElement(By.cssSelector(".open-committee")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("委员会应由 3 至 9 名委员组成，现列入 2 名");
        session.open("/review");
        waiting = waitingCard(ref);
        for (String member : new String[]{"city.leader", "city.registrar", "city.supervisor"}) {
            waiting.findElement(By.cssSelector("input[value='" + member + "']")).click();
        }
        waiting.findElement(By.cssSelector(".open-committee")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-members")));
        assertThat(browser.findElement(By.id("done")).getText()).contains("委员会已成立");
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("复核");
        assertThat(browser.findElements(By.cssSelector(".review-member"))).hasSize(3);
        String casePage = browser.getCurrentUrl();

        // the hearing, this morning at the city's petition bureau
        session.script("document.getElementById('hearing-time').value = arguments[0]",
                LocalDate.now(ZoneId.of("Asia/Shanghai")) + "T00:01");
        session.type("hearing-place", "怀化市信访局听证室");
        new Select(browser.findElement(By.id("participant-role-0"))).selectByVisibleText("信访人");
        session.type("participant-name-0", "王建国");
        new Select(browser.findElement(By.id("participant-role-1"))).selectByVisibleText("原办理单位代表");
        session.type("participant-name-1", "滕浩");
        session.press(By.id("save-hearing"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hearing-plan")));
        assertThat(browser.findElement(By.id("hearing-plan")).getText()).contains("怀化市信访局听证室", "信访人：王建国", "原办理单位代表：滕浩");
        session.type("hearing-record-text", "信访人陈述诉求，原办理单位说明补偿依据。");
        browser.findElement(By.id("hearing-days-input")).clear();
        session.type("hearing-days-input", "5");
        session.press(By.id("save-hearing-record"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hearing-record")));
        assertThat(browser.findElement(By.id("hearing-days")).getText()).isEqualTo("5");
        session.type("view-reasoning", "听证查明补偿已按标准发放");
        session.press(By.id("save-view"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("views-count"), "已有 1 名委员"));
        assertThat(browser.findElements(By.id("form-view"))).as("a member gives one view").isEmpty();
        assertThat(browser.findElement(By.id("no-opinion")).getText()).contains("尚未作出意见");
        Browser.screenshot(browser, "review-01-case-1366");
        session.script("document.getElementById('review-hearing').scrollIntoView({behavior: 'instant'})");
        Browser.screenshot(browser, "review-02-hearing-1366");
        session.signOut();

        session.signIn("city.leader");
        browser.get(casePage);
        session.type("view-reasoning", "同意维持");
        session.press(By.id("save-view"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("views-count"), "已有 2 名委员"));
        session.type("opinion-text", "经听证，信访人王建国所提补偿问题已按标准处理，维持复查意见。");
        session.press(By.id("save-opinion"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-note")));
        assertThat(browser.findElement(By.id("matter-state")).getText()).isEqualTo("已终结");
        assertThat(browser.findElement(By.id("opinion-letter")).getAttribute("href")).endsWith("/documents/re-review-opinion.pdf");
        session.press(By.id("publish"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("published-text")));
        assertThat(browser.findElement(By.id("published-text")).getText()).contains("王某").doesNotContain("王建国");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(casePage);
        assertThat(session.overflow()).as("the case fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "review-03-case-390");
        session.open("/review");
        assertThat(browser.findElement(By.id("review-case-list")).getText()).contains(ref);
        assertThat(session.overflow()).as("the list fits 390 px").isLessThanOrEqualTo(0L);
        session.press(By.id("to-indicators"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-indicators")));
        assertThat(browser.findElement(By.id("stage-RE_REVIEW")).getText()).as("the re-review and its hearing counted")
                .startsWith("复核").doesNotContain("—");
        assertThat(session.overflow()).as("the indicators fit 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "review-05-indicators-390");

        // art. 37 ¶3: the final matter's support
        session.open("/review/support");
        assertThat(browser.findElement(By.id("support-count")).getText()).contains("终结事项");
        assertThat(session.overflow()).as("the support list fits 390 px").isLessThanOrEqualTo(0L);
        session.open("/review/support/" + id);
        assertThat(browser.findElement(By.id("final-matter-title")).getText()).isEqualTo("征收补偿款未到位");
        new Select(browser.findElement(By.id("support-kind"))).selectByVisibleText("帮扶救助");
        session.type("support-note", "协助申请临时救助");
        // a day before the matter became final, past the browser's own check: refused, and nothing typed is lost
        session.script("const f = document.getElementById('form-support'); f.noValidate = true;"
                + " document.getElementById('support-day').value = '2020-01-01'");
        session.press(By.id("save-support"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("工作日期“2020-01-01”不正确");
        assertThat(browser.findElement(By.id("support-note")).getAttribute("value")).isEqualTo("协助申请临时救助");
        assertThat(new Select(browser.findElement(By.id("support-kind"))).getFirstSelectedOption().getText()).isEqualTo("帮扶救助");
        assertThat(browser.findElements(By.cssSelector(".support-entry"))).isEmpty();
        session.script("document.getElementById('support-day').value = arguments[0]", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        session.press(By.id("save-support"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("support-entries")).getText()).contains("帮扶救助", "协助申请临时救助", "陈敏");
        assertThat(session.overflow()).as("the support record fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "review-04-support-390");
        session.signOut();

        // the portal's "four public" pages, for anyone
        session.open("/portal/re-review-opinions");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(ref, "王某").doesNotContain("王建国");
        assertThat(session.overflow()).as("the public page fits 390 px").isLessThanOrEqualTo(0L);
    }

    private WebElement waitingCard(String ref) {
        return wait.until(d -> d.findElements(By.cssSelector(".waiting-matter")).stream()
                .filter(e -> e.getText().contains(ref)).findFirst().orElse(null));
    }

    /** A matter of Yuanling's housing bureau, reviewed by the county and now under re-review by the city. */
    private long underReReview() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long id = Long.parseLong(field(session.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")), "id"));
        step("yuanling.registrar", id, "routing", "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        step("yuanling.housing", id, "acceptance", "{\"version\":1,\"outcome\":\"ACCEPTED\",\"leadUnitCode\":\"431222-HOUSING\"}");
        step("yuanling.leader", id, "opinion", "{\"version\":2,\"outcome\":\"PARTIALLY_SUPPORTED\",\"text\":\"补偿款下月发放。\"}");
        step("yuanling.registrar", id, "delivery", delivery(3, "handling-opinion", today));
        step("yuanling.registrar", id, "review-request", "{\"version\":4,\"reason\":\"对补偿标准不服\"}");
        step("yuanling.leader", id, "review-opinion", "{\"version\":5,\"outcome\":\"UPHELD\",\"text\":\"维持。\"}");
        step("yuanling.registrar", id, "delivery", delivery(6, "review-opinion", today));
        step("yuanling.registrar", id, "re-review-request", "{\"version\":7,\"reason\":\"仍不服\"}");
        return id;
    }

    private static String delivery(int version, String document, String day) {
        return "{\"version\":" + version + ",\"document\":\"" + document + "\",\"method\":\"IN_PERSON\",\"deliveredOn\":\""
                + day + "\",\"outcome\":\"SIGNED\"}";
    }

    private void step(String user, long id, String action, String json) throws Exception {
        session.post(user, "/api/v1/matters/" + id + "/" + action, json);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }
}
