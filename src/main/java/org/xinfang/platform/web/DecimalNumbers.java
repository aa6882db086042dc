package org.xinfang.platform.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A whole number in a path, a query or a form (an id, a page, a version) is written in decimal digits. Spring's
 * own reading also takes hexadecimal ("0x10", "#10"), a plus sign and leading zeros, so {@code /matters/0x10}
 * opened matter 16; any other spelling is now a 400 naming the parameter.
 */
@ControllerAdvice
class DecimalNumbers {

    /** Digits, a minus sign for negatives (refused later by the parameter's range), no leading zero. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        // the binder falls back to a property editor when conversion fails, so the rule must be an editor
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf));
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf));
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final Function<String, Number> parse;

        Decimal(Function<String, Number> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            String digits = text == null ? "" : text.strip(); // surrounding blanks, as Spring's own reading allows
            if (digits.isEmpty()) {
                setValue(null);
            } else if (DECIMAL.matcher(digits).matches()) {
                setValue(parse.apply(digits)); // too large: NumberFormatException, an IllegalArgumentException as below
            } else {
                throw new IllegalArgumentException("not a decimal number");
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
