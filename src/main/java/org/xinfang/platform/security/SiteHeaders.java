package org.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * One header policy for the whole site (staff pages, portal, API, files and error pages), set before anything
 * else runs so that even a request the firewall rejects carries it. Every page escapes what it prints; this
 * also tells the browser to run no script that does not come from this site, and not to be framed or to
 * tell other sites which page a link was followed from (a matter's address names the matter).
 * Inline styles stay allowed (htmx adds one, Swagger UI sets many); inline scripts do not.
 * {@code object-src 'self'}: Chrome shows an inline PDF (the letters) through an {@code <embed>} of the
 * response itself, which {@code 'none'} would block.
 */
final class SiteHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    static final String REFERRER_POLICY = "no-referrer";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        chain.doFilter(request, response);
    }
}
