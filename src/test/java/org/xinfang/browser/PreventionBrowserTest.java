package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.support.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source control in a real browser (issue 13, item 5): a supervisor records a latent dispute (an owner of another
 * county is refused, what was typed stays), then resolves it; records a risk assessment of a project (a conclusion
 * its level does not allow is refused), links three matters to it and sees its level raised with the reason; the
 * pages fit a phone.
 */
class PreventionBrowserTest extends StaffBrowserTest {

    PreventionBrowserTest() {
        super(1366, 768);
    }

    @Test
    void aSupervisorRecordsAndResolvesADisputeAndSeesAProjectsLevelRaisedByItsMatters() throws Exception {
        session.signIn("yuanling.supervisor");
        session.press(By.id("nav-prevention"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-dispute")));
        new Select(browser.findElement(By.id("dispute-place"))).selectByValue("431222001001");
        new Select(browser.findElement(By.id("dispute-category"))).selectByValue("URBAN.DEMOLITION");
        session.type("dispute-summary", "向家与邻居因宅基地界址争执，扬言上访");
        session.type("dispute-people", "向明亮\n向明华");
        new Select(browser.findElement(By.id("dispute-level"))).selectByValue("HIGH");
        browser.findElement(By.id("dispute-owner")).clear();
        session.type("dispute-owner", "hecheng.supervisor");
        session.press(By.id("save-dispute"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("hecheng.supervisor", "不是该地点所在辖区的工作人员");
        assertThat(browser.findElement(By.id("dispute-summary")).getAttribute("value")).contains("宅基地界址");
        browser.findElement(By.id("dispute-owner")).clear();
        session.type("dispute-owner", "yuanling.supervisor");
        session.press(By.id("save-dispute"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispute-facts")));
        assertThat(browser.findElement(By.id("dispute-risk")).getText()).isEqualTo("高风险");
        assertThat(browser.findElement(By.id("dispute-people-list")).getText())
                .as("a supervisor reads the names masked").isEqualTo("向某、向某");
        String disputePage = browser.getCurrentUrl();
        session.type("resolution", "村调委会组织调解，双方签订协议");
        session.press(By.id("save-resolution"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("dispute-resolution")).getText()).contains("签订协议");
        session.open("/prevention");
        assertThat(browser.findElement(By.id("disputes")).getText()).contains("高风险", "已化解");
        assertThat(browser.findElement(By.id("month")).getText()).matches("\\d{4}年\\d{1,2}月");
        assertThat(browser.findElement(By.id("figures-total")).getText()).contains("合计");
        Browser.screenshot(browser, "prevention-01-month-1366");

        session.press(By.id("tab-assessments"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-assessment")));
        session.type("assessment-title", "沅陵县城东安置小区建设项目");
        session.type("assessment-sponsor", "沅陵县住房和城乡建设局");
        new Select(browser.findElement(By.id("assessment-unit"))).selectByValue("431222");
        session.type("point-0", "安置补偿标准低于周边");
        new Select(browser.findElement(By.id("point-level-0"))).selectByValue("HIGH");
        session.type("point-1", "施工扰民");
        new Select(browser.findElement(By.id("point-level-1"))).selectByValue("LOW");
        new Select(browser.findElement(By.id("assessment-level"))).selectByValue("HIGH");
        session.type("assessment-measures", "公开补偿标准，组织听证，设立信访接待点");
        new Select(browser.findElement(By.id("assessment-conclusion"))).selectByValue("PROCEED");
        session.press(By.id("save-assessment"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("高风险", "可以实施");
        assertThat(browser.findElement(By.id("point-0")).getAttribute("value")).isEqualTo("安置补偿标准低于周边");
        new Select(browser.findElement(By.id("point-level-0"))).selectByValue("LOW");
        new Select(browser.findElement(By.id("assessment-level"))).selectByValue("LOW");
        new Select(browser.findElement(By.id("assessment-conclusion"))).selectByValue("PROCEED");
        session.press(By.id("save-assessment"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-level")));
        assertThat(browser.findElement(By.id("current-level")).getText()).contains("低风险");
        String assessmentPage = browser.getCurrentUrl();

        String ref = null;
        for (int i = 0; i < 3; i++) {
            String body = session.post("yuanling.registrar", "/api/v1/matters",
                    ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
            ref = body.replaceAll("(?s).*\"referenceNo\":\"([^\"]+)\".*", "$1");
            session.type("link-reference", ref);
            session.press(By.id("save-link"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
            assertThat(browser.findElement(By.id("linked-matters")).getText()).contains(ref);
        }
        assertThat(browser.findElement(By.id("current-level")).getText()).contains("中风险", "近30日内关联信访事项3件");
        assertThat(browser.findElement(By.id("report")).getAttribute("href")).endsWith("/report.pdf");
        Browser.screenshot(browser, "prevention-02-assessment-1366");
        // the findings revised: a medium point found since, so the level is medium and the conclusion with measures
        session.press(By.cssSelector("#revise summary"));
        session.type("revise-point-2", "安置房交付延期");
        new Select(browser.findElement(By.id("revise-point-level-2"))).selectByValue("MEDIUM");
        session.press(By.id("save-revision"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refusal"))).getText())
                .contains("低于最高的风险点等级");
        assertThat(browser.findElement(By.id("revise-point-2")).getAttribute("value")).as("what was typed stays")
                .isEqualTo("安置房交付延期");
        new Select(browser.findElement(By.id("revise-level"))).selectByValue("MEDIUM");
        new Select(browser.findElement(By.id("revise-conclusion"))).selectByValue("PROCEED_WITH_MEASURES");
        session.press(By.id("save-revision"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("points")).getText()).contains("安置房交付延期");
        assertThat(browser.findElement(By.id("assessment-conclusion-text")).getText()).isEqualTo("采取措施后实施");
        assertThat(browser.findElement(By.id("current-level")).getText()).as("medium, raised one step").contains("高风险");

        browser.manage().window().setSize(new Dimension(390, 844));
        session.open("/prevention");
        assertThat(session.overflow()).as("the month fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "prevention-03-month-390");
        browser.get(disputePage);
        assertThat(session.overflow()).as("the dispute fits 390 px").isLessThanOrEqualTo(0L);
        session.open("/prevention/assessments");
        assertThat(session.overflow()).as("the assessments fit 390 px").isLessThanOrEqualTo(0L);
        browser.get(assessmentPage);
        assertThat(session.overflow()).as("the assessment fits 390 px").isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "prevention-04-assessment-390");
        // the last matter was linked by mistake: unlinked with the reason, which stays on record, and the level falls
        session.press(By.id("unlink-" + ref));
        session.type("unlink-reason-" + ref, "误关联，属城北项目");
        session.press(By.id("unlink-save-" + ref));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(browser.findElement(By.id("linked-matters")).getText()).doesNotContain(ref);
        assertThat(browser.findElement(By.id("unlinked-matters")).getText()).contains(ref, "误关联，属城北项目");
        assertThat(browser.findElement(By.id("current-level")).getText()).as("two matters no longer raise it")
                .contains("中风险");
        assertThat(session.overflow()).as("the unlinked record fits 390 px").isLessThanOrEqualTo(0L);
        session.signOut();
    }
}
