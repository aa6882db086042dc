package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xinfang.casework.Attachments;
import org.xinfang.casework.MatterEvidence;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.StaffPrincipal;

import java.io.IOException;

/** Evidence over the API (issue 11 B): a multipart upload, and the file's download. */
@RestController
@RequestMapping("/api/v1/matters/{id}/evidence")
@Tag(name = "Matters")
class EvidenceApi {

    private final MatterEvidence evidence;
    private final MatterViews views;

    EvidenceApi(MatterEvidence evidence, MatterViews views) {
        this.evidence = evidence;
        this.views = views;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Put evidence of the investigation on the matter (调查笔录, 照片, 书证/材料): multipart with version, "
            + "kind (INVESTIGATION_NOTE, PHOTO, DOCUMENT, OTHER_MATERIAL), description and file (PDF, JPEG, PNG or TIFF, "
            + "recognised by its content, at most 10 MB); by the handling unit's handler while the matter is handled or reviewed")
    MatterJson attach(@PathVariable Long id, @RequestParam(required = false) String version,
                      @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
                      @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal StaffPrincipal me)
            throws IOException {
        return views.full(evidence.attach(id, EvidencePage.number(version), EvidencePage.kindOf(kind), description,
                EvidencePage.upload(file), me), me);
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Download a piece of evidence: for those who may see the matter and see personal data unmasked")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
                                    @AuthenticationPrincipal StaffPrincipal me) {
        Attachments.Upload u = evidence.content(id, attachmentId, me)
                .orElseThrow(() -> Refusal.notFound("attachment.not-found", String.valueOf(attachmentId)));
        return FileAnswers.download(u.filename(), MediaType.parseMediaType(Attachments.check(u)), u.content());
    }
}
