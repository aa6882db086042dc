package org.xinfang.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.IntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A header the firewall rejects, or an Idempotency-Key that is not printable ASCII, is a 400 naming the header in the
 * caller's language, never a 500. Tomcat reads header bytes as ISO-8859-1, so a key typed in Chinese reaches the
 * application as Latin-1 characters: that is what these requests send.
 */
@IntegrationTest
class RequestRejectionTest {

    @Autowired
    ApiClient api;

    /** What Tomcat hands the application for a header sent as UTF-8. */
    private static String asTomcatReadsIt(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private Answer registerWithKey(String key, String language) {
        var request = MockMvcRequestBuilders.post("/api/v1/matters").header("Idempotency-Key", key);
        return api.call("yuanling.registrar", request,
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"), language);
    }

    @Test
    void aKeyTheFirewallRejectsIsA400NamingTheHeaderInTheCallersLanguage() {
        // "登" is E7 99 BB in UTF-8: 0x99 is a control character in ISO-8859-1, which the firewall refuses
        Answer en = registerWithKey(asTomcatReadsIt("登记-1"), "en");
        assertThat(en.status()).as(en.body()).isEqualTo(400);
        assertThat((String) en.read("$.errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat((String) en.read("$.detail")).contains("Idempotency-Key", "printable ASCII");

        Answer zh = registerWithKey(asTomcatReadsIt("登记-2"), "zh-CN");
        assertThat(zh.status()).isEqualTo(400);
        assertThat((String) zh.read("$.detail")).contains("Idempotency-Key", "ASCII 字符");
    }

    @Test
    void aKeyThatPassesTheFirewallButIsNotPrintableAsciiIsRefusedToo() {
        // "中" is E4 B8 AD: three Latin-1 characters the firewall lets through (¸ and a soft hyphen)
        for (String key : new String[]{asTomcatReadsIt("中-1"), "tab\there", "x".repeat(101)}) {
            Answer a = registerWithKey(key, "en");
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat((String) a.read("$.errors[0].field")).isEqualTo("Idempotency-Key");
        }
        Answer ok = registerWithKey("walk-" + System.nanoTime() + "_ABC.def~!", "en");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }
}
