package org.xinfang.territory;

/**
 * A unit was merged into another: the continuing body carries out its functions and accepts its matters (2022 art. 24
 * ¶2). Published in the transaction of the merge, so the matters, the routing rules and the staff move with it or not
 * at all. The merged unit stays, inactive, for the past records that name it.
 */
public record UnitMerged(Long mergedUnitId, Long continuingUnitId, String by, Long byUnitId) {
}
