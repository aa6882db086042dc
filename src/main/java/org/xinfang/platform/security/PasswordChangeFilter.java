package org.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinfang.platform.admin.PasswordChangeRequired;

import java.io.IOException;
import java.util.List;

/**
 * Sends a person whose password an administrator set to the page where they choose their own; until they have, every
 * other page of the staff application leads there (signing out, the language switch and the page's styles excepted).
 */
final class PasswordChangeFilter extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of(PasswordChangeRequired.CHANGE_PAGE, "/logout", "/login", "/error",
            "/css/", "/js/", "/webjars/", "/favicon.ico", "/preferences/language");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof PasswordChangeRequired p && p.mustChangePassword()
                && OPEN.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + PasswordChangeRequired.CHANGE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
