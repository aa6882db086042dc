package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterCopy;
import org.xinfang.casework.internal.MatterEvent;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableConsumer;
import org.hibernate.metamodel.spi.MappingMetamodelImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfang.intake.Categories;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.Petitioners;
import org.xinfang.support.ApiClient;
import org.xinfang.support.IntegrationTest;
import org.xinfang.support.MutableClock;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk import's COPY writes every column Hibernate maps for a matter, its co-handlers, representatives and
 * timeline, and no other: a field added to the entity and forgotten in the COPY would be lost on import silently.
 */
@IntegrationTest
class MatterBulkImportColumnsTest {

    /** The timeline entry's key is assigned by the database, as for an entry saved through JPA. */
    private static final Set<String> GENERATED = Set.of("matter_event.id");

    @Autowired
    EntityManagerFactory entityManagers;
    @Autowired
    MatterBulkImport bulkImport;
    @Autowired
    Casework casework;
    @Autowired
    Petitioners petitioners;
    @Autowired
    Categories categories;
    @Autowired
    Territory territory;
    @Autowired
    MutableClock clock;

    @Test
    void theCopyListsExactlyTheColumnsTheEntitiesMap() {
        TreeMap<String, Set<String>> mapped = new TreeMap<>();
        MappingMetamodelImplementor metamodel = entityManagers.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
        for (Class<?> entity : new Class<?>[]{Matter.class, MatterEvent.class}) {
            EntityPersister persister = metamodel.getEntityDescriptor(entity);
            persister.getIdentifierMapping().forEachSelectable(collect(mapped));
            persister.forEachSelectable(collect(mapped));
            persister.getAttributeMappings().forEach(attribute -> {
                if (attribute instanceof PluralAttributeMapping collection) {
                    collection.getKeyDescriptor().getKeyPart().forEachSelectable(collect(mapped));
                    collection.getElementDescriptor().forEachSelectable(collect(mapped));
                    if (collection.getIndexDescriptor() != null) {
                        collection.getIndexDescriptor().forEachSelectable(collect(mapped));
                    }
                }
            });
        }
        GENERATED.forEach(column -> mapped.get(column.substring(0, column.indexOf('.'))).remove(column.substring(column.indexOf('.') + 1)));

        TreeMap<String, Set<String>> copied = new TreeMap<>();
        MatterCopy.COPIED_COLUMNS.forEach((table, columns) -> copied.put(table,
                Arrays.stream(columns.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new))));

        assertThat(copied.keySet()).as("tables copied").isEqualTo(mapped.keySet());
        mapped.forEach((table, columns) -> {
            assertThat(columns).as("%s: mapped but not copied", table).isSubsetOf(copied.get(table));
            assertThat(copied.get(table)).as("%s: copied but not mapped", table).isSubsetOf(columns);
        });
        MatterCopy.COPIED_COLUMNS.forEach((table, columns) -> assertThat(columns.split(","))
                .as("%s lists no column twice", table).hasSize(copied.get(table).size()));
    }

    @Test
    void anImportedMatterKeepsItsSupervisionAndItsPackageLeader() {
        UnitView office = territory.unitByCode("431229-PETITION").orElseThrow();
        Long person = petitioners.registerAll(List.of(new PersonDetails("导入的人", ApiClient.freshIdNumber(), null, null))).get(0);
        // a past year's register, so no office's numbering this year moves on
        Registration r = new Registration("XF431229-1999-" + String.format("%07d", person % 10_000_000), Channel.LETTER,
                PetitionKind.COMPLAINT, null, person, Set.of(), 1, categories.byCode("URBAN.DEMOLITION").orElseThrow().id(),
                territory.unitByCode("431229001001").orElseThrow(), "旧档案", "旧档案的内容。", clock.today(), office, office,
                null, false, false, "IMPORT" + person, false, Map.of(person, new ContactDetails("13911112222", "辰溪县某路1号")));
        Matter legacy = Matter.register(r, new Actor("import", office.id()), clock);
        legacy.issueSupervisionNotice("逾期未办", new Actor("jingzhou.supervisor", office.id()), clock);
        legacy.takeAsPackageCase(AdministrativeLevel.COUNTY, "县领导包案", new Actor("jingzhou.leader", office.parentId()), clock);
        Long id = bulkImport.reserveIds(1).get(0);
        bulkImport.importMatters(new MatterBulkImport.Batch(List.of(legacy)), List.of(id));

        Matter imported = casework.load(id);
        assertThat(imported.supervisionCount()).isEqualTo(1);
        assertThat(imported.supervisedOn()).isEqualTo(legacy.supervisedOn()).isNotNull();
        assertThat(imported.supervisionAnswerDueOn()).isEqualTo(legacy.supervisionAnswerDueOn()).isNotNull();
        assertThat(imported.packageLeader()).isEqualTo("jingzhou.leader");
        assertThat(imported.packageLevel()).isEqualTo(AdministrativeLevel.COUNTY);
        assertThat(imported.packagedOn()).isEqualTo(legacy.packagedOn()).isNotNull();
        assertThat(imported.contactOf(person)).contains(new ContactDetails("13911112222", "辰溪县某路1号"));
    }

    private static SelectableConsumer collect(TreeMap<String, Set<String>> into) {
        return (index, column) -> into.computeIfAbsent(column.getContainingTableExpression(), t -> new TreeSet<>())
                .add(column.getSelectionExpression());
    }
}
