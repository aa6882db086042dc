package org.xinfang.platform.security;

import org.xinfang.platform.web.ProblemResponses;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.xinfang.platform.web.LocaleConfiguration;
import org.xinfang.platform.web.PreferredLanguage;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Two doors. The API (/api/**) is stateless: HTTP Basic or a bearer token on every call, so no session
 * cookie and no CSRF exposure. Everything else is the browser application with a log-in form, except the public
 * portal (/portal/**), which anyone may use and which proves who a petitioner is in its own way. Passwords, on
 * either door, are tried behind the {@link LoginThrottle}; bearer tokens are 256 random bits, which cannot be
 * guessed, and cost no bcrypt.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginLimits.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottledAuthentication passwordSignIn(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ThrottledAuthentication(new ProviderManager(provider), throttle);
    }

    @Bean
    HttpFirewall firewall() {
        return new HeaderNamingFirewall();
    }

    @Bean
    RequestRejectedHandler rejectedRequests(MessageSource messages, LocaleResolver locales) {
        return new RejectedRequests(messages, locales);
    }

    @Bean
    FilterRegistrationBean<SiteHeaders> siteHeaders() {
        FilterRegistrationBean<SiteHeaders> bean = new FilterRegistrationBean<>(new SiteHeaders());
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return bean;
    }

    /**
     * Every cookie (the session, the language) is sent only with requests from this site and with links followed
     * to it: Lax, because Strict would sign a person out for a link to a matter from their mail or office system.
     */
    @Bean
    CookieSameSiteSupplier sameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenResolver tokens, ThrottledAuthentication passwordSignIn,
                            MessageSource messages, LocaleResolver locales, Clock clock) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            Locale locale = locales.resolveLocale(request);
            if (e instanceof LoginThrottled throttled) {
                long seconds = Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                ProblemResponses.write(response, 429, throttled.messageKey(), messages.getMessage("problem.title.429", null, locale),
                        messages.getMessage(throttled.messageKey(), new Object[]{throttled.until(clock.getZone())}, locale), null);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"xinfang\", Bearer");
            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "http-401",
                    messages.getMessage("problem.title.401", null, locale), messages.getMessage("problem.unauthorized", null, locale), null);
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            Locale locale = locales.resolveLocale(request);
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "http-403",
                    messages.getMessage("problem.title.403", null, locale), messages.getMessage("problem.forbidden", null, locale), null);
        };
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .authenticationManager(passwordSignIn)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ThrottledAuthentication passwordSignIn) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toWhereTheyWere = new SavedRequestAwareAuthenticationSuccessHandler();
        toWhereTheyWere.setDefaultTargetUrl("/");
        // both keep the refusal in the session, where the log-in page reads until when
        AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        AuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
        AuthenticationFailureHandler failed = (request, response, e) ->
                (e instanceof LoginThrottled ? locked : wrong).onAuthenticationFailure(request, response, e);
        http.authenticationManager(passwordSignIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health",
                                "/error", "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/portal", "/portal/**").permitAll()
                        // the administrator's screens (issue 11, item 7); each service checks the role again
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterAfter(new PasswordChangeFilter(), org.springframework.security.web.access.ExceptionTranslationFilter.class)
                .formLogin(f -> f.loginPage("/login").failureHandler(failed).successHandler((request, response, authentication) -> {
                    // The person's chosen language follows them to any browser they sign in from.
                    if (authentication.getPrincipal() instanceof PreferredLanguage p && p.preferredLanguage() != null) {
                        LocaleConfiguration.remember(response, LocaleConfiguration.supported(p.preferredLanguage()));
                    }
                    toWhereTheyWere.onAuthenticationSuccess(request, response, authentication);
                }))
                .logout(l -> l.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}
