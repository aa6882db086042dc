package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports' own counts over insight's facts that no indicator carries, for the matters received in a selection's
 * days that arose in its subtree (as every indicator counts them): the matters by field and by category, by the body
 * complained about, and how many were transferred or assigned. Definitions: docs/reports.md.
 */
@Component
class ReportFigures {

    /** A group of matters and how many there are. */
    record Count(String key, long items) {
    }

    private static final String WHERE = " from insight_matter_fact where received_on between :from and :to and place_path like :path";

    private final NamedParameterJdbcTemplate jdbc;

    ReportFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields (信访事项涉及领域): the first-level category of each matter's category, most matters first. */
    List<Count> fields(Selection s) {
        return counts("select split_part(category_code, '.', 1) k, count(*) n" + WHERE + " group by 1 order by 2 desc, 1", s);
    }

    /** The categories matters are filed under (second level), most matters first. */
    List<Count> categories(Selection s) {
        return counts("select category_code k, count(*) n" + WHERE + " group by 1 order by 2 desc, 1", s);
    }

    /**
     * The bodies complained about (被投诉较多的机关、单位): a matter counts against the unit its accusation names
     * ({@code accused_unit_id}) where it names one, else against the body that holds it ({@code responsible_unit_id}); a
     * suggestion (建议意见类) complains about no one and is not counted. Unit ids as keys, most matters first.
     */
    List<Count> complainedAbout(Selection s) {
        return counts("select coalesce(accused_unit_id, responsible_unit_id)::text k, count(*) n" + WHERE
                + " and handling_type is distinct from 'SUGGESTION' group by 1 order by 2 desc, 1", s);
    }

    /** How the matters were passed on: TRANSFER (转送) and ASSIGNMENT (交办), each with its count (zero when none). */
    Map<String, Long> routing(Selection s) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        byKind.put("TRANSFER", 0L);
        byKind.put("ASSIGNMENT", 0L);
        counts("select routing_kind k, count(*) n" + WHERE + " and routing_kind is not null group by 1", s)
                .forEach(c -> byKind.put(c.key(), c.items()));
        return byKind;
    }

    private List<Count> counts(String sql, Selection s) {
        return s.shared(sql, () -> jdbc.query(sql, new MapSqlParameterSource("from", s.from()).addValue("to", s.to())
                .addValue("path", s.path() + "%"), (rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))));
    }
}
