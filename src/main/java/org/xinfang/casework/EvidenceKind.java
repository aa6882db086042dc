package org.xinfang.casework;

/** What a piece of evidence the handling unit puts on the matter is (issue 11, item 3). */
public enum EvidenceKind {
    /** 调查笔录: the record of an investigation or an interview (2022 art. 31 ¶1 item 6: 调查核实). */
    INVESTIGATION_NOTE,
    /** 照片: a photo taken on the spot. */
    PHOTO,
    /** 书证: a document that proves a fact (a contract, a decision, a receipt). */
    DOCUMENT,
    /** 其他材料: other material (a map, a survey, a statement of account). */
    OTHER_MATERIAL
}
