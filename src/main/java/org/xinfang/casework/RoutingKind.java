package org.xinfang.casework;

/** How the receiving office passes a matter on. */
public enum RoutingKind {
    /** 转送: passed to the body in charge, which handles it on its own account. */
    TRANSFER,
    /** 交办: assigned to the body in charge, which must report the result back. */
    ASSIGNMENT
}
