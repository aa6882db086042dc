package org.xinfang.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.xinfang.platform.web.LocaleConfiguration;
import org.xinfang.platform.web.PreferredLanguage;

import java.io.IOException;

/**
 * Two doors. The API (/api/**) is stateless: HTTP Basic or a bearer token on every call, so no session
 * cookie and no CSRF exposure. Everything else is the browser application with a log-in form, except the public
 * portal (/portal/**), which anyone may use and which proves who a petitioner is in its own way.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenResolver tokens, MessageSource messages, LocaleResolver locales)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"xinfang\", Bearer");
            writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED,
                    messages.getMessage("problem.unauthorized", null, locales.resolveLocale(request)));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> writeProblem(response, HttpServletResponse.SC_FORBIDDEN,
                messages.getMessage("problem.forbidden", null, locales.resolveLocale(request)));
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();
        toWhereTheyWere.setDefaultTargetUrl("/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
                                "/error", "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/portal", "/portal/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").successHandler((request, response, authentication) -> {
                    // The person's chosen language follows them to any browser they sign in from.
                    if (authentication.getPrincipal() instanceof PreferredLanguage p && p.preferredLanguage() != null) {
                        LocaleConfiguration.remember(response, LocaleConfiguration.supported(p.preferredLanguage()));
                    }
                    toWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
                }))
                .logout(l -> l.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    private static void writeProblem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"type\":\"https://xinfang.org/problems/http-" + status + "\",\"status\":" + status
                + ",\"detail\":\"" + escaped + "\"}");
    }
}
