package org.xinfang.platform;

import org.xinfang.platform.Refusal;

/** A text a form or a request must carry: refused naming the field when blank or too long (messages "form.<field>.*"). */
public final class RequiredText {

    private RequiredText() {
    }

    /** {@code typed}, stripped; a refusal naming {@code field} when it is blank or longer than {@code max}. */
    public static String of(String field, String typed, int max) {
        if (typed == null || typed.isBlank()) {
            throw Refusal.invalid(field, "form." + field + ".required");
        }
        if (typed.strip().length() > max) {
            throw Refusal.invalid(field, "form." + field + ".too-long", max);
        }
        return typed.strip();
    }
}
