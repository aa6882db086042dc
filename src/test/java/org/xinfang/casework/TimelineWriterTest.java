package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.Petitioners;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline has one writer: a matter saved step by step, as staff actions save it, and the same history
 * imported in bulk leave the same rows; and the body that accepted a matter is stored on it.
 */
@IntegrationTest
class TimelineWriterTest {

    @Autowired
    Casework casework;
    @Autowired
    MatterBulkImport bulkImport;
    @Autowired
    Petitioners petitioners;
    @Autowired
    Categories categories;
    @Autowired
    Territory territory;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aMatterSavedStepByStepAndTheSameHistoryImportedInBulkHaveTheSameRows() {
        UnitView office = unit("431229-PETITION");
        UnitView government = unit("431229");
        UnitView housing = unit("431229-HOUSING");
        UnitView land = unit("431229-NATURAL_RESOURCES");
        Actor registrar = new Actor("import.registrar", office.id());
        Actor governmentStaff = new Actor("import.government", government.id());
        Actor handler = new Actor("import.handler", land.id());
        List<Consumer<Matter>> history = List.of(
                m -> m.route(RoutingKind.ASSIGNMENT, government, "交县政府办理", registrar, clock),
                // the government accepts and names a department as lead: the accepting body is not the lead
                m -> m.decideAcceptance(AcceptanceDecision.accept("已受理。", housing, List.of(land)), governmentStaff,
                        clock),
                m -> m.reassign(land, List.of(housing), "改由自然资源局牵头", governmentStaff, clock),
                m -> m.extendHandling(20, "情况复杂\t需要现场核查\n两次", governmentStaff, clock),
                m -> m.reply(OpinionOutcome.PARTIALLY_SUPPORTED, "部分支持。", handler, clock));

        Long person = person();
        Long savedId = tx.execute(s -> casework.save(Matter.register(registration(person, "1997"), registrar, clock)).id());
        Matter imported = Matter.register(registration(person, "1996"), registrar, clock);
        for (Consumer<Matter> step : history) {
            clock.advanceMinutes(1);
            tx.executeWithoutResult(s -> {
                Matter saved = casework.load(savedId);
                step.accept(saved);
                casework.save(saved);
            });
            step.accept(imported);
        }
        Long importedId = bulkImport.reserveIds(1).get(0);
        bulkImport.importMatters(new MatterBulkImport.Batch(List.of(imported)), List.of(importedId));

        List<String> savedTimeline = timeline(savedId);
        assertThat(savedTimeline).hasSize(1 + history.size());
        assertThat(timeline(importedId)).isEqualTo(savedTimeline);
        // the matter rows too, but for what tells two matters apart (and the version, which counts saves)
        assertThat(matterRow(importedId)).isEqualTo(matterRow(savedId));
        for (Long id : List.of(savedId, importedId)) {
            assertThat(jdbc.queryForObject("select accepting_unit_id from matter where id = ?", Long.class, id))
                    .as("matter %s", id).isEqualTo(government.id());
            assertThat(casework.load(id).acceptingUnitId()).isEqualTo(government.id());
            assertThat(casework.load(id).leadUnitId()).isEqualTo(land.id());
        }
    }

    @Test
    void theMigrationBackfillsTheAcceptingBodyFromTheTimeline() throws Exception {
        UnitView office = unit("431229-PETITION");
        UnitView government = unit("431229");
        UnitView housing = unit("431229-HOUSING");
        Actor registrar = new Actor("import.registrar", office.id());
        Long person = person();
        // accepted by the government naming a lead elsewhere, and by the department that leads it itself
        Matter namesALead = Matter.register(registration(person, "1995"), registrar, clock);
        namesALead.route(RoutingKind.ASSIGNMENT, government, null, registrar, clock);
        namesALead.decideAcceptance(AcceptanceDecision.accept("已受理。", housing, List.of()),
                new Actor("import.government", government.id()), clock);
        Matter leadsItself = Matter.register(registration(person, "1994"), registrar, clock);
        leadsItself.route(RoutingKind.TRANSFER, housing, null, registrar, clock);
        leadsItself.decideAcceptance(AcceptanceDecision.accept("已受理。", housing, List.of()),
                new Actor("import.housing", housing.id()), clock);
        Matter notAccepted = Matter.register(registration(person, "1993"), registrar, clock);
        List<Long> ids = bulkImport.reserveIds(3);
        bulkImport.importMatters(new MatterBulkImport.Batch(List.of(namesALead, leadsItself, notAccepted)), ids);
        jdbc.update("update matter set accepting_unit_id = null where id = any(?)", (Object) ids.toArray(Long[]::new));

        String migration = new ClassPathResource("db/migration/V12__accepting_unit.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        jdbc.update(migration.substring(migration.indexOf("update matter")));

        List<Long> accepting = new ArrayList<>();
        ids.forEach(id -> accepting.add(
                jdbc.queryForObject("select accepting_unit_id from matter where id = ?", Long.class, id)));
        assertThat(accepting).containsExactly(government.id(), housing.id(), null);
    }

    /** A matter's timeline rows, every column but the key and the matter's id, as the database gives them. */
    private List<String> timeline(Long matterId) {
        return jdbc.queryForList("select (to_jsonb(e) - 'id' - 'matter_id')::text from matter_event e"
                + " where matter_id = ? order by seq", String.class, matterId);
    }

    private String matterRow(Long matterId) {
        return jdbc.queryForObject("select (to_jsonb(m) - 'id' - 'version' - 'reference_no' - 'query_code')::text"
                + " || (select coalesce(array_agg(unit_id order by unit_id), '{}')::text"
                + " from matter_co_handler where matter_id = m.id)"
                + " from matter m where id = ?", String.class, matterId);
    }

    private Long person() {
        return petitioners.registerAll(List.of(new PersonDetails("时间线", ApiClient.freshIdNumber(), null, null))).get(0);
    }

    /** A past year's register, so that no office's numbering this year moves on. */
    private Registration registration(Long person, String year) {
        UnitView office = unit("431229-PETITION");
        return new Registration("XF431229-" + year + "-" + String.format("%07d", person % 10_000_000), Channel.LETTER,
                PetitionKind.COMPLAINT, null, person, Set.of(), 1, categories.byCode("URBAN.DEMOLITION").orElseThrow().id(),
                unit("431229001001"), "时间线", "同一段历史。", clock.today(), office, null, null, false, false,
                QueryCode.generate(), false, Map.of());
    }

    private UnitView unit(String code) {
        return territory.unitByCode(code).orElseThrow();
    }
}
