package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The landing page by role (issue 11, item 9) and the staff pages on a phone and a tablet (item 8): each role lands on
 * its own lists, and every page and form works at 390 px and 768 px without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeskAndSmallScreensBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachRoleLandsOnItsOwnListsAndTheLinkOpensTheSameList() {
        try (StaffSession s = new StaffSession(port, 1366, 768)) {
            s.signIn("yuanling.registrar");
            assertThat(s.text(By.tagName("h1"))).isEqualTo("工作首页");
            assertThat(s.text(By.id("panel-registered-today"))).contains("我今天登记的");
            String count = s.text(By.cssSelector("#panel-to-route .desk-count"));
            Browser.screenshot(s.browser, "desk-registrar-1366");
            s.press(By.cssSelector("#panel-to-route a.desk-all"));
            assertThat(s.text(By.id("count"))).isEqualTo("共 " + count + " 件");
            s.signOut();

            for (String[] role : List.of(new String[]{"yuanling.housing", "panel-in-handling"},
                    new String[]{"yuanling.leader", "panel-objections"}, new String[]{"city.analyst", "panel-statistics"},
                    new String[]{"admin", "panel-admin"})) {
                s.signIn(role[0]);
                assertThat(s.browser.findElements(By.id(role[1]))).as(role[0]).hasSize(1);
                Browser.screenshot(s.browser, "desk-" + role[0] + "-1366");
                s.signOut();
            }
        }
    }

    @Test
    void atPhoneAndTabletWidthTheDeskTheRegistrationFormAndTheMatterPageFitAndWork() {
        for (int[] size : List.of(new int[]{390, 844}, new int[]{768, 1024})) {
            String w = String.valueOf(size[0]);
            try (StaffSession s = new StaffSession(port, size[0], size[1])) {
                s.signIn("yuanling.registrar");
                assertThat(s.overflow()).as("the desk at %s px", w).isZero();
                Browser.screenshot(s.browser, "desk-registrar-" + w);

                s.open("/register");
                assertThat(s.overflow()).as("the registration form at %s px", w).isZero();
                s.press(By.cssSelector("label[for=channel-VISIT]"));
                s.browser.findElement(By.id("name")).sendKeys("王小" + w);
                new Select(s.browser.findElement(By.id("categoryCode"))).selectByValue("URBAN.DEMOLITION");
                new Select(s.browser.findElement(By.id("placeCode"))).selectByValue("431222001001");
                String title = "手机登记" + UUID.randomUUID().toString().substring(0, 6);
                s.browser.findElement(By.id("title")).sendKeys(title);
                s.browser.findElement(By.id("content")).sendKeys("在窗口用平板登记的来访，补偿款至今未到位。");
                Browser.screenshot(s.browser, "register-" + w);
                s.press(By.id("submit-registration"));
                s.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("state")));
                assertThat(s.text(By.tagName("h1"))).contains(title);
                assertThat(s.overflow()).as("the matter page at %s px", w).isZero();
                Browser.screenshot(s.browser, "matter-" + w);

                s.open("/");
                assertThat(s.text(By.id("panel-registered-today"))).contains(title);
                s.open("/worklist?scope=all");
                assertThat(s.overflow()).as("the worklist at %s px", w).isZero();
                Browser.screenshot(s.browser, "worklist-" + w);
                s.signOut();

                s.signIn("yuanling.supervisor");
                s.open("/supervision");
                assertThat(s.overflow()).as("the supervision board at %s px", w).isZero();
                Browser.screenshot(s.browser, "supervision-" + w);
                s.signOut();
            }
        }
    }
}
