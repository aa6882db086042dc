package org.xinfang.platform.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Bean validation's findings as the client should read them, for the API and the pages alike: each field or
 * parameter by the name the client used, with the message in the request's language ("size: 须在 1 到 200 之间").
 */
final class InvalidFields {

    record Field(String field, String message) {
    }

    private InvalidFields() {
    }

    /** A request body or a form. */
    static List<Field> of(BindingResult result, MessageSource messages, Locale locale) {
        List<Field> fields = new ArrayList<>();
        result.getFieldErrors().forEach(e -> fields.add(new Field(e.getField(), messages.getMessage(e, locale))));
        result.getGlobalErrors().forEach(e -> fields.add(new Field(e.getObjectName(), messages.getMessage(e, locale))));
        return fields;
    }

    /** The parameters of a handler method (query parameters, path variables, headers). */
    static List<Field> of(HandlerMethodValidationException e, MessageSource messages, Locale locale) {
        List<Field> fields = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> fields.add(
                new Field(String.valueOf(r.getMethodParameter().getParameterName()), messages.getMessage(err, locale)))));
        return fields;
    }

    /** Violations found by a validating proxy; the last node of the path is the parameter or field. */
    static List<Field> of(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().map(v -> {
            String name = null;
            for (Path.Node node : v.getPropertyPath()) {
                name = node.getName();
            }
            return new Field(String.valueOf(name), v.getMessage());
        }).toList();
    }

    static String summary(List<Field> fields) {
        return fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    }
}
