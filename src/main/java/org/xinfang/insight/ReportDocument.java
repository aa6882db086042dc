package org.xinfang.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * A generated report before it is laid out, as PDF or as editable HTML: who issues it (the petition bureau), its
 * title and number, its blocks in order (headings, paragraphs, tables) and the date it bears. In Chinese, as the
 * bureau files it.
 */
public record ReportDocument(String issuer, String title, String number, List<Block> blocks, LocalDate date, String fileName) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** A part of the report. */
    public sealed interface Block permits Heading, Text, Table {
    }

    /** A heading: 一、总体情况. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph. */
    public record Text(String text) implements Block {
    }

    /** A table: its caption, the heads with their relative widths, and the rows of text. */
    public record Table(String caption, List<String> heads, float[] widths, List<List<String>> rows) implements Block {
        public Table {
            heads = List.copyOf(heads);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The text of its headings and paragraphs and cells, one a line: what a reader (and a test) reads. */
    public String plainText() {
        StringBuilder s = new StringBuilder(title).append('\n');
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                s.append(h.text()).append('\n');
            } else if (b instanceof Text t) {
                s.append(t.text()).append('\n');
            } else if (b instanceof Table t) {
                s.append(t.caption()).append('\n').append(String.join(" ", t.heads())).append('\n');
                t.rows().forEach(r -> s.append(String.join(" ", r)).append('\n'));
            }
        }
        return s.toString();
    }
}
