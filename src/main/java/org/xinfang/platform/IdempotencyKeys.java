package org.xinfang.platform;

import java.util.regex.Pattern;

/** The Idempotency-Key header of a create: a retried request answers with what the first one made. */
public final class IdempotencyKeys {

    /** 1 to 100 printable ASCII characters, which every client and proxy carries unchanged. */
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,100}");

    private IdempotencyKeys() {
    }

    /** Refuses a key that is given but blank or not such characters, naming the header; null (no key) passes. */
    public static void check(String key) {
        if (key != null && (key.isBlank() || !KEY.matcher(key).matches())) {
            throw Refusal.invalid("Idempotency-Key", "idempotency.key.format");
        }
    }
}
