package org.xinfang;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The business modules talk only through each other's public API: no reaching into internals, no cycles. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(XinfangApplication.class).verify();
    }
}
