package org.xinfang.casework;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Scanned letters and other documents attached to a matter. Only PDF and images are taken, recognised by
 * their content rather than their name, and each file is at most {@link #MAX_BYTES}.
 */
@Service
public class Attachments {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** All the files a petitioner may send for one matter on the portal, so that no one fills the database. */
    public static final long MAX_PETITIONER_BYTES_PER_MATTER = 50L * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Casework casework;
    private final Clock clock;

    Attachments(JdbcTemplate jdbc, Casework casework, Clock clock) {
        this.jdbc = jdbc;
        this.casework = casework;
        this.clock = clock;
    }

    public record Upload(String filename, byte[] content) {
        /** The content's SHA-256, hex: what identifies the file whatever its name. */
        public String sha256() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return "Upload[" + filename + ", " + content.length + " bytes]";
        }
    }

    /** The files a browser form sent, the empty file inputs left out. */
    public static List<Upload> fromForm(List<org.springframework.web.multipart.MultipartFile> files) throws java.io.IOException {
        List<Upload> uploads = new java.util.ArrayList<>();
        for (var file : files == null ? List.<org.springframework.web.multipart.MultipartFile>of() : files) {
            if (file != null && !file.isEmpty()) {
                uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return uploads;
    }

    public record AttachmentInfo(Long id, String filename, String contentType, long sizeBytes) {
    }

    /** The content type of an acceptable file, or a refusal naming the file. Call before saving anything. */
    public static String check(Upload upload) {
        byte[] b = upload.content();
        if (b.length == 0) {
            throw Refusal.invalid("attachments", "attachment.empty", upload.filename());
        }
        if (b.length > MAX_BYTES) {
            throw Refusal.invalid("attachments", "attachment.too-large", upload.filename(), MAX_BYTES / (1024 * 1024));
        }
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        throw Refusal.invalid("attachments", "attachment.type", upload.filename());
    }

    @Transactional
    public void attach(Long matterId, List<Upload> uploads, StaffPrincipal by) {
        casework.get(matterId, by);
        store(matterId, uploads, by.getUsername(), false);
    }

    /** Saves files for a matter whose access was checked by the caller. */
    void store(Long matterId, List<Upload> uploads, String uploadedBy, boolean fromPetitioner) {
        for (Upload u : uploads) {
            String type = check(u);
            String name = cleanName(u.filename());
            jdbc.update("""
                    insert into attachment (matter_id, filename, content_type, size_bytes, sha256, content, uploaded_by,
                                            uploaded_at, from_petitioner)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", matterId, name, type,
                    u.content().length, u.sha256(), u.content(), uploadedBy, Timestamp.from(clock.instant()),
                    fromPetitioner);
        }
    }

    /** A file name as kept: a browser sends the name as it likes, so readable, never control characters, 200 at most. */
    static String cleanName(String filename) {
        String clean = filename == null ? "" : filename.replaceAll("[\\p{Cntrl}\\\\/]", "").strip();
        String name = clean.isEmpty() ? "attachment" : clean;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** The files the petitioner sent themselves (online or as supplements), for the portal. */
    List<AttachmentInfo> fromPetitioner(Long matterId) {
        return jdbc.query("""
                select id, filename, content_type, size_bytes from attachment where matter_id = ? and from_petitioner
                order by id""", (rs, i) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                matterId);
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(Long matterId, StaffPrincipal viewer) {
        casework.get(matterId, viewer);
        // a file name is text someone typed: it may hold a phone or an ID number
        // the handler's evidence is listed with what it is (MatterEvidence), not among the registration's files
        return jdbc.query("select id, filename, content_type, size_bytes from attachment where matter_id = ? and not evidence"
                        + " order by id",
                (rs, i) -> new AttachmentInfo(rs.getLong(1), viewer.readable(rs.getString(2)), rs.getString(3), rs.getLong(4)),
                matterId);
    }

    @Transactional(readOnly = true)
    public Optional<Upload> content(Long matterId, Long attachmentId, StaffPrincipal viewer) {
        casework.get(matterId, viewer);
        return content(matterId, attachmentId);
    }

    Optional<Upload> content(Long matterId, Long attachmentId) {
        return jdbc.query("select filename, content from attachment where matter_id = ? and id = ? and not evidence",
                (rs, i) -> new Upload(rs.getString(1), rs.getBytes(2)), matterId, attachmentId).stream().findFirst();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
