package org.xinfang.casework.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second walk (docs/walk-2022.md), as bash runs {@code docs/walk-2022.sh} over real HTTP: a route (1) matter guided
 * to the court, an accusation handed to discipline inspection. Skipped without curl, unless CI=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class Walk2022ScriptTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("art. 31 ¶1 item 1, art. 30: the second walk runs, twice on one server")
    void theSecondWalkRuns() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || run("command -v curl").exitCode() == 0, "curl is not installed");
        for (int i = 0; i < 2; i++) {
            Run walk = run("docs/walk-2022.sh");
            assertThat(walk.exitCode()).as(walk.output()).isZero();
            assertThat(walk.output()).contains("suggested type APPEAL", "opinion-draft by yuanling.housing refused (409)",
                    "guidance by yuanling.housing -> GUIDED_OUT", "guided to: 沅陵县人民法院 (via politics and law: true)",
                    "suggested type ACCUSATION", "the accused unit asks for matter", "HTTP 404",
                    "routing by yuanling.registrar refused (400)", "REFERRED_TO_DISCIPLINE", "ORGANISATION_NOTIFIED",
                    "handed to discipline inspection");
        }
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String command) throws Exception {
        Path output = Files.createTempFile("walk-2022", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("XINFANG_URL", "http://localhost:" + port);
            Process p = pb.start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in 3 minutes: " + Files.readString(output));
            }
            return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.delete(output);
        }
    }
}
