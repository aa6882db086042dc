package org.xinfang.casework.documents;

/**
 * No font with Chinese glyphs could be loaded, so no statutory document can be printed. Rendering Chinese in a
 * font without its glyphs would print empty boxes, so the document is not produced at all. The message says
 * where the font was looked for and what to install; it holds no personal data.
 */
public class DocumentFontUnavailable extends RuntimeException {

    /** The Debian package that provides the fonts looked for by default. */
    public static final String PACKAGE = "fonts-noto-cjk";

    public DocumentFontUnavailable(String message) {
        super(message);
    }

    public DocumentFontUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
