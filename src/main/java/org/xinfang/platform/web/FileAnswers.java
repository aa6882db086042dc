package org.xinfang.platform.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * Files handed to a browser: letters and attachments name people, so no shared cache may keep them.
 */
public final class FileAnswers {

    private FileAnswers() {
    }

    /** A file the browser shows (a letter as PDF), under an ASCII name. */
    public static ResponseEntity<byte[]> inline(String asciiFilename, MediaType type, byte[] content) {
        return answer(ContentDisposition.inline().filename(asciiFilename).build(), type, content);
    }

    /** A file the browser saves (an attachment), under the name it was uploaded with. */
    public static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] content) {
        return answer(ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build(), type, content);
    }

    /**
     * A file the browser saves under {@code filename} (RFC 5987 {@code filename*}, e.g. 排名考核-2010-counties.xlsx), and
     * under {@code asciiFallback} where a program reads only the plain {@code filename} (rather than the underscores
     * that stand for each Chinese character otherwise).
     */
    public static ResponseEntity<byte[]> download(String filename, String asciiFallback, MediaType type, byte[] content) {
        if (!asciiFallback.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("not a plain ASCII file name: " + asciiFallback);
        }
        return answer("attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + rfc5987(filename), type, content);
    }

    /** RFC 5987's value-chars: the attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static ResponseEntity<byte[]> answer(ContentDisposition disposition, MediaType type, byte[] content) {
        return answer(disposition.toString(), type, content);
    }

    private static ResponseEntity<byte[]> answer(String disposition, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type).contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
