package org.xinfang.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinfang.casework.Casework;
import org.xinfang.casework.ContactDetails;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.MatterFilter;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.Comparator;
import java.util.List;

@RestController
@RequestMapping("/api/v1/petitioners")
@Tag(name = "Petitioners", description = "Look up a petitioner and their earlier matters")
class PetitionerApi {

    private final Petitioners petitioners;
    private final Casework casework;
    private final MatterViews views;

    PetitionerApi(Petitioners petitioners, Casework casework, MatterViews views) {
        this.petitioners = petitioners;
        this.casework = casework;
        this.views = views;
    }

    record PetitionerJson(PetitionerView petitioner, List<MatterJson.Summary> matters) {
    }

    @GetMapping
    @Operation(summary = "Petitioners by ID number or phone, each with the matters of theirs the caller may see",
            description = "Phone and address are those given on the latest of those matters. "
                    + "403 for roles that see personal data masked (leaders, supervisors, analysts).")
    List<PetitionerJson> lookup(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone,
                                @AuthenticationPrincipal StaffPrincipal me) {
        if ((idNumber == null || idNumber.isBlank()) && (phone == null || phone.isBlank())) {
            throw Refusal.invalid("idNumber", "petitioner.lookup.key-required");
        }
        return petitioners.lookup(idNumber, phone, me).stream().map(p -> {
            List<Matter> visible = casework.search(MatterFilter.everything(0, 50).ofPetitioner(p.id()), me).items();
            // reached as on the latest matter the caller may see, not as another office may have them on file
            ContactDetails latest = visible.stream().sorted(Comparator.comparing(Matter::id).reversed())
                    .flatMap(m -> m.contactOf(p.id()).stream()).findFirst().orElse(ContactDetails.NONE);
            PetitionerView person = p.withContacts(latest.phone(), latest.address());
            return new PetitionerJson(person.as(me.seesPersonalData(), me.seesNames()),
                    visible.stream().map(m -> views.summary(m, me)).toList());
        }).filter(p -> !p.matters().isEmpty()).toList();
    }
}
