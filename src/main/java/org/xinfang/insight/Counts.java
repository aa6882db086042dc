package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.math.BigDecimal;
import java.sql.ResultSetMetaData;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one aggregate query's single row, by column name: what the indicators of one source read, so that a
 * table costs one query a source and a selection ({@link Selection#shared}).
 */
public final class Counts {

    private final Map<String, BigDecimal> values;

    private Counts(Map<String, BigDecimal> values) {
        this.values = values;
    }

    /** Runs {@code sql}, an aggregate answering one row, and keeps its columns (a null sum as zero). */
    public static Counts query(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource parameters) {
        return jdbc.query(sql, parameters, rs -> {
            Map<String, BigDecimal> values = new HashMap<>();
            rs.next();
            ResultSetMetaData columns = rs.getMetaData();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                BigDecimal v = rs.getBigDecimal(i);
                values.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), v == null ? BigDecimal.ZERO : v);
            }
            return new Counts(values);
        });
    }

    /**
     * The figures of {@code sql} for {@code selection} (its {@link Selection#parameters()}), queried once for it: the
     * indicators of one source share one query a selection.
     */
    public static Counts shared(NamedParameterJdbcTemplate jdbc, String sql, Selection selection) {
        return selection.shared(sql, () -> query(jdbc, sql, selection.parameters()));
    }

    /** The column {@code name} as a count. */
    public long count(String name) {
        return amount(name).longValueExact();
    }

    /** The column {@code name} as it is (an amount of money keeps its decimals). */
    public BigDecimal amount(String name) {
        BigDecimal v = values.get(name.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new IllegalArgumentException("no figure " + name);
        }
        return v;
    }
}
