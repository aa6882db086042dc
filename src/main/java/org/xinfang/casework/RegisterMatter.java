package org.xinfang.casework;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PersonDetails;
import org.xinfang.intake.PetitionKind;
import org.xinfang.territory.AdministrativeLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A registrar's request to register an item.
 *
 * @param originLevel      for items transferred from a higher body: the level it came from (PROVINCE, NATIONAL)
 * @param representatives  for a collective visit, the representatives besides the petitioner (at most 4 more)
 * @param persons          how many people came (visits) or signed (letters); 1 when absent
 * @param receivedOn       the day the item was received; today when absent
 * @param disclosureConsent whether the petitioner agrees to the matter's anonymised public disclosure (四公开)
 * @param accused          for an accusation: who it is about (rank, post, unit); optional
 * @param flags            the flags the national system records; each optional: the first-petition flags are computed
 *                         from the petitioner's earlier matters and the joint letter from the channel and the persons
 *                         when absent, the others are false
 */
public record RegisterMatter(
        @NotNull Channel channel,
        PetitionKind kind,
        AdministrativeLevel originLevel,
        @NotNull @Valid Person petitioner,
        @Size(max = 20) List<@NotNull @Valid Person> representatives,
        @Min(1) @Max(100000) Integer persons,
        @NotBlank @Size(max = 64) String categoryCode,
        @NotBlank @Size(max = 64) String placeCode,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String content,
        LocalDate receivedOn,
        Boolean disclosureConsent,
        @Valid Accusation accused,
        @Valid MatterFlags.Given flags) {

    /** Without the accused and the flags: the first-petition flags and the joint letter are computed, the others false. */
    public RegisterMatter(Channel channel, PetitionKind kind, AdministrativeLevel originLevel, Person petitioner,
                          List<Person> representatives, Integer persons, String categoryCode, String placeCode,
                          String title, String content, LocalDate receivedOn, Boolean disclosureConsent) {
        this(channel, kind, originLevel, petitioner, representatives, persons, categoryCode, placeCode, title, content,
                receivedOn, disclosureConsent, null, null);
    }

    /**
     * For an accusation (检举控告类): the accused person's rank and post, and the accused unit's code when it is one of
     * the territory's (2022 art. 30). The accused unit never sees the matter (art. 30 ¶3).
     */
    public record Accusation(org.xinfang.statute.CadreRank rank, @Size(max = 200) String post,
                             @Size(max = 64) String unitCode) {
    }

    public RegisterMatter {
        // not List.copyOf: a null sent by a client must reach validation, which names it, not fail here
        representatives = representatives == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(representatives));
    }

    /**
     * A person in the request.
     *
     * @param confirmNameCorrection the registrar confirms that the name on file for this ID number is wrong and this
     *                              one is right (checked on the ID card): the record is renamed, the old name kept
     */
    public record Person(@NotBlank @Size(max = 100) String name, @Size(max = 18) String idNumber,
                         @Size(max = 20) String phone, @Size(max = 300) String address, Boolean confirmNameCorrection) {

        public Person(String name, String idNumber, String phone, String address) {
            this(name, idNumber, phone, address, null);
        }

        boolean correctsName() {
            return Boolean.TRUE.equals(confirmNameCorrection);
        }

        PersonDetails details() {
            return new PersonDetails(name, idNumber, phone, address);
        }

        @Override
        public String toString() {
            return "Person[masked]";
        }
    }
}
