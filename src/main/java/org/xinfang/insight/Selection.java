package org.xinfang.insight;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an indicator is computed for: the subtree of {@code unit} (its path is a prefix of every place under it) and the
 * days {@code from} to {@code to}, both included; "past its deadline" is as of {@code today}. The matters counted are
 * those that arose in the subtree ({@link Basis#PLACE}, the indicators' table) or those held by a body in it
 * ({@link Basis#HOLDER}, the ranking of departments). Indicators of one table
 * computed from the same query share its result through {@link #shared}, so a table costs a query per source, not per
 * indicator.
 */
public final class Selection {

    /** Which matters a selection counts: by the place they arose in, or by the body holding them. */
    public enum Basis {
        /** 属地: the matters that arose in the subtree (insight_matter_fact.place_path). */
        PLACE,
        /** 承办: the matters held by a body in the subtree (insight_matter_fact.responsible_path). */
        HOLDER
    }

    private final UnitView unit;
    private final Basis basis;
    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final Map<Object, Object> shared = new HashMap<>();

    public Selection(UnitView unit, LocalDate from, LocalDate to, LocalDate today) {
        this(unit, from, to, today, Basis.PLACE);
    }

    public Selection(UnitView unit, LocalDate from, LocalDate to, LocalDate today, Basis basis) {
        this.unit = unit;
        this.basis = basis;
        this.from = from;
        this.to = to;
        this.today = today;
    }

    public UnitView unit() {
        return unit;
    }

    /** The path of the unit: places under it have paths starting with it. */
    public String path() {
        return unit.path();
    }

    public Basis basis() {
        return basis;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public LocalDate today() {
        return today;
    }

    /** The parameters of a query for it: {@code :path} (the unit's path followed by %, for like), {@code :from}, {@code :to}, {@code :today}. */
    public MapSqlParameterSource parameters() {
        return new MapSqlParameterSource("path", path() + "%").addValue("from", from).addValue("to", to)
                .addValue("today", today);
    }

    /** The same unit and days a year earlier (29 February becomes the 28th), as of the same today. */
    public Selection yearEarlier() {
        return new Selection(unit, from.minusYears(1), to.minusYears(1), today, basis);
    }

    /** The result of {@code compute} for this selection under {@code key}, computed once. */
    @SuppressWarnings("unchecked")
    public <T> T shared(Object key, Supplier<T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.get());
    }
}
