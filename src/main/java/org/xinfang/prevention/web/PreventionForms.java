package org.xinfang.prevention.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prevention's forms: a field as typed, read or refused naming the field, and the post that answers with a
 * confirmation or goes back with the reason and what was typed. (Coordination's forms do the same in their own
 * package, which other modules cannot reach.)
 */
final class PreventionForms {

    private PreventionForms() {
    }

    /** A day as the date input sends it; null when left empty (the service refuses it naming the field). */
    static LocalDate day(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "form.day", typed);
        }
    }

    static int number(String field, String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "form.number", typed == null ? "" : typed);
        }
    }

    /** One of the choice's values by name; null when none was chosen or the value is not one (the service names the field). */
    static <E extends Enum<E>> E choice(String typed, Class<E> values) {
        return Arrays.stream(values.getEnumConstants()).filter(e -> e.name().equals(typed == null ? "" : typed.strip()))
                .findFirst().orElse(null);
    }

    /** Names written one a line, or separated by commas or 、, as a list (empty lines dropped). */
    static List<String> names(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\n,，、;；]")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
    }

    /**
     * Runs {@code action}; on success redirects to where it leads with the confirmation {@code doneKey}, on a refusal
     * back to {@code back} with the reason and what was typed. A "not found" is not a form's mistake: it answers as such.
     */
    static String submit(MessageSource messages, RedirectAttributes flash, String doneKey, String back,
                         Map<String, String> entered, Supplier<String> action) {
        var locale = LocaleContextHolder.getLocale();
        try {
            String to = action.get();
            flash.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
            return "redirect:" + to;
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw r;
            }
            flash.addFlashAttribute("error", r.describe(messages, locale));
            flash.addFlashAttribute("entered", entered);
            return "redirect:" + back;
        }
    }

    /** What was typed, field by field ({@code "field", value, ...}); a field not sent is empty. */
    static Map<String, String> typed(String... fieldsAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            typed.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return typed;
    }
}
