package org.xinfang.platform.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an administrator's changes to the working-day calendar are kept: a day made a holiday or a working day, with
 * the note saying why. The statute module reads them over its files and decides what a change may be; this only
 * stores them, so the statute stays a package of rules without tables of its own.
 */
@Component
public class WorkingDayOverrides {

    /** {@code working}: the day is a working day (a make-up working day, or a holiday of the file taken back); else a day off. */
    public record Override(LocalDate day, boolean working, String note, String by, Instant at) {
    }

    private final JdbcTemplate jdbc;

    WorkingDayOverrides(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Override> all() {
        return jdbc.query("select * from working_day_override order by day", (rs, n) -> new Override(
                rs.getDate("day").toLocalDate(), rs.getBoolean("working"), rs.getString("note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant()));
    }

    public void put(Override o) {
        jdbc.update("insert into working_day_override (day, working, note, created_by, created_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (day) do update set working = excluded.working, note = excluded.note, "
                        + "created_by = excluded.created_by, created_at = excluded.created_at",
                Date.valueOf(o.day()), o.working(), o.note(), o.by(), Timestamp.from(o.at()));
    }

    public boolean remove(LocalDate day) {
        return jdbc.update("delete from working_day_override where day = ?", Date.valueOf(day)) > 0;
    }
}
