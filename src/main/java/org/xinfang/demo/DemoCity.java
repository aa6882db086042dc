package org.xinfang.demo;

import org.xinfang.casework.MatterBulkImport;
import org.xinfang.casework.MatterCommand;
import org.xinfang.intake.PersonDetails;
import org.xinfang.statute.WorkingDays;
import org.xinfang.territory.Territory;

import java.time.ZoneId;
import java.util.List;

/**
 * The generated demo city: its petitioners and its items, oldest first. Item i will have id {@code matterIds.get(i)}
 * and its people {@code personIds.get(j)} for their indices j. Its steps name units of {@code territory}.
 */
record DemoCity(ZoneId zone, List<PersonDetails> people, List<PlannedMatter> matters, Territory territory,
                WorkingDays calendar) {

    /** Items {@code from} (included) to {@code to} (excluded), built through their transitions. */
    MatterBulkImport.Batch build(List<Long> personIds, List<Long> matterIds, int from, int to) {
        return MatterBulkImport.build(matters.subList(from, to).stream().map(m -> m.plan(people, personIds, matterIds)).toList(),
                MatterCommand.Units.anywhere(territory).counting(calendar), zone);
    }
}
