package org.xinfang.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.platform.RequiredText;
import org.xinfang.platform.Refusal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The staff pages' form fields: each field as typed, read or refused naming the field (the messages are
 * "form.<field>.*"), and the post that answers with a confirmation, or goes back with the reason and what was typed.
 */
public final class FormFields {

    private FormFields() {
    }

    public static LocalDate day(String field, String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "form.day", typed == null ? "" : typed);
        }
    }

    /** A day as the date input sends it; null when left empty (for a service that refuses a missing day by name). */
    public static LocalDate optionalDay(String field, String typed) {
        return typed == null || typed.isBlank() ? null : day(field, typed);
    }

    /**
     * One of a choice's values by name; null when none was chosen or the value is not one, for a service that refuses
     * a missing choice naming the field.
     */
    public static <E extends Enum<E>> E chosen(String typed, Class<E> values) {
        return Arrays.stream(values.getEnumConstants()).filter(e -> e.name().equals(typed == null ? "" : typed.strip()))
                .findFirst().orElse(null);
    }

    /** Names written one a line, or separated by commas, 、 or semicolons, as a list (empty entries dropped). */
    public static List<String> names(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\n,，、;；]")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
    }

    public static String text(String field, String typed, int max) {
        return RequiredText.of(field, typed, max);
    }

    /** Text that may be left empty (null then), at most {@code max} characters ("form.<field>.optional.too-long"). */
    public static String optionalText(String field, String typed, int max) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.strip().length() > max) {
            throw Refusal.invalid(field, "form." + field + ".optional.too-long", max);
        }
        return typed;
    }

    /** One of a choice's values by name, null when none was chosen; another value is refused ("form.<field>.unknown"). */
    public static <E extends Enum<E>> E choice(String field, String typed, Class<E> values) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(values, typed.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "form." + field + ".unknown", typed);
        }
    }

    /** A yes or no ("true", "false"), which must be answered ("form.<field>.required"). */
    public static boolean yesOrNo(String field, String typed) {
        if ("true".equals(typed) || "false".equals(typed)) {
            return Boolean.parseBoolean(typed);
        }
        throw Refusal.invalid(field, "form." + field + ".required");
    }

    public static int number(String field, String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, "form.number", typed == null ? "" : typed);
        }
    }

    /**
     * One of an enumeration's values by its name, or refused with {@code messageKey}, which names the field, what was
     * typed ({0}) and the values it takes ({1}).
     */
    public static <E extends Enum<E>> E choice(String field, String typed, Class<E> type, String messageKey) {
        try {
            return Enum.valueOf(type, typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, messageKey, typed == null ? "" : typed, String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /**
     * Runs {@code action}; on success redirects to where it leads with the confirmation {@code doneKey}, on a refusal
     * back to {@code back} with the reason and {@code entered} (what was typed, so that nothing is typed twice). A
     * "not found" is not a form's mistake: it answers as such.
     */
    public static String submit(MessageSource messages, RedirectAttributes flash, String doneKey, String back,
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

    /** What was typed in a form, field by field ({@code "field", value, ...}); a field not sent is empty. */
    public static Map<String, String> typed(String... fieldsAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            typed.put(fieldsAndValues[i], fieldsAndValues[i + 1] == null ? "" : fieldsAndValues[i + 1]);
        }
        return typed;
    }
}
