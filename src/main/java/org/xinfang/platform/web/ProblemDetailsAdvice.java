package org.xinfang.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.xinfang.platform.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every refusal leaves as an RFC 9457 problem detail in the language of the request, naming the field
 * where a field is at fault. Nothing a client sends turns into a 500; an unexpected fault is logged
 * (without the request body, which holds personal data) and answered with a generic message.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://xinfang.org/problems/";

    private final MessageSource messages;

    public ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        String detail = refusal.describe(messages, locale());
        ProblemDetail problem = problem(status, refusal.type(), detail);
        if (refusal.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "message", detail)));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (refusal.kind() == Refusal.Kind.TOO_MANY) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        }
        return answer.body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, "stale-version", message("problem.stale-version")));
    }

    /** Passed on to the firewall's handler, which answers every rejection alike, inside Spring MVC or before it. */
    @ExceptionHandler(RequestRejectedException.class)
    void rejected(RequestRejectedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected fault:\n{}", withoutMessages(e));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("problem.internal")));
    }

    /** Bean validation applied by a proxy rather than by Spring MVC (a {@code @Validated} bean). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException e) {
        return validationProblem(InvalidFields.of(e));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return validationProblem(InvalidFields.of(ex.getBindingResult(), messages, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return validationProblem(InvalidFields.of(ex, messages, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = fieldOf(ex.getCause());
        // a field written twice, or one the API does not have, is said so: it is not a value that could not be read
        String cause = field == null ? null : ex.getCause() instanceof UnrecognizedPropertyException ? "unknown-field"
                : isDuplicate(ex.getCause()) ? "duplicate-field" : null;
        String detail = field == null ? message("problem.unreadable")
                : message(cause == null ? "problem.unreadable-field" : "problem." + cause, field);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, cause == null ? "unreadable" : cause, detail);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String detail = message("problem.type-mismatch", field, String.valueOf(ex.getValue()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "type-mismatch", detail);
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(field), "message", detail)));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        // Spring's own refusals (missing header, wrong method, unsupported media type...) keep their status,
        // but get a type and a detail in the user's language.
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        // Spring 7 leaves the type unset (null) where it used to say about:blank
        if (response != null && response.getBody() instanceof ProblemDetail pd
                && (pd.getType() == null || pd.getType().toString().equals("about:blank"))) {
            pd.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
            pd.setTitle(messages.getMessage("problem.title." + statusCode.value(), null, pd.getTitle(), locale()));
        }
        return response;
    }

    private ResponseEntity<Object> validationProblem(List<InvalidFields.Field> fields) {
        List<Map<String, String>> errors = fields.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", message("problem.validation", InvalidFields.summary(fields)));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        // a problem with a title of its own (a stale version) says it; the others say their status
        problem.setTitle(messages.getMessage("problem.title." + type, null, message("problem.title." + status.value()), locale()));
        return problem;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /**
     * The exception chain's classes and frames without their messages: a database error quotes the values it
     * choked on, and those may be an ID number or a phone.
     */
    static String withoutMessages(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t == e ? "" : "caused by ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(12, frames.length); i++) {
                out.append("    at ").append(frames[i]).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The JSON path of the value Jackson could not read, as the client spelled it ("persons",
     * "representatives[2].idNumber"). A fault of the text itself (a duplicate key) is located by where the parser stood.
     */
    private static String fieldOf(Throwable cause) {
        if (cause instanceof StreamReadException e && e.processor() != null) {
            return pathOf(e.processor().streamReadContext());
        }
        if (!(cause instanceof JacksonException e) || e.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** Jackson's strict duplicate detection says so only in its message; it has no exception type of its own. */
    private static boolean isDuplicate(Throwable cause) {
        return cause instanceof StreamReadException e && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate Object property");
    }

    private static String pathOf(TokenStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String segment = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.currentName();
            if (segment != null) {
                path.insert(0, segment + (path.isEmpty() || path.charAt(0) == '[' ? "" : "."));
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
