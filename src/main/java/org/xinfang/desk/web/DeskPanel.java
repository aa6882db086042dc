package org.xinfang.desk.web;

import org.xinfang.casework.MatterFilter;
import org.xinfang.casework.MatterSort;
import org.xinfang.casework.MatterSummary;
import org.xinfang.territory.StaffRole;

import java.util.List;

/**
 * One list on the desk: its name (a message key below {@code desk.panel.}), the filter it counts and the worklist
 * address that lists exactly the same matters, so "show all" never finds a different number.
 *
 * @param role   the role it is shown for
 * @param key    the panel's name, {@code desk.panel.<key>} in the messages
 * @param filter what it counts and shows the first rows of (page 0, {@link #ROWS} rows)
 * @param link   the worklist (or board) address of the same list, in the same order
 * @param sort   the order of its first rows
 */
record DeskPanel(StaffRole role, String key, MatterFilter filter, String link, MatterSort sort) {

    /** A panel in the worklist's default order, most urgent deadline first. */
    DeskPanel(StaffRole role, String key, MatterFilter filter, String link) {
        this(role, key, filter, link, MatterSort.DEFAULT);
    }

    /** The rows a panel shows: the first few, most urgent first; the link shows the rest. */
    static final int ROWS = 5;

    /** A panel as shown: the count and the first rows, as the viewer may read them. */
    record Shown(DeskPanel panel, long total, List<MatterSummary> first) {
    }
}
