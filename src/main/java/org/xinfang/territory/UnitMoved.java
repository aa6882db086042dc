package org.xinfang.territory;

/**
 * A unit was moved in the tree: it and everything below it now lie under {@code newPath} instead of {@code oldPath}.
 * Published in the transaction of the move; a module that stores unit paths (casework, for its scope queries)
 * rewrites them in that same transaction, so no query ever sees a matter under a path that no longer exists.
 */
public record UnitMoved(Long unitId, String oldPath, String newPath, String by) {
}
