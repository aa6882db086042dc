package org.xinfang.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected fault is logged with where it happened, never with the data it quoted. */
class FaultLoggingTest {

    @Test
    void theLoggedFaultNamesClassesAndFramesButNotTheMessages() {
        Exception fault = new IllegalStateException("insert failed",
                new RuntimeException("Key (id_number)=(431222198001010013) already exists; phone 13812345678"));
        String logged = ProblemDetailsAdvice.withoutMessages(fault);
        assertThat(logged).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException",
                "FaultLoggingTest");
        assertThat(logged).doesNotContain("431222198001010013").doesNotContain("13812345678").doesNotContain("insert failed");
    }
}
