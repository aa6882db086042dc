package org.xinfang.casework;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Gives a query code to every matter registered before matters had them (databases older than migration V6). */
@Component
class QueryCodeBackfill {

    private final JdbcTemplate jdbc;

    QueryCodeBackfill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void assignMissingCodes() {
        List<Long> ids;
        while (!(ids = jdbc.queryForList("select id from matter where query_code is null limit 5000", Long.class)).isEmpty()) {
            jdbc.batchUpdate("update matter set query_code = ? where id = ?",
                    ids.stream().map(id -> new Object[]{QueryCode.generate(), id}).toList());
        }
    }
}
