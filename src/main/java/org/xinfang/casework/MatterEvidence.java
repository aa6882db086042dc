package org.xinfang.casework;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.internal.Matter;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * Evidence of the investigation the handling unit puts on the matter (调查笔录, 照片, 书证/材料; 2022 art. 31 ¶1 item 6):
 * the file passes registration's content checks ({@link Attachments#check}: its type sniffed from its content, its
 * size limited) and is kept as an attachment; the matter records what it is, its description, who and when, in its
 * timeline. Only those who may see the matter and see personal data unmasked download it.
 */
@Service
public class MatterEvidence {

    /** The longest description. */
    public static final int MAX_DESCRIPTION = 2000;

    private final JdbcTemplate jdbc;
    private final Casework casework;
    private final Clock clock;

    MatterEvidence(JdbcTemplate jdbc, Casework casework, Clock clock) {
        this.jdbc = jdbc;
        this.casework = casework;
        this.clock = clock;
    }

    /**
     * Puts {@code upload} on the matter as evidence of {@code kind}: refused (400, naming the field) without a kind, a
     * description or a file, or for a file registration would refuse; then as a command is (404, 409, 403).
     */
    @Transactional
    public Matter attach(Long matterId, Integer version, EvidenceKind kind, String description, Attachments.Upload upload,
                         StaffPrincipal by) {
        if (version == null) {
            throw Refusal.invalid("version", "evidence.version-required");
        }
        if (kind == null) {
            throw Refusal.invalid("kind", "evidence.kind-required");
        }
        if (description == null || description.isBlank()) {
            throw Refusal.invalid("description", "evidence.description-required");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw Refusal.invalid("description", "evidence.description-too-long", MAX_DESCRIPTION);
        }
        if (upload == null) {
            throw Refusal.invalid("file", "evidence.file-required");
        }
        String type = Attachments.check(upload);
        Matter matter = casework.loadFor(matterId, version, MatterAction.ATTACH_EVIDENCE, by);
        String name = Attachments.cleanName(upload.filename());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("""
                    insert into attachment (matter_id, filename, content_type, size_bytes, sha256, content, uploaded_by,
                                            uploaded_at, from_petitioner, evidence)
                    values (?, ?, ?, ?, ?, ?, ?, ?, false, true)""", new String[]{"id"});
            s.setLong(1, matterId);
            s.setString(2, name);
            s.setString(3, type);
            s.setLong(4, upload.content().length);
            s.setString(5, upload.sha256());
            s.setBytes(6, upload.content());
            s.setString(7, by.getUsername());
            s.setTimestamp(8, Timestamp.from(clock.instant()));
            return s;
        }, key);
        Long attachmentId = key.getKey().longValue();
        matter.attachEvidence(attachmentId, kind, description, name, type, upload.content().length, casework.actor(by), clock);
        return casework.save(matter);
    }

    /**
     * The file of a piece of evidence on the matter, for a viewer who may see the matter (404 otherwise) and sees personal
     * data unmasked (403 otherwise: a photo or a record of an interview cannot be masked); empty when the matter has no
     * such evidence.
     */
    @Transactional(readOnly = true)
    public Optional<Attachments.Upload> content(Long matterId, Long attachmentId, StaffPrincipal viewer) {
        Matter matter = casework.get(matterId, viewer);
        if (!matter.evidence().containsKey(attachmentId)) {
            return Optional.empty();
        }
        if (!viewer.seesPersonalData()) {
            throw Refusal.forbidden("evidence.masked-role");
        }
        return jdbc.query("select filename, content from attachment where matter_id = ? and id = ? and evidence",
                (rs, i) -> new Attachments.Upload(rs.getString(1), rs.getBytes(2)), matterId, attachmentId).stream().findFirst();
    }
}
