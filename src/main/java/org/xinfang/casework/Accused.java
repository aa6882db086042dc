package org.xinfang.casework;

import org.xinfang.statute.CadreRank;
import org.xinfang.territory.UnitView;

/**
 * Who an accusation (检举控告类) is about, as registered: the person's rank and post, which set the cadre-management
 * authority it goes to (2022 art. 22 ¶2, art. 30 ¶2), and the accused unit, which never sees it (art. 30 ¶3).
 *
 * @param unit the accused unit, when it is one of the territory's; null when unknown or outside it
 */
public record Accused(CadreRank rank, String post, UnitView unit) {
}
