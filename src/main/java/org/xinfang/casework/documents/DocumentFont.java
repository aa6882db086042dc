package org.xinfang.casework.documents;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The font the statutory documents are printed in: a font with Chinese glyphs, embedded in every PDF (as a
 * subset), so the letter prints the same on any machine. The file is {@code xinfang.documents.font} when set (a
 * .ttf, .otf or .ttc; a collection member may be named as {@code path.ttc,2}); otherwise the first of
 * {@link #KNOWN_LOCATIONS} that exists. In a collection without a named member the simplified Chinese one is
 * taken (Noto CJK's "SC", Arphic's "CN"), so characters have their mainland forms. Without such a font the
 * documents are refused ({@link DocumentFontUnavailable}) rather than printed with empty boxes.
 */
@Component
class DocumentFont {

    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);

    /** Where Debian (fonts-noto-cjk first), Fedora, Arch, macOS and Windows keep fonts with Chinese glyphs. */
    static final List<String> KNOWN_LOCATIONS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-serif-cjk-fonts/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-sans-cjk-fonts/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJKsc-Regular.otf",
            "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
            "C:/Windows/Fonts/simsun.ttc");

    /** Characters every letter prints; a font without them is no font for these documents. */
    private static final String PROBE = "信访事项受理告知书复查复核意见年月日";
    /** Printed for a character the font lacks: the 'geta' mark Chinese typesetting uses for a missing character. */
    static final char MISSING = '〓';
    private static final Pattern MEMBER = Pattern.compile("(.+\\.ttc),(\\d+)", Pattern.CASE_INSENSITIVE);

    private final String configured;
    private final List<String> candidates;
    private volatile BaseFont font;
    private volatile String description;

    @Autowired
    DocumentFont(@Value("${xinfang.documents.font:}") String configured) {
        this(configured, KNOWN_LOCATIONS);
    }

    DocumentFont(String configured, List<String> candidates) {
        this.configured = configured == null ? "" : configured.trim();
        this.candidates = List.copyOf(candidates);
    }

    /** Says at start-up which font the documents will use, or that they cannot be printed and why. */
    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        try {
            get();
            log.info("Statutory documents are printed in {}", description);
        } catch (DocumentFontUnavailable e) {
            log.warn("Statutory documents (PDF) cannot be printed: {}", e.getMessage());
        }
    }

    /** Whether a font with Chinese glyphs is at hand. */
    boolean isAvailable() {
        try {
            get();
            return true;
        } catch (DocumentFontUnavailable e) {
            return false;
        }
    }

    /** The font, loaded once; looked for again on each call until it is found (a font installed later is used). */
    BaseFont get() {
        BaseFont f = font;
        if (f == null) {
            synchronized (this) {
                if (font == null) {
                    String spec = locate();
                    font = load(spec);
                    description = spec + " (" + font.getPostscriptFontName() + ")";
                }
                f = font;
            }
        }
        return f;
    }

    /** The font file (and collection member) to load: the configured one, else the first known location present. */
    String locate() {
        if (!configured.isEmpty()) {
            Matcher m = MEMBER.matcher(configured);
            String file = m.matches() ? m.group(1) : configured;
            if (!Files.isReadable(Path.of(file))) {
                throw new DocumentFontUnavailable("xinfang.documents.font is set to " + file + ", which is not a readable file. "
                        + hint());
            }
            return m.matches() ? configured : withMember(file);
        }
        for (String candidate : candidates) {
            if (Files.isReadable(Path.of(candidate))) {
                return withMember(candidate);
            }
        }
        throw new DocumentFontUnavailable("no font with Chinese glyphs was found; looked at " + String.join(", ", candidates)
                + ". " + hint());
    }

    private static String hint() {
        return "Install the Debian package " + DocumentFontUnavailable.PACKAGE + " (apt-get install -y "
                + DocumentFontUnavailable.PACKAGE + ") or set xinfang.documents.font to a .ttf, .otf or .ttc file with Chinese glyphs.";
    }

    /** A collection file with the member to use (the simplified Chinese one where there is one); other files as they are. */
    private static String withMember(String file) {
        if (!file.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return file;
        }
        return file + "," + simplifiedChineseMember(file).orElse(0);
    }

    static Optional<Integer> simplifiedChineseMember(String ttc) {
        try {
            String[] names = BaseFont.enumerateTTCNames(ttc);
            for (int i = 0; i < names.length; i++) {
                if (isSimplifiedChinese(names[i])) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            throw new DocumentFontUnavailable("the font collection " + ttc + " cannot be read (" + e.getClass().getSimpleName()
                    + "). " + hint(), e);
        }
    }

    /** "NotoSerifCJKsc-Regular", "Noto Sans CJK SC", "AR PL UMing CN", "Source Han Serif SC" ... */
    static boolean isSimplifiedChinese(String memberName) {
        String n = memberName.toLowerCase(Locale.ROOT);
        return n.contains("cjksc") || n.matches(".*(^|[^a-z])(sc|cn|gb|hans|prc)([^a-z]|$).*");
    }

    private static BaseFont load(String spec) {
        BaseFont f;
        try {
            f = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new DocumentFontUnavailable("the font " + spec + " cannot be loaded (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). " + hint(), e);
        }
        if (!PROBE.codePoints().allMatch(f::charExists)) {
            throw new DocumentFontUnavailable("the font " + spec + " has no Chinese glyphs. " + hint());
        }
        f.setSubset(true);
        return f;
    }

    /**
     * The text as the font can print it: a character it has no glyph for becomes {@link #MISSING} (〓), never an
     * empty box; line breaks stay, tabs become spaces, other control characters go.
     */
    String printable(String text) {
        BaseFont f = get();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                // a carriage return or another control character: nothing to print
            } else if (f.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isWhitespace(cp) ? ' ' : MISSING);
            }
        });
        return out.toString();
    }
}
