package org.xinfang.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problem details written by servlet filters (security, plain-text input), which answer before Spring MVC (and its
 * {@code ProblemDetailsAdvice}) is reached; same shape as the advice's.
 */
public final class ProblemResponses {

    private static final String TYPE_BASE = "https://xinfang.org/problems/";

    private ProblemResponses() {
    }

    /** Writes the problem; {@code title} and {@code field} may be null; {@code field} is the part of the request at fault, as in {@code errors[].field}. */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail, String field)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        if (title != null) {
            problem.put("title", title);
        }
        problem.put("status", status);
        problem.put("detail", detail);
        if (field != null) {
            problem.put("errors", List.of(Map.of("field", field, "message", detail)));
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonMapper.shared().writeValueAsString(problem));
    }
}
