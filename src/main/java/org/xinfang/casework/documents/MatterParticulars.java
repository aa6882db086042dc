package org.xinfang.casework.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A matter as another module's document on it prints it: the number, the title, the content, the day it was received
 * and the petitioner's lines (name, phone, address), already as the reader may read them.
 */
public record MatterParticulars(String referenceNo, String title, String content, LocalDate receivedOn,
                                List<String> petitionerLines) {

    public MatterParticulars {
        petitionerLines = List.copyOf(petitionerLines);
    }
}
