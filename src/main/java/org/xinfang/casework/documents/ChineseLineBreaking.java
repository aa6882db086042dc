package org.xinfang.casework.documents;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break (避头尾): anywhere between ideographs, but never so that a line starts with
 * closing punctuation (，。、；：？！）》”) or ends with opening punctuation (（《“). OpenPDF's default breaks between
 * ideographs and at spaces, but would put a full-width comma at the start of a line.
 */
final class ChineseLineBreaking extends DefaultSplitCharacter {

    static final ChineseLineBreaking INSTANCE = new ChineseLineBreaking();

    static final String NO_LINE_START = "，。、；：？！）》」』”’〕】〉…—·％,.;:?!)]}%";
    static final String NO_LINE_END = "（《「『“‘〔【〈([{";

    private ChineseLineBreaking() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return NO_LINE_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }
}
