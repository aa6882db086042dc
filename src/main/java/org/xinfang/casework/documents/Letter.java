package org.xinfang.casework.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a statutory letter says, before it is laid out: who issues it, its title and number, to whom, the body
 * paragraphs (the statutory sentences among them), the closing formula and the date it bears.
 *
 * @param issuer     the issuing body's official name, printed as the letterhead and above the seal
 * @param addressee  the petitioner as addressed ("王建国", "王建国等6人")
 * @param paragraphs the body, one entry per paragraph, at least one
 * @param closing    the closing formula (特此告知。, 特此答复。), printed with the last paragraph above the signature
 * @param signatureLines lines for people to sign by hand, printed after the closing (a record the petitioner signs,
 *                   接谈记录); none for a letter
 * @param sealed     whether the issuer seals it: a letter is sealed (（印章）and the seal's circle), a record is not
 * @param tables     forms printed after all but the last paragraph (a responsibility apportionment form); none for a
 *                   letter
 */
public record Letter(String issuer, String title, String number, String addressee, List<String> paragraphs,
                     String closing, LocalDate date, List<String> signatureLines, boolean sealed, List<Table> tables) {

    /**
     * A ruled form within a document: a caption, the column heads with their relative widths, and the rows, each
     * with a cell per column.
     */
    public record Table(String caption, List<String> heads, float[] widths, List<List<String>> rows) {

        public Table {
            heads = List.copyOf(heads);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = heads.size();
            if (widths.length != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("A row of a form has a cell per column");
            }
        }

        Table readAs(UnaryOperator<String> readable) {
            return new Table(caption, heads, widths, rows.stream().map(r -> r.stream().map(readable).toList()).toList());
        }
    }

    public Letter {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("A letter has at least one paragraph");
        }
        Objects.requireNonNull(closing, "closing");
        signatureLines = signatureLines == null ? List.of() : List.copyOf(signatureLines);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** A letter or a record without forms. */
    Letter(String issuer, String title, String number, String addressee, List<String> paragraphs, String closing,
           LocalDate date, List<String> signatureLines, boolean sealed) {
        this(issuer, title, number, addressee, paragraphs, closing, date, signatureLines, sealed, List.of());
    }

    /** A sealed letter without lines to sign. */
    public Letter(String issuer, String title, String number, String addressee, List<String> paragraphs, String closing,
                  LocalDate date) {
        this(issuer, title, number, addressee, paragraphs, closing, date, List.of(), true);
    }

    /** The same letter with each paragraph and cell as {@code readable} makes it (masked free text for some readers). */
    Letter readAs(UnaryOperator<String> readable) {
        return new Letter(issuer, title, number, addressee, paragraphs.stream().map(readable).toList(), closing, date,
                signatureLines.stream().map(readable).toList(), sealed, tables.stream().map(t -> t.readAs(readable)).toList());
    }
}
