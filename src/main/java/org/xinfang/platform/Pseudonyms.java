package org.xinfang.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Keyed hashes (HMAC-SHA-256) of personal data that must be matched but not kept: phones and addresses in
 * rate limits, phones of online submissions. A plain hash of a phone number is reversed by trying all of
 * them; without the key it is not. Nodes that share a database share {@code xinfang.pseudonym-key}; when it
 * is not set, a random key per start is used, and what was hashed before a restart no longer matches.
 */
@Component
public class Pseudonyms {

    private final SecretKeySpec key;

    Pseudonyms(@Value("${xinfang.pseudonym-key:}") String configured) {
        if (configured.isBlank()) {
            org.slf4j.LoggerFactory.getLogger(Pseudonyms.class).warn("xinfang.pseudonym-key is not set: a random key is used,"
                    + " so rate limits, pending SMS codes and duplicate folding start afresh at every restart and are not"
                    + " shared between nodes. Set the same key on every node.");
        }
        byte[] bytes = configured.isBlank() ? randomKey() : configured.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The pseudonym of {@code value} in {@code purpose} (so one value has unrelated pseudonyms per purpose). */
    public String of(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomKey() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
