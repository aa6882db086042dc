package org.xinfang.casework;

import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.UnitView;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What registration knows of a new matter once the petitioner is on file and the screening (repeat,
 * leap-level, finality, routing suggestion) has run.
 *
 * @param queryCode          the petitioner's {@link QueryCode}, handed out once at registration
 * @param disclosureConsent  whether the petitioner agreed to the matter's anonymised public disclosure (四公开)
 * @param contacts           the contact details each person gave on this matter, by petitioner id (none when unknown)
 * @param accused            for an accusation, who it is about (2022 art. 30); null otherwise
 * @param flags              the flags the national system records (first petition, anonymous, joint letter ...)
 */
public record Registration(String referenceNo, Channel channel, PetitionKind kind, AdministrativeLevel originLevel,
                           Long petitionerId, Set<Long> representativeIds, int persons, Long categoryId, UnitView place,
                           String title, String content, LocalDate receivedOn, UnitView receivingUnit,
                           UnitView suggestedUnit, Long repeatOfId, boolean leapLevel, boolean onFinalMatter,
                           String queryCode, boolean disclosureConsent, Map<Long, ContactDetails> contacts,
                           Accused accused, MatterFlags flags) {

    /** A registration with no one accused and without the national system's flags (an old record imported). */
    public Registration(String referenceNo, Channel channel, PetitionKind kind, AdministrativeLevel originLevel,
                        Long petitionerId, Set<Long> representativeIds, int persons, Long categoryId, UnitView place,
                        String title, String content, LocalDate receivedOn, UnitView receivingUnit,
                        UnitView suggestedUnit, Long repeatOfId, boolean leapLevel, boolean onFinalMatter,
                        String queryCode, boolean disclosureConsent, Map<Long, ContactDetails> contacts) {
        this(referenceNo, channel, kind, originLevel, petitionerId, representativeIds, persons, categoryId, place, title,
                content, receivedOn, receivingUnit, suggestedUnit, repeatOfId, leapLevel, onFinalMatter, queryCode,
                disclosureConsent, contacts, null, MatterFlags.NONE);
    }

    /** The same registration with these flags. */
    public Registration withFlags(MatterFlags f) {
        return new Registration(referenceNo, channel, kind, originLevel, petitionerId, representativeIds, persons,
                categoryId, place, title, content, receivedOn, receivingUnit, suggestedUnit, repeatOfId, leapLevel,
                onFinalMatter, queryCode, disclosureConsent, contacts, accused, f);
    }
}
