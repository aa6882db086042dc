package org.xinfang.coordination;

/**
 * The five package activities (包案工作) a leader records on a package case: the seed city's "包调处、包落实、包救助、
 * 包稳控、包接访".
 */
public enum PackageActivityKind {
    /** 包调处: mediating and settling the dispute. */
    MEDIATION,
    /** 包落实: seeing the handling opinion carried out. */
    IMPLEMENTATION,
    /** 包救助: arranging relief for a petitioner in hardship. */
    RELIEF,
    /** 包稳控: keeping the situation stable. */
    CONTROL,
    /** 包接访: receiving or visiting the petitioner in person; a case with one is "visited". */
    VISIT
}
