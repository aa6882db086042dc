package org.xinfang.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** History is never rewritten, whoever asks: the database itself refuses updates and deletes of the timeline. */
@IntegrationTest
class TimelineIsAppendOnlyTest {

    @Autowired
    ApiClient api;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesToRewriteTheTimeline() {
        long id = api.post("yuanling.registrar", "/api/v1/matters", ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION")).id();
        assertThatThrownBy(() -> jdbc.update("update matter_event set actor = 'someone' where matter_id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from matter_event where matter_id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from matter_event where matter_id = ?", String.class, id))
                .isEqualTo("yuanling.registrar");
    }
}
