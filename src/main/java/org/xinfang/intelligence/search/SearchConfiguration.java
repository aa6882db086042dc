package org.xinfang.intelligence.search;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings that are this module's own, set here rather than in application.yml: the analysers
 * ({@link SearchAnalysis}). The index's directory is the deployment's ({@code xinfang.search.index-dir}).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer searchAnalysis() {
        return properties -> properties.put("hibernate.search.backend.analysis.configurer",
                "class:" + SearchAnalysis.class.getName());
    }
}
