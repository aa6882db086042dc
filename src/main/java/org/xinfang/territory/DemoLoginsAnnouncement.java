package org.xinfang.territory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.xinfang.platform.ReferenceDataFiles;

import java.util.stream.Collectors;

/**
 * When the server is up, tells the person who started it where it is and how to sign in: the demo
 * accounts whose password the territory file gives in plain text (a real city's file holds only hashes,
 * and then nothing is printed).
 */
@Component
class DemoLoginsAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginsAnnouncement.class);

    private final Resource file;

    DemoLoginsAnnouncement(@Value("${xinfang.territory.file}") Resource file) {
        this.file = file;
    }

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        TerritoryLoader.DataFile data = ReferenceDataFiles.read(file, TerritoryLoader.DataFile.class);
        String logins = data.staff().stream().filter(m -> !m.password().startsWith("{"))
                .filter(m -> m.username().startsWith("city.") || m.username().startsWith("admin")
                        || m.username().startsWith("yuanling.") || m.username().startsWith("hecheng."))
                .map(m -> String.format("  %-26s %-10s %s", m.username(), m.password(), m.roles()))
                .collect(Collectors.joining("\n"));
        if (logins.isEmpty()) {
            return;
        }
        String url = "http://localhost:" + web.getWebServer().getPort();
        log.info("""

                ==========================================================================
                 Xinfang is running at {}
                 API documentation: {}/swagger-ui.html
                 Demo logins (every county has <county>.registrar, .leader, .housing, .supervisor):
                {}
                ==========================================================================""", url, url, logins);
    }
}
