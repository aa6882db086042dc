package org.xinfang.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

/**
 * A browser test of the staff application: the server on a random port and, for each test, a fresh browser of the
 * given size (closed after it, also when the test fails) with its {@link StaffSession}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class StaffBrowserTest {

    @LocalServerPort
    int port;

    StaffSession session;
    WebDriver browser;
    WebDriverWait wait;

    private final int width;
    private final int height;
    private final Duration patience;

    StaffBrowserTest(int width, int height) {
        this(width, height, Duration.ofSeconds(10));
    }

    StaffBrowserTest(int width, int height, Duration patience) {
        this.width = width;
        this.height = height;
        this.patience = patience;
    }

    @BeforeEach
    void openBrowser() {
        session = new StaffSession(port, width, height, patience);
        browser = session.browser;
        wait = session.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }
}
