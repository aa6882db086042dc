package org.xinfang.casework;

import org.xinfang.intake.Channel;

/** What to list: by state, deadline, channel, category or petitioner, one page at a time. */
public record MatterFilter(MatterState state, Deadline deadline, int withinDays, Channel channel, Long categoryId,
                           Long petitionerId, int page, int size) {

    public enum Deadline {
        /** The current step's deadline has passed. */
        OVERDUE,
        /** The current step's deadline falls within {@code withinDays} from today. */
        DUE_SOON
    }
}
