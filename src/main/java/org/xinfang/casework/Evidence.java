package org.xinfang.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/**
 * A piece of evidence the handling unit put on the matter (调查笔录, 照片, 书证/材料): what it is, what it shows, the file,
 * which unit and who attached it, and when. The file itself is an attachment (checked as registration's are).
 */
@Embeddable
public record Evidence(@Enumerated(EnumType.STRING) @Column(name = "kind") EvidenceKind kind, String description,
                       String filename, String contentType, long sizeBytes, Long unitId, String attachedBy,
                       Instant attachedAt) {
}
