package org.xinfang.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalLimits.class)
class PortalConfiguration {

    /**
     * The public pages take text from anyone; besides escaping everything they print, they tell the browser to run
     * no script and load nothing that does not come from this site, and not to be framed.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalContentSecurityPolicy() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
                response.setHeader("Referrer-Policy", "no-referrer");
                chain.doFilter(request, response);
            }
        });
        bean.addUrlPatterns("/portal", "/portal/*");
        return bean;
    }
}
