package org.xinfang.casework;

import java.util.List;

/**
 * Published once per batch of {@link MatterBulkImport#importMatters}, in its transaction: many matters arrived at
 * once, with their history. One event for the batch rather than one per timeline entry, because importing history is
 * not something happening now; a listener that needs the matters' figures queries them by id.
 */
public record MattersImported(List<Long> matterIds) {

    public MattersImported {
        matterIds = List.copyOf(matterIds);
    }
}
