package org.xinfang.platform.sms;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;

/**
 * Which gateway, chosen explicitly (no default, so that no deployment ends up on the demonstration one by omission):
 * {@code xinfang.sms.gateway=http} with {@code xinfang.sms.url} (and {@code xinfang.sms.token}) in production;
 * {@code demo} (as the demo city's application.yml sets) keeps messages in memory and shows them on screen.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    SmsGateway smsGateway(@Value("${xinfang.sms.gateway}") String gateway, @Value("${xinfang.sms.url:}") String url,
                          @Value("${xinfang.sms.token:}") String token) {
        return switch (gateway) {
            case "http" -> {
                if (url.isBlank()) {
                    throw new IllegalStateException("xinfang.sms.gateway=http needs xinfang.sms.url");
                }
                yield new HttpSmsGateway(URI.create(url), token);
            }
            case "demo" -> {
                LoggerFactory.getLogger(SmsConfiguration.class).warn("The SMS gateway is the demonstration one: no message"
                        + " leaves this server and verification codes are shown on screen. Set xinfang.sms.gateway=http for real use.");
                yield new DemoSmsGateway();
            }
            default -> throw new IllegalStateException("xinfang.sms.gateway must be http or demo, not " + gateway);
        };
    }
}
