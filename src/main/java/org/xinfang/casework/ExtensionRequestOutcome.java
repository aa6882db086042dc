package org.xinfang.casework;

/** What the head of the body decides on the handler's request to extend the handling limit (2022 art. 34). */
public enum ExtensionRequestOutcome {
    /** 批准: the one extension is granted, for the days asked; the head is the one who approved it. */
    APPROVED,
    /** 不予批准: refused, with the head's reason; the handler may ask again while the limit runs. */
    REFUSED
}
