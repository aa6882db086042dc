package org.xinfang.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One of the {@link MatterFlags}, as a list filters and a count splits by it: its column on {@code matter} and its
 * name in a worklist's query string ({@code flag=joint-letter}).
 */
public enum MatterFlag {
    FIRST_TO_BODY("first_to_body", MatterFlags::firstToBody),
    FIRST_ANYWHERE("first_anywhere", MatterFlags::firstAnywhere),
    ANONYMOUS("anonymous", MatterFlags::anonymous),
    JOINT_LETTER("joint_letter", MatterFlags::jointLetter),
    LITIGATION_RELATED("litigation_related", MatterFlags::litigationRelated),
    HMT_FOREIGN("hmt_foreign", MatterFlags::hmtForeign),
    THREAT("threat", MatterFlags::threat),
    MAJOR_URGENT("major_urgent", MatterFlags::majorUrgent);

    private final String column;
    private final Predicate<MatterFlags> reader;

    MatterFlag(String column, Predicate<MatterFlags> reader) {
        this.column = column;
        this.reader = reader;
    }

    /** The boolean column of {@code matter} that holds it: a constant, never input. */
    public String column() {
        return column;
    }

    public boolean of(MatterFlags flags) {
        return reader.test(flags);
    }

    /** Its name in a query string: {@code first-to-body}, {@code joint-letter}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MatterFlag> byParam(String param) {
        return Arrays.stream(values()).filter(f -> f.param().equals(param)).findFirst();
    }
}
