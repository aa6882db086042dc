package org.xinfang.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One injected clock in the office's zone: statutory days are calendar days where the office is. Scheduled
 * housekeeping (old rate-limit windows) runs on the same clock.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${xinfang.zone:Asia/Shanghai}") String zone) {
        // in microseconds, as PostgreSQL keeps time: a moment read back (a timeline entry, an event from the
        // registry) equals the one the application held, not the same to the microsecond only
        return Clock.tick(Clock.system(ZoneId.of(zone)), Duration.ofNanos(1_000));
    }

    /** Every instant in an API answer is the office's local time with its offset, as the pages show it, not UTC. */
    @Bean
    JacksonModule officeTimeInJson(OfficeTime time) {
        return new SimpleModule("office-time").addSerializer(Instant.class, new ValueSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator json, SerializationContext context) {
                json.writeString(time.iso(value));
            }
        });
    }
}
