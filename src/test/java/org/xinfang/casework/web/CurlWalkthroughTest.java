package org.xinfang.casework.web;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two walks a newcomer runs with curl against one server, over real HTTP, as bash runs them: the README's
 * block and {@code docs/walkthrough.sh}, the script twice, before and after the README's walk. The README block
 * is taken from README.md as it stands; only its {@code ID=...} placeholder is filled from the first answer, the
 * URL pointed at this server, and curl made to stop at the first refused step with its answer. Needs bash and
 * curl (CI installs curl); without them the test is skipped, unless CI=true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CurlWalkthroughTest {

    private static final Path SCRIPT = Path.of("docs", "walkthrough.sh");
    private static final Path README = Path.of("README.md");

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireBashAndCurl() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Assumptions.assumeTrue(ci || run("command -v curl", "").exitCode() == 0,
                "curl is not installed (apt-get install -y curl); CI=true makes this test mandatory");
    }

    @Test
    void theScriptAndTheReadmeWalkRunInEitherOrderOnOneServer() throws Exception {
        Run first = script();
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("re-review-opinion by city.leader -> FINAL", "FINALIZED");

        Run readme = run(readmeWalk(base()), base());
        assertThat(readme.exitCode()).as(readme.output()).isZero();
        assertThat(readme.output()).contains("\"state\":\"FINAL\"", "\"type\":\"FINALIZED\"");

        Run second = script();
        assertThat(second.exitCode()).as(second.output()).isZero();
        Run third = script();
        assertThat(third.exitCode()).as(third.output()).isZero();
        // each run is a matter of its own, not a repeat of the one before
        assertThat(List.of(matterOf(first), matterOf(second), matterOf(third))).doesNotHaveDuplicates();
        assertThat(second.output()).contains("matter " + matterOf(second) + " is final");
    }

    @Test
    void aRefusedStepIsNamedWithItsStatusAndProblem() throws Exception {
        // a base URL under which the API answers every call with 404: the script stops at its first step and says why
        Run broken = run("bash " + SCRIPT, base() + "/api/v1/nothing");
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("walkthrough: register failed: HTTP 404 from POST " + base()
                + "/api/v1/nothing/api/v1/matters", "\"status\":404").doesNotContain("registered matter");

        Run unreachable = run("bash " + SCRIPT, "http://127.0.0.1:1");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.output()).contains("walkthrough: register: no answer from http://127.0.0.1:1");
    }

    private Run script() throws Exception {
        return run("bash " + SCRIPT, base());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String matterOf(Run run) {
        Matcher m = Pattern.compile("registered matter (\\d+)").matcher(run.output());
        assertThat(m.find()).as(run.output()).isTrue();
        return m.group(1);
    }

    /** The README's curl block, run as written against {@code base}, stopping at the first refused step. */
    private static String readmeWalk(String base) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("## Walk one matter to finality with curl.*?```bash\n(.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("README.md has the curl walk").isTrue();
        String walk = block.group(1).replace("http://localhost:8080", base);
        Matcher placeholder = Pattern.compile("(?m)^ID=\\.\\.\\..*$").matcher(walk);
        assertThat(placeholder.find()).as("the walk's ID=... line").isTrue();
        return """
                set -euo pipefail
                curl() { command curl --silent --show-error --fail-with-body "$@"; echo; }
                REGISTERED=$(%s)
                echo "$REGISTERED"
                ID=$(echo "$REGISTERED" | grep -o '"id":[0-9]*' | sed -n '1s/"id"://p')
                %s""".formatted(walk.substring(0, placeholder.start()).strip(), walk.substring(placeholder.end()));
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs the command with bash, XINFANG_URL set, and gives its exit code and everything it printed. */
    private static Run run(String command, String url) throws Exception {
        Path output = Files.createTempFile("walkthrough", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("XINFANG_URL", url);
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
