package org.xinfang.browser;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.xinfang.statute.CallbackRules;
import org.xinfang.support.ApiClient;
import org.xinfang.support.MutableClock;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback in a real browser (issue 12, item 7): the county's clerk finds a matter answered days ago on the list
 * with the petitioner's phone, records a call not reached (a rating on it is refused, the note stays), and later, on a
 * phone, the reached call with the petitioner's rating: the matter is evaluated and the callback is done. The pages fit
 * 1366×768 and 390×844.
 */
class CallbackBrowserTest extends StaffBrowserTest {

    /** The server's clock, moved past the days after the answer when the office calls. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    MutableClock clock;

    CallbackBrowserTest() {
        super(1366, 768);
    }

    @AfterEach
    void backToToday() {
        clock.set(Instant.now());
    }

    @Test
    void aClerkWalksTheListAndRecordsACallNotReachedThenTheReachedOneWithARating() throws Exception {
        long id = answeredMatter("13974500072");
        String ref = JsonPath.read(session.get("yuanling.registrar", "/api/v1/matters/" + id), "$.referenceNo");
        clock.advanceDays(CallbackRules.DAYS_AFTER_REPLY);

        session.signIn("yuanling.registrar");
        session.press(By.id("nav-callbacks"));
        By row = By.cssSelector("#callbacks-waiting tr[data-matter='" + id + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        assertThat(browser.findElement(row).getText()).contains(ref, "13974500072",
                "第 " + CallbackRules.DAYS_AFTER_REPLY + " 天");
        Browser.screenshot(browser, "callback-01-list-1366");
        session.pressAndLeave(By.cssSelector("#callbacks-waiting tr[data-matter='" + id + "'] .record-callback"), "callback-open");

        // not reached, yet a rating chosen: refused, what was typed stays
        session.press(By.id("reached-no"));
        new Select(browser.findElement(By.id("callback-satisfaction"))).selectByValue("SATISFIED");
        session.type("callback-note", "无人接听，下午再拨");
        session.pressAndLeave(By.id("save-callback"), "callback-refused");
        assertThat(session.text(By.id("refusal"))).contains("未接通的回访不能记录满意度");
        assertThat(browser.findElement(By.id("callback-note")).getAttribute("value")).contains("下午再拨");
        new Select(browser.findElement(By.id("callback-satisfaction"))).selectByValue("");
        session.press(By.id("reached-no"));
        session.pressAndLeave(By.id("save-callback"), "callback-not-reached");
        assertThat(session.text(By.id("done"))).contains("回访已记录");
        assertThat(browser.findElement(By.cssSelector("#callbacks-not-reached tr[data-matter='" + id + "']")).getText())
                .contains(ref, "未接通 1 次");
        assertThat(session.overflow()).as("the list fits 1366 px").isLessThanOrEqualTo(0L);

        // later, on a phone, from the matter page: reached, the petitioner is basically satisfied
        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/matters/" + id);
        session.pressAndLeave(By.id("to-callback"), "callback-from-matter");
        assertThat(session.text(By.id("calls"))).contains("陈斌", "未接通", "无人接听");
        assertThat(session.overflow()).as("the callback fits 390 px").isLessThanOrEqualTo(0L);
        session.press(By.id("reached-yes"));
        new Select(browser.findElement(By.id("callback-satisfaction"))).selectByValue("BASICALLY_SATISFIED");
        session.type("callback-note", "信访人表示补偿已到位");
        Browser.screenshot(browser, "callback-02-form-390");
        session.pressAndLeave(By.id("save-callback"), "callback-reached");
        assertThat(session.text(By.id("done"))).contains("回访已记录");
        By done = By.cssSelector("#callbacks-done tr[data-matter='" + id + "']");
        assertThat(session.text(done)).contains(ref, "已评价：基本满意");
        assertThat(session.overflow()).as("the list fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "callback-03-list-390");

        session.open("/matters/" + id);
        session.showsState("已评价");
        session.open("/callbacks/" + id);
        assertThat(session.text(By.id("callback-finished"))).contains("回访已结束");
        assertThat(browser.findElements(By.id("form-callback"))).isEmpty();
        session.signOut();
    }

    /** A matter registered, routed to the county's housing bureau, accepted and answered today by the county's leader. */
    private long answeredMatter(String phone) throws Exception {
        String registered = session.post("yuanling.registrar", "/api/v1/matters", """
                {"channel":"VISIT","petitioner":{"name":"向红梅","idNumber":"%s","phone":"%s"},"persons":1,
                 "categoryCode":"URBAN.DEMOLITION","placeCode":"431222001001",
                 "title":"征收补偿款迟迟未发放","content":"补偿协议签订一年，补偿款仍未发放。"}"""
                .formatted(ApiClient.freshIdNumber(), phone));
        long id = ((Number) JsonPath.read(registered, "$.id")).longValue();
        int version = version(session.post("yuanling.registrar", "/api/v1/matters/" + id + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}"));
        version = version(session.post("yuanling.housing", "/api/v1/matters/" + id + "/acceptance",
                "{\"version\":" + version + ",\"outcome\":\"ACCEPTED\",\"notice\":\"您反映的问题已受理。\","
                        + "\"leadUnitCode\":\"431222-HOUSING\"}"));
        session.post("yuanling.leader", "/api/v1/matters/" + id + "/opinion", "{\"version\":" + version
                + ",\"outcome\":\"SUPPORTED\",\"text\":\"经核查，补偿款已于本月拨付到位。\"}");
        return id;
    }

    private static int version(String body) {
        return JsonPath.read(body, "$.version");
    }
}
