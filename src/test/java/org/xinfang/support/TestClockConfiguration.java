package org.xinfang.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;
import java.time.ZoneId;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    ApiClient apiClient(org.springframework.test.web.servlet.MockMvc mvc,
                        org.springframework.security.core.userdetails.UserDetailsService users) {
        return new ApiClient(mvc, users);
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    }
}
