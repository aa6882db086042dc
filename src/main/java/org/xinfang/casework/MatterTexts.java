package org.xinfang.casework;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * The words of matters, for the models that learn from a city's own history (the category model): title, content and
 * category as filed, never a petitioner. The content may hold personal data as the petitioner wrote it: a reader keeps
 * it in memory only, to learn from, and shows none of it; access is the caller's to check.
 */
@Service
public class MatterTexts {

    /**
     * @param categoryCode   the category filed (second level, e.g. LABOUR.WAGE_ARREARS)
     * @param firstLevelCode its first-level category (LABOUR)
     */
    public record Text(Long matterId, LocalDate receivedOn, String categoryCode, String firstLevelCode, String title,
                       String content) {

        @Override
        public String toString() {
            return "Text[" + matterId + "]";
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    MatterTexts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The texts of the {@code limit} matters received last (a model learns today's wording first). */
    @Transactional(readOnly = true)
    public List<Text> latest(int limit) {
        return jdbc.query("""
                select m.id, m.received_on, c.code, coalesce(p.code, c.code) first_level, m.title, m.content
                from matter m join category c on c.id = m.category_id left join category p on p.id = c.parent_id
                order by m.received_on desc, m.id desc limit :limit""", new MapSqlParameterSource("limit", limit),
                (rs, i) -> new Text(rs.getLong("id"), rs.getObject("received_on", LocalDate.class), rs.getString("code"),
                        rs.getString("first_level"), rs.getString("title"), rs.getString("content")));
    }
}
