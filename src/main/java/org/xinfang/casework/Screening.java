package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.territory.UnitView;

/**
 * What registration finds out about an item before it is saved.
 *
 * @param repeatOf      the first matter of the same petitioner on the same matter, when this is a repeat
 * @param onFinalMatter the same matter was already decided on re-review: not to be accepted again
 * @param leapLevel     received above the level responsible for it (越级)
 * @param collective    a visit by 5 or more persons (集体访)
 */
public record Screening(UnitView suggestedUnit, Matter repeatOf, boolean onFinalMatter, boolean leapLevel,
                        boolean collective) {
}
