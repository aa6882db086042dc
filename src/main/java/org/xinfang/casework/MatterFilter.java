package org.xinfang.casework;

import org.xinfang.intake.Channel;

/**
 * What to list. Every criterion is optional; matters outside the viewer's scope are never listed.
 *
 * @param openOnly    only matters still in the procedure (not declined, closed, final or reviewed)
 * @param heldByOwnUnit only matters held now by the viewer's own unit ("my unit's open matters"): for a city
 *                      registrar the city bureau's, not every matter held somewhere in the city
 * @param placePath   matters whose place lies in this subtree (a county, a township)
 */
public record MatterFilter(MatterState state, boolean openOnly, Deadline deadline, int withinDays, Channel channel,
                           Long categoryId, String placePath, Long petitionerId, Boolean repeat, Boolean collective,
                           Boolean leapLevel, Boolean packageCase, boolean heldByOwnUnit, int page, int size,
                           MatterFlag flag) {

    /** Without a flag to filter by (the filter before the national system's flags). */
    public MatterFilter(MatterState state, boolean openOnly, Deadline deadline, int withinDays, Channel channel,
                        Long categoryId, String placePath, Long petitionerId, Boolean repeat, Boolean collective,
                        Boolean leapLevel, Boolean packageCase, boolean heldByOwnUnit, int page, int size) {
        this(state, openOnly, deadline, withinDays, channel, categoryId, placePath, petitionerId, repeat, collective,
                leapLevel, packageCase, heldByOwnUnit, page, size, null);
    }

    /** Only matters with {@code f} set (every matter when null). */
    public MatterFilter withFlag(MatterFlag f) {
        return new MatterFilter(state, openOnly, deadline, withinDays, channel, categoryId, placePath, petitionerId, repeat,
                collective, leapLevel, packageCase, heldByOwnUnit, page, size, f);
    }

    public enum Deadline {
        /** The current step's deadline has passed. */
        OVERDUE,
        /** The current step's deadline falls within {@code withinDays} from today. */
        DUE_SOON,
        /** Overdue, or due within {@code withinDays}: what a supervisor watches. */
        OVERDUE_OR_DUE_SOON
    }

    /** Everything in scope, one page. */
    public static MatterFilter everything(int page, int size) {
        return new MatterFilter(null, false, null, 3, null, null, null, null, null, null, null, null, false, page, size);
    }

    public MatterFilter ofPetitioner(Long id) {
        return new MatterFilter(state, openOnly, deadline, withinDays, channel, categoryId, placePath, id, repeat,
                collective, leapLevel, packageCase, heldByOwnUnit, page, size, flag);
    }

    public MatterFilter inPlace(String path, Long category) {
        return new MatterFilter(state, openOnly, deadline, withinDays, channel, category, path, petitionerId, repeat,
                collective, leapLevel, packageCase, heldByOwnUnit, page, size, flag);
    }

    public MatterFilter due(Deadline d, int days) {
        return new MatterFilter(state, true, d, days, channel, categoryId, placePath, petitionerId, repeat, collective,
                leapLevel, packageCase, heldByOwnUnit, page, size, flag);
    }
}
