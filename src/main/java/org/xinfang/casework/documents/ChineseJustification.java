package org.xinfang.casework.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Justified lines of Chinese text (两端对齐), broken and spaced here rather than by OpenPDF. OpenPDF justifies a line
 * without spaces by widening the space after every glyph alike: a reference number on a loose line came out
 * letter-spaced ("X F 4 3 1 2 2 2 - …", which neither a reader nor a text extraction reads as one), and it was broken at
 * its hyphens. Here a run of Latin letters and digits (a number, a word) is one piece never broken nor spaced inside,
 * punctuation keeps to its character ({@link ChineseLineBreaking}'s rules: no closing mark starts a line, no opening
 * one ends it), and a line's slack goes in equal parts between its pieces. The last line of a text is not stretched.
 */
final class ChineseJustification {

    /** A run of Latin letters and digits with the hyphens, dots, slashes and colons inside it, or one character. */
    private static final Pattern PIECE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9./:_-]*[A-Za-z0-9])?|.", Pattern.DOTALL);
    /** What OpenPDF's own measure may differ by: a line filled to the point would be broken again. */
    private static final float TOLERANCE = 0.05f;

    private ChineseJustification() {
    }

    /**
     * Adds {@code text} to {@code p} (left-aligned, so that the spacing set here holds) as justified lines: the first
     * {@code firstWidth} wide (after an indent), the others {@code width}.
     */
    static void add(Paragraph p, String text, Font font, float firstWidth, float width) {
        BaseFont bf = font.getBaseFont();
        float size = font.getSize();
        List<List<String>> lines = lines(pieces(text), bf, size, firstWidth, width);
        for (int i = 0; i < lines.size(); i++) {
            List<String> line = lines.get(i);
            boolean last = i == lines.size() - 1;
            float slack = (i == 0 ? firstWidth : width) - bf.getWidthPoint(String.join("", line), size) - TOLERANCE;
            float gap = last || line.size() < 2 ? 0 : Math.max(0, slack / (line.size() - 1));
            for (int k = 0; k < line.size(); k++) {
                String piece = line.get(k);
                int cut = piece.offsetByCodePoints(piece.length(), -1);
                if (cut > 0) {
                    p.add(spaced(piece.substring(0, cut), font, 0));
                }
                // the space goes after the piece's last character only (a character of two chars takes it in halves)
                String end = piece.substring(cut);
                p.add(spaced(end, font, k == line.size() - 1 ? 0 : gap / end.length()));
            }
            if (!last) {
                // in the letter's font: Chunk.NEWLINE's would put an unembedded Helvetica in the file
                p.add(new Chunk("\n", font));
            }
        }
    }

    /** The text's pieces, each closing mark joined to the piece before it and each opening mark to the piece after. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(text);
        boolean glueNext = false;
        while (m.find()) {
            String piece = m.group();
            boolean closing = ChineseLineBreaking.NO_LINE_START.contains(piece);
            if (!pieces.isEmpty() && (closing || glueNext)) {
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + piece);
            } else {
                pieces.add(piece);
            }
            glueNext = ChineseLineBreaking.NO_LINE_END.contains(piece);
        }
        return pieces;
    }

    /** The pieces filled into lines; a space that would start a line is dropped, a piece wider than a line stands alone. */
    static List<List<String>> lines(List<String> pieces, BaseFont bf, float size, float firstWidth, float width) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        float used = 0;
        for (String piece : pieces) {
            float w = bf.getWidthPoint(piece, size);
            float room = (lines.isEmpty() ? firstWidth : width) - TOLERANCE;
            if (!line.isEmpty() && used + w > room) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            if (line.isEmpty() && piece.isBlank()) {
                continue;
            }
            line.add(piece);
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static Chunk spaced(String s, Font font, float after) {
        Chunk c = new Chunk(s, font);
        c.setCharacterSpacing(after);
        return c;
    }
}
