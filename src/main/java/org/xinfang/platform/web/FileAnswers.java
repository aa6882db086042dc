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

    private static ResponseEntity<byte[]> answer(ContentDisposition disposition, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type).contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
