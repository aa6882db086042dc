package org.xinfang.demo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.xinfang.support.TestClockConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a throw-away database with the demo data generated at start-up, as the demo server
 * does it, on the test clock (today is 2 March 2026). The classes with this annotation share the one context,
 * so the full default run is paid for once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"xinfang.demo.enabled=true", "xinfang.embedded-db.data-dir="})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@interface DemoDataTest {
}
