package org.xinfang.platform;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Another configured zone is honoured as well, with the offset of the day (summer time included). */
class OfficeTimeTest {

    private final OfficeTime berlin = new OfficeTime(Clock.fixed(Instant.EPOCH, ZoneId.of("Europe/Berlin")));

    @Test
    void pagesAndTheApiShowTheConfiguredZonesTimeWithTheOffsetOfThatDay() {
        Instant winter = Instant.parse("2026-12-01T16:53:00Z");
        Instant summer = Instant.parse("2026-07-01T16:53:00Z");
        assertThat(berlin.minute(winter)).isEqualTo("2026-12-01 17:53");
        assertThat(berlin.minute(summer)).isEqualTo("2026-07-01 18:53");
        assertThat(berlin.minute(null)).isEmpty();

        JsonMapper json = JsonMapper.builder().addModule(new TimeConfiguration().officeTimeInJson(berlin)).build();
        assertThat(json.writeValueAsString(Map.of("winter", winter)))
                .isEqualTo("{\"winter\":\"2026-12-01T17:53:00+01:00\"}");
        assertThat(json.writeValueAsString(Map.of("summer", summer)))
                .isEqualTo("{\"summer\":\"2026-07-01T18:53:00+02:00\"}");
    }
}
