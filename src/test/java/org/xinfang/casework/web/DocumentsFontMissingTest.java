package org.xinfang.casework.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.xinfang.casework.documents.DocumentFontUnavailable;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A server without a Chinese font answers a document request with 503 and what to install, in the caller's language. */
class DocumentsFontMissingTest {

    @Test
    void theAnswerIs503NamingThePackage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DocumentsController controller = new DocumentsController(null, null, messages);
        try {
            LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
            ResponseEntity<ProblemDetail> zh = controller.fontUnavailable(new DocumentFontUnavailable("no font"));
            assertThat(zh.getStatusCode().value()).isEqualTo(503);
            assertThat(zh.getBody().getDetail()).contains("中文字体", "fonts-noto-cjk");
            assertThat(zh.getBody().getType().toString()).endsWith("/document.font-missing");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(controller.fontUnavailable(new DocumentFontUnavailable("no font")).getBody().getDetail())
                    .contains("No Chinese font", "fonts-noto-cjk");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
