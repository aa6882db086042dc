package org.xinfang.platform.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

/**
 * Which gateway: {@code xinfang.sms.gateway=http} with {@code xinfang.sms.url} (and {@code xinfang.sms.token}) in
 * production; {@code demo} (the default, for the demo city) keeps messages in memory and shows them on screen.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsGateway smsGateway(@Value("${xinfang.sms.gateway:demo}") String gateway, @Value("${xinfang.sms.url:}") String url,
                          @Value("${xinfang.sms.token:}") String token) {
        return switch (gateway) {
            case "http" -> {
                if (url.isBlank()) {
                    throw new IllegalStateException("xinfang.sms.gateway=http needs xinfang.sms.url");
                }
                yield new HttpSmsGateway(URI.create(url), token);
            }
            case "demo" -> new DemoSmsGateway();
            default -> throw new IllegalStateException("xinfang.sms.gateway must be http or demo, not " + gateway);
        };
    }
}
