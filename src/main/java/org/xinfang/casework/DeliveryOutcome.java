package org.xinfang.casework;

/**
 * Whether the petitioner took the document: signed for it (签收; for an electronic or SMS delivery, it reached them), or
 * refused it (拒收). A refusal recorded with what happened counts as delivered on that day (留置送达;
 * {@link org.xinfang.statute.Statute#countsAsReceipt}).
 */
public enum DeliveryOutcome {
    SIGNED, REFUSED
}
