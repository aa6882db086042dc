package org.xinfang.coordination.web;

import org.xinfang.platform.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The fields of coordination's forms as typed, read or refused naming the field (the messages are "form.<field>.*"). */
final class FormFields {

    private FormFields() {
    }

    static LocalDate day(String field, String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "form.day", typed == null ? "" : typed);
        }
    }

    static String text(String field, String typed, int max) {
        if (typed == null || typed.isBlank()) {
            throw Refusal.invalid(field, "form." + field + ".required");
        }
        if (typed.strip().length() > max) {
            throw Refusal.invalid(field, "form." + field + ".too-long", max);
        }
        return typed;
    }

    static int number(String field, String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "form.number", typed == null ? "" : typed);
        }
    }
}
