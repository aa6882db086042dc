package org.xinfang.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.xinfang.XinfangApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The application started for real on a data directory of its own, and its database killed mid-load (crash tests). */
public final class CrashableServer {

    private CrashableServer() {
    }

    /** The application as `mvn spring-boot:run` starts it, on this data directory, without the demo data. */
    public static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(XinfangApplication.class).bannerMode(Banner.Mode.OFF)
                .run("--xinfang.embedded-db.data-dir=" + dataDir, "--xinfang.demo.enabled=false", "--server.port=0",
                        // requests left waiting for the killed database must not hold up the shutdown
                        "--server.shutdown=immediate");
    }

    public static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** SIGKILL the postmaster named in the data directory's postmaster.pid and all its children, and wait for them. */
    public static void killPostgres(Path dataDir, int atLeastChildren) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        assertThat(all).hasSizeGreaterThan(atLeastChildren);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().get(10, TimeUnit.SECONDS);
        }
    }

    /** A bearer token for a demo account (password "demo"). */
    public static String token(HttpClient http, String base, String username) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/tokens"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(201);
        return JsonPath.read(r.body(), "$.token");
    }
}
