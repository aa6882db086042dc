package org.xinfang.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The site's own files ({@code /css/**}, {@code /js/**}) and the web jars ({@code /webjars/**}, version-free
 * addresses), and nothing else, in place of Spring Boot's catch-all {@code /**} handler
 * ({@code spring.web.resources.add-mappings: false}).
 *
 * <p>Why: with a web-jar locator on the class path Boot turns on the resource chain, and then every link a page
 * writes ({@code @{...}}) is first looked up as a static file under each pattern it matches. The catch-all matched
 * every link, and each look-up searched four class-path folders inside the jar: on the public disclosure list, fifty
 * links a page, that was seven tenths of the page's time (docs/performance.md, 2026-12-02). Links to pages now match
 * no resource pattern and are written as they are.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    }
}
