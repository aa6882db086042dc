package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.Casework;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.documents.DocumentFontUnavailable;
import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.platform.web.FileAnswers;
import org.xinfang.territory.StaffPrincipal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The statutory letters of a matter as PDF, to print, sign, seal and send: for staff in the browser
 * ({@code /matters/{id}/documents/{kind}.pdf}, the signed-in session) and over the API
 * ({@code /api/v1/matters/{id}/documents/{kind}}). A matter outside the caller's scope is 404, like any matter URL;
 * a document whose step has not been taken yet is 409.
 */
@RestController
@Tag(name = "Documents", description = "The statutory letters of a matter as printable PDF")
class DocumentsController {

    private static final Logger log = LoggerFactory.getLogger(DocumentsController.class);
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final Casework casework;
    private final StatutoryDocuments documents;
    private final MessageSource messages;

    DocumentsController(Casework casework, StatutoryDocuments documents, MessageSource messages) {
        this.casework = casework;
        this.documents = documents;
        this.messages = messages;
    }

    @Hidden
    @GetMapping(value = "/matters/{id}/documents/{kind}.pdf")
    ResponseEntity<byte[]> page(@PathVariable Long id, @PathVariable String kind, @AuthenticationPrincipal StaffPrincipal me) {
        return pdf(id, kind, me);
    }

    record DocumentJson(String kind, String title, boolean available, String href) {
    }

    @GetMapping("/api/v1/matters/{id}/documents")
    @Operation(summary = "The statutory letters of the matter, and which of them its procedure has reached")
    List<DocumentJson> list(@PathVariable Long id, @AuthenticationPrincipal StaffPrincipal me) {
        Matter m = casework.get(id, me);
        return Arrays.stream(StatutoryDocument.values()).map(d -> new DocumentJson(d.name(), d.title(), d.availableFor(m),
                "/api/v1/matters/" + id + "/documents/" + d.slug())).toList();
    }

    @GetMapping(value = "/api/v1/matters/{id}/documents/{kind}")
    @Operation(summary = "One statutory letter as an A4 PDF (Chinese, font embedded)",
            description = "kind: acceptance-notice (受理告知书), non-acceptance-notice (不予受理告知书), handling-opinion "
                    + "(处理意见书), review-opinion (复查意见书), re-review-opinion (复核意见书), suggestion-reply (建议意见答复书), "
                    + "guidance-notice (导入程序告知书), extension-notice (延期办理告知书), transfer-letter (转送函), assignment-letter (交办单), "
                    + "visit-receipt (来访登记回执), interview-record (接谈记录), supervision-notice (督办单). 409 until the matter has reached "
                    + "the step that produces the document; 503 when the server has no Chinese font.")
    ResponseEntity<byte[]> api(@PathVariable Long id,
                               @Parameter(description = "the document, e.g. handling-opinion") @PathVariable String kind,
                               @AuthenticationPrincipal StaffPrincipal me) {
        return pdf(id, kind, me);
    }

    private ResponseEntity<byte[]> pdf(Long id, String kindText, StaffPrincipal me) {
        Matter m = casework.get(id, me);
        if (casework.withholdsIdentity(m, me)) {
            // the letters are addressed to the petitioner by name: on an anonymous matter only the receiving office prints them
            throw org.xinfang.platform.Refusal.forbidden("matter.anonymous.documents");
        }
        StatutoryDocument kind = StatutoryDocument.bySlug(kindText);
        return FileAnswers.inline(StatutoryDocuments.fileName(m.referenceNo(), kind), PDF, documents.pdf(m, kind, me));
    }

    /** No Chinese font on the server: 503 with what to do, never a letter with empty boxes. */
    @ExceptionHandler(DocumentFontUnavailable.class)
    ResponseEntity<ProblemDetail> fontUnavailable(DocumentFontUnavailable e) {
        log.error("A statutory document was asked for but cannot be printed: {}", e.getMessage());
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage(
                "document.font-missing", new Object[]{DocumentFontUnavailable.PACKAGE},
                "No Chinese font is installed on the server; install " + DocumentFontUnavailable.PACKAGE + ".", locale));
        problem.setType(URI.create("https://xinfang.org/problems/document.font-missing"));
        problem.setTitle(messages.getMessage("problem.title.503", null, "Service Unavailable", locale));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
