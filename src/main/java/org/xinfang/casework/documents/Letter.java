package org.xinfang.casework.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * What a statutory letter says, before it is laid out: who issues it, its title and number, to whom, the body
 * paragraphs (the statutory sentences among them) and the date it bears.
 *
 * @param issuer     the issuing body's official name, printed as the letterhead and above the seal
 * @param addressee  the petitioner as addressed ("王建国", "王建国等6人")
 * @param paragraphs the body, one entry per paragraph
 */
record Letter(String issuer, String title, String number, String addressee, List<String> paragraphs, LocalDate date) {

    Letter {
        paragraphs = List.copyOf(paragraphs);
    }
}
