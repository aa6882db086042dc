package org.xinfang.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The portal's limits; its headers are the whole site's ({@code platform.security.SiteHeaders}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalLimits.class)
class PortalConfiguration {
}
