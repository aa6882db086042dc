package org.xinfang.casework.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinfang.casework.Attachments;
import org.xinfang.casework.EvidenceKind;
import org.xinfang.casework.MatterAction;
import org.xinfang.casework.MatterEvidence;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.StaffPrincipal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The matter page's evidence (issue 11 B): the upload form posts a file with its kind and description, answered on the
 * matter page with a confirmation or what was wrong; the download answers as registration's attachments do.
 */
@Controller
class EvidencePage {

    private final MatterEvidence evidence;
    private final MessageSource messages;

    EvidencePage(MatterEvidence evidence, MessageSource messages) {
        this.evidence = evidence;
        this.messages = messages;
    }

    @PostMapping("/matters/{id}/evidence")
    String attach(@PathVariable Long id, @RequestParam(required = false) String version,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
                  @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal StaffPrincipal me,
                  RedirectAttributes flash) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            evidence.attach(id, number(version), kindOf(kind), description, upload(file), me);
            flash.addFlashAttribute("done", messages.getMessage("enum.MatterAction." + MatterAction.ATTACH_EVIDENCE.name(),
                    null, locale));
        } catch (org.springframework.dao.OptimisticLockingFailureException stale) {
            flash.addFlashAttribute("error", messages.getMessage("problem.stale-version", null, locale));
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw r;
            }
            flash.addFlashAttribute("error", r.describe(messages, locale));
        }
        return "redirect:/matters/" + id;
    }

    @GetMapping("/matters/{id}/evidence/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long attachmentId,
                                    @AuthenticationPrincipal StaffPrincipal me) {
        Attachments.Upload u = evidence.content(id, attachmentId, me)
                .orElseThrow(() -> Refusal.notFound("attachment.not-found", String.valueOf(attachmentId)));
        return FileAnswers.download(u.filename(), MediaType.parseMediaType(Attachments.check(u)), u.content());
    }

    /** The file a form or a request sent, or null for none (an empty file input). */
    static Attachments.Upload upload(MultipartFile file) throws IOException {
        List<Attachments.Upload> uploads = Attachments.fromForm(file == null ? List.of() : List.of(file));
        return uploads.isEmpty() ? null : uploads.get(0);
    }

    /** The kind by its name; refused naming the field and the kinds there are. */
    static EvidenceKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(EvidenceKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> Refusal.invalid("kind", "evidence.kind-unknown", kind));
    }

    /** The version the client saw, decimal digits; refused naming the field otherwise. */
    static Integer number(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        if (!version.matches("[0-9]{1,9}")) {
            throw Refusal.invalid("version", "evidence.version-required");
        }
        return Integer.valueOf(version);
    }
}
