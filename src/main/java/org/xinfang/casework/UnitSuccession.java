package org.xinfang.casework;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.internal.Matter;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitMerged;
import org.xinfang.territory.UnitMoved;
import org.xinfang.territory.UnitView;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * What a change to the tree of units means for the matters, in the transaction of the change (plain listeners, not
 * after-commit ones: the tree and the matters change together or not at all).
 * <ul>
 *   <li>A unit moved: every stored path under its old path (where a matter arose, was received, is held, was routed
 *   from, is decided, names an accused unit) is rewritten under the new one, so the scope queries, which match by
 *   path prefix, find each matter where the unit now is. Paths are derived data; the timeline is not touched.</li>
 *   <li>A unit merged: its matters that are not yet at an end pass to the continuing body (2022 art. 24 ¶2), each
 *   through {@link Matter#passToContinuingBody}, with its own timeline entry; ended matters and all past entries
 *   stay as they were, naming the merged unit, which remains for them.</li>
 * </ul>
 */
@Component
class UnitSuccession {

    private static final List<String> PATH_COLUMNS = List.of("place_path", "receiving_path", "responsible_path",
            "routed_from_path", "dispute_decider_path", "accused_unit_path");
    private static final List<String> ENDED = List.of(MatterState.NOT_ACCEPTED.name(), MatterState.FINAL.name(),
            MatterState.GUIDED_OUT.name());

    private final Casework casework;
    private final NamedParameterJdbcTemplate jdbc;
    private final Territory territory;
    private final MessageSource messages;
    private final Clock clock;

    UnitSuccession(Casework casework, NamedParameterJdbcTemplate jdbc, Territory territory, MessageSource messages, Clock clock) {
        this.casework = casework;
        this.jdbc = jdbc;
        this.territory = territory;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void moved(UnitMoved moved) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("old", moved.oldPath()).addValue("new", moved.newPath())
                .addValue("len", moved.oldPath().length() + 1);
        for (String column : PATH_COLUMNS) {
            jdbc.update("update matter set " + column + " = :new || substring(" + column + " from :len) where "
                    + column + " like :old || '%'", p);
        }
    }

    @EventListener
    void merged(UnitMerged merged) {
        UnitView gone = territory.require(merged.mergedUnitId());
        UnitView continuing = territory.require(merged.continuingUnitId());
        List<Long> ids = jdbc.queryForList("""
                select id from matter m where state not in (:ended) and (responsible_unit_id = :unit or lead_unit_id = :unit
                  or accepting_unit_id = :unit or review_unit_id = :unit or rereview_unit_id = :unit
                  or exists (select 1 from matter_co_handler c where c.matter_id = m.id and c.unit_id = :unit))
                order by id""", new MapSqlParameterSource("unit", gone.id()).addValue("ended", ENDED), Long.class);
        String reason = messages.getMessage("matter.passed-to-continuing-body", new Object[]{gone.name(), continuing.name()},
                Locale.SIMPLIFIED_CHINESE);
        Actor actor = new Actor(merged.by(), merged.byUnitId());
        for (Long id : ids) {
            Matter matter = casework.load(id);
            if (matter.passToContinuingBody(gone, continuing, reason, actor, clock)) {
                casework.save(matter);
            }
        }
    }
}
