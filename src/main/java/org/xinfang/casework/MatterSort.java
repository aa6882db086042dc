package org.xinfang.casework;

import org.xinfang.platform.Refusal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The order of a list of matters, as the worklist's {@code sort} parameter names it ({@code due,asc}): one of a fixed
 * set of columns, ascending or descending, with the id as the last key so that equal values keep one order from page
 * to page. Anything else is refused as bad input naming the columns that exist (issue 11, item 1).
 */
public record MatterSort(Column column, boolean ascending) {

    /** The default: the most urgent deadline first, as the worklist has always been ordered. */
    public static final MatterSort DEFAULT = new MatterSort(Column.DUE, true);

    /** The sortable columns: their name in the address, and their SQL (constants, never input). */
    public enum Column {
        REFERENCE("reference", "m.reference_no"),
        RECEIVED("received", "m.received_on"),
        DUE("due", "m.due_on"),
        /** The latest timeline entry's time (the index matter_event_latest_idx of V24 answers it per matter). */
        LAST_STEP("lastStep", "(select e.occurred_at from matter_event e where e.matter_id = m.id order by e.seq desc limit 1)"),
        /** The states in the order of the procedure, not of their names. */
        STATE("state", stateOrder()),
        TITLE("title", "m.title");

        private final String param;
        private final String sql;

        Column(String param, String sql) {
            this.param = param;
            this.sql = sql;
        }

        public String param() {
            return param;
        }

        static Optional<Column> byParam(String name) {
            return Arrays.stream(values()).filter(c -> c.param.equalsIgnoreCase(name)).findFirst();
        }

        private static String stateOrder() {
            return Arrays.stream(MatterState.values()).map(s -> " when '" + s.name() + "' then " + s.ordinal())
                    .collect(Collectors.joining("", "(case m.state", " end)"));
        }
    }

    /**
     * The order {@code value} names ({@code column} or {@code column,asc|desc}; blank: the default); refused (400,
     * field {@code sort}) naming what was given and the columns that exist.
     */
    public static MatterSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String[] parts = value.strip().split("\\s*,\\s*", -1);
        Optional<Column> column = Column.byParam(parts[0]);
        String direction = parts.length > 1 ? parts[1].toLowerCase(java.util.Locale.ROOT) : "asc";
        if (column.isEmpty() || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw Refusal.invalid("sort", "worklist.sort.unknown", value, allowed());
        }
        return new MatterSort(column.get(), direction.equals("asc"));
    }

    /** The columns that may be named, as the refusal lists them. */
    public static String allowed() {
        return Arrays.stream(Column.values()).map(Column::param).collect(Collectors.joining(", "));
    }

    /** This order as the parameter says it: {@code due,asc}. */
    public String param() {
        return column.param + "," + (ascending ? "asc" : "desc");
    }

    /** The order reversed on the same column: what a column header's link offers when the list is sorted by it. */
    public MatterSort reversed() {
        return new MatterSort(column, !ascending);
    }

    /**
     * The SQL order (after "order by"): the column, empty values last whichever the direction, then the id. The default
     * keeps the worklist's old order exactly ({@code due_on nulls last, id desc}) and its index matter_due_order_idx.
     */
    public String sql() {
        if (equals(DEFAULT)) {
            return "m.due_on nulls last, m.id desc";
        }
        String dir = ascending ? "asc" : "desc";
        return column.sql + " " + dir + " nulls last, m.id " + dir;
    }
}
