package org.xinfang.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.xinfang.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' expressions are compiled (docs/decisions.md, "Compiled page expressions"): the setting the benchmark's
 * figures depend on, checked on the engine the application renders with. Every page test then renders through it.
 */
@IntegrationTest
class TemplateEngineTest {

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void thePagesExpressionsAreCompiled() {
        assertThat(templates.getEnableSpringELCompiler()).isTrue();
    }
}
