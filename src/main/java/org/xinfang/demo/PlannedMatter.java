package org.xinfang.demo;

import org.xinfang.casework.Accused;
import org.xinfang.casework.Actor;
import org.xinfang.casework.ContactDetails;
import org.xinfang.casework.MatterBulkImport;
import org.xinfang.casework.MatterBulkImport.Step;
import org.xinfang.casework.QueryCode;
import org.xinfang.casework.MatterFlags;
import org.xinfang.casework.Registration;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.PetitionKind;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.UnitView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A demo item as planned: what registration would record, and the transitions that follow, each at its own
 * moment. People and the first matter of a repeat are named by their position in the demo city's lists, since
 * their ids exist only once the people are on file and the matter ids are reserved.
 *
 * @param petitioner      index into the demo city's people
 * @param representatives indices of the representatives besides the petitioner
 * @param repeatOf        index of the first matter, when this item is a repeat
 * @param flags           the flags the national system records ({@link DemoFlags})
 * @param accused         for an accusation, who it is about ({@link DemoHandlingTypes#accused}); null otherwise
 */
record PlannedMatter(String referenceNo, Channel channel, PetitionKind kind, AdministrativeLevel originLevel,
                     int petitioner, List<Integer> representatives, int persons, CategoryView category,
                     UnitView place, String title, String content, LocalDate receivedOn, Instant registeredAt,
                     UnitView receivingUnit, UnitView suggestedUnit, Integer repeatOf, boolean leapLevel,
                     boolean onFinalMatter, List<Step> steps, MatterFlags flags, Accused accused) {

    /** The matter as casework imports it: its registration, then its steps. */
    MatterBulkImport.Planned plan(List<PersonDetails> people, List<Long> personIds, List<Long> matterIds) {
        // a stream of its own, so the codes do not disturb the city's random draws; demo codes are not secret
        SplittableRandom codes = new SplittableRandom(referenceNo.hashCode());
        Set<Long> others = new LinkedHashSet<>();
        representatives.forEach(i -> others.add(personIds.get(i)));
        Map<Long, ContactDetails> contacts = new HashMap<>();
        Stream.concat(Stream.of(petitioner), representatives.stream()).forEach(i -> {
            ContactDetails given = ContactDetails.given(people.get(i).phone(), people.get(i).address());
            if (given != null) {
                contacts.put(personIds.get(i), given);
            }
        });
        Registration registration = new Registration(referenceNo, channel, kind, originLevel, personIds.get(petitioner),
                others, persons, category.id(), place, title, content, receivedOn, receivingUnit, suggestedUnit,
                repeatOf == null ? null : matterIds.get(repeatOf), leapLevel, onFinalMatter,
                QueryCode.generate(codes), codes.nextInt(10) < 4, contacts, accused, flags);
        return new MatterBulkImport.Planned(registration, new Actor(DemoCityGenerator.ACTOR, receivingUnit.id()),
                registeredAt, steps);
    }
}
