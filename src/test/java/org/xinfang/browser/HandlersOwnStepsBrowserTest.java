package org.xinfang.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler's own steps in a real browser (issue 11, item 3, group B): the acceptance form showing only the chosen
 * outcome's fields, evidence uploaded from the matter page, a co-handling unit's report, and the opinion drafted,
 * returned with comments, revised and signed off by the unit head.
 */
class HandlersOwnStepsBrowserTest extends StaffBrowserTest {

    HandlersOwnStepsBrowserTest() {
        super(1366, 900);
    }

    @Test
    void evidenceCoHandlingAndSignOffThroughThePages() throws Exception {
        String matterUrl = session.url("/matters/" + routedToHousing());

        // the office that routed the matter is not offered its acceptance (2022 art. 23 ¶3)
        session.signIn("yuanling.registrar");
        browser.get(matterUrl);
        assertThat(browser.findElements(By.id("form-accept"))).isEmpty();
        session.signOut();

        session.signIn("yuanling.housing");
        browser.get(matterUrl);
        Select outcome = new Select(browser.findElement(By.id("accept-outcome")));
        outcome.selectByValue("NOT_ACCEPTED");
        assertThat(browser.findElement(By.id("accept-channel")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("accept-reason")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("accept-lead")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("accept-transfer")).isDisplayed()).isFalse();
        Browser.screenshot(browser, "b-01-acceptance-declining");
        outcome.selectByValue("TRANSFERRED");
        assertThat(browser.findElement(By.id("accept-transfer")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("accept-channel")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("accept-type")).isDisplayed()).isFalse();
        outcome.selectByValue("ACCEPTED");
        assertThat(browser.findElement(By.id("accept-lead")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("accept-type")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("accept-reason")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("accept-channel")).isDisplayed()).isFalse();
        new Select(browser.findElement(By.id("accept-lead"))).selectByValue("431222-HOUSING");
        Select co = new Select(browser.findElement(By.id("accept-co")));
        co.selectByValue("431222001");
        co.selectByValue("431222-NATURAL_RESOURCES");
        browser.findElement(By.id("accept-notice")).sendKeys("您反映的问题已受理。");
        session.pressAndLeave(By.cssSelector("#form-accept button"), "b-failed");
        session.showsState("办理中");
        assertThat(browser.findElement(By.id("co-handling-not-reported")).getText()).contains("沅陵镇", "自然资源局");

        // evidence, with registration's content checks
        Path notAnImage = Files.createTempFile("evidence", ".png");
        Files.writeString(notAnImage, "<html>not an image</html>");
        new Select(browser.findElement(By.id("evidence-kind"))).selectByValue("PHOTO");
        browser.findElement(By.id("evidence-description")).sendKeys("现场照片");
        browser.findElement(By.id("evidence-file")).sendKeys(notAnImage.toAbsolutePath().toString());
        session.pressAndLeave(By.cssSelector("#form-attach_evidence button"), "b-failed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "不是 PDF、JPEG、PNG 或 TIFF 文件"));
        Path photo = Files.createTempFile("site", ".png");
        Files.write(photo, new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        new Select(browser.findElement(By.id("evidence-kind"))).selectByValue("PHOTO");
        browser.findElement(By.id("evidence-description")).sendKeys("现场照片：房屋已拆除");
        browser.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
        session.pressAndLeave(By.cssSelector("#form-attach_evidence button"), "b-failed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), "现场照片：房屋已拆除"));
        assertThat(browser.findElement(By.id("evidence")).getText()).contains("照片", photo.getFileName().toString());
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("上传调查取证材料");

        // the draft opinion goes to the head; the direct opinion is not offered to the handler
        assertThat(browser.findElements(By.id("form-reply"))).isEmpty();
        browser.findElement(By.id("draft-text")).sendKeys("经核查，补偿款将于下月发放。");
        session.pressAndLeave(By.cssSelector("#form-draft_opinion button"), "b-failed");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-off-pending")));
        session.showsState("办理中");
        Browser.screenshot(browser, "b-02-draft-waiting");
        session.signOut();

        // a co-handling unit reports its part
        session.signIn("yuanling.yuanlingzhen");
        browser.get(matterUrl);
        browser.findElement(By.id("co-handling-report")).sendKeys("镇政府已核实补偿名单。");
        session.pressAndLeave(By.cssSelector("#form-report_co_handling button"), "b-failed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("co-handling-431222001"), "镇政府已核实补偿名单。"));
        assertThat(browser.findElements(By.id("form-report_co_handling"))).isEmpty();
        session.signOut();

        // the head returns the draft with comments
        session.signIn("yuanling.leader");
        browser.get(matterUrl);
        assertThat(browser.findElement(By.id("co-handling-not-reported")).getText()).contains("自然资源局")
                .doesNotContain("沅陵镇");
        assertThat(browser.findElement(By.id("sign-off")).getText()).contains("经核查，补偿款将于下月发放。");
        browser.findElement(By.id("return-comments")).sendKeys("请写明补偿的法规依据。");
        session.pressAndLeave(By.cssSelector("#form-return_opinion button"), "b-failed");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-off-round-1"), "退回修改"));
        session.signOut();

        // the handler sees the comments and revises
        session.signIn("yuanling.housing");
        browser.get(matterUrl);
        assertThat(browser.findElement(By.id("draft-returned")).getText()).contains("请写明补偿的法规依据。");
        WebElement text = browser.findElement(By.id("draft-text"));
        text.clear();
        text.sendKeys("依据《国有土地上房屋征收与补偿条例》，补偿款将于下月发放。");
        session.pressAndLeave(By.cssSelector("#form-draft_opinion button"), "b-failed");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-off-round-2")));
        session.signOut();

        // the head signs it off: only now is the opinion issued, with its letter
        session.signIn("yuanling.leader");
        browser.get(matterUrl);
        session.pressAndLeave(By.cssSelector("#form-sign_off_opinion button"), "b-failed");
        session.showsState("已答复");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("处理意见退回修改", "处理意见审签通过", "出具处理意见");
        assertThat(browser.findElement(By.id("documents")).getText()).contains("处理意见书");
        Browser.screenshot(browser, "b-03-signed-off");
        session.signOut();
    }

    /** A matter registered in Yuanling and assigned to its housing bureau, through the API; its id. */
    private long routedToHousing() throws Exception {
        String body = """
                {"channel":"VISIT","petitioner":{"name":"向红梅","idNumber":"43122219780303002X","phone":"13907450000"},
                 "persons":1,"categoryCode":"URBAN.DEMOLITION","placeCode":"431222002001",
                 "title":"征收补偿款未到位","content":"房屋被征收，补偿款至今未到位。"}""";
        String registered = session.post("yuanling.registrar", "/api/v1/matters", body);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(registered);
        assertThat(id.find()).as(registered).isTrue();
        session.post("yuanling.registrar", "/api/v1/matters/" + id.group(1) + "/routing",
                "{\"version\":0,\"kind\":\"ASSIGNMENT\",\"unitCode\":\"431222-HOUSING\"}");
        return Long.parseLong(id.group(1));
    }
}
