package org.xinfang.casework;

import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.Set;

/**
 * A matter as a row of a staff list in another module (the supervision board): what the row shows, the title as the
 * viewer may read it, and the actions the viewer may take on it now.
 *
 * @param version        the version a command on the matter must name
 * @param currentStep    the step whose deadline runs now ({@code null} when none)
 * @param allowedActions the actions open to the viewer, as {@link Casework#allowedActions} decides
 */
public record MatterSummary(Long id, int version, String referenceNo, String title, MatterState state, UnitView holder,
                            DueStep currentStep, LocalDate currentDueOn, boolean overdue, int supervisionCount,
                            Set<MatterAction> allowedActions) {

    public MatterSummary {
        allowedActions = Set.copyOf(allowedActions);
    }
}
