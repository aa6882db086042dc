package org.xinfang.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The register of petitioners. A person with an ID number is one petitioner however often they come;
 * without one, the same name and phone is taken as the same person.
 */
@Service
public class Petitioners {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

    private final PetitionerRepository repository;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Petitioners(PetitionerRepository repository, JdbcTemplate jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks a person's details, refusing with the offending field named ({@code field} is the prefix,
     * such as "petitioner" or "representatives[2]").
     */
    public void validate(PersonDetails person, String field) {
        if (person == null || person.name() == null || person.name().isBlank()) {
            throw Refusal.invalid(field + ".name", "petitioner.name.required");
        }
        if (person.idNumber() != null && !person.idNumber().isBlank()) {
            IdNumber.Problem problem = IdNumber.check(IdNumber.normalize(person.idNumber()), LocalDate.now(clock));
            if (problem != null) {
                throw Refusal.invalid(field + ".idNumber", problem.messageKey());
            }
        }
        if (person.phone() != null && !person.phone().isBlank() && !PHONE.matcher(person.phone().trim()).matches()) {
            throw Refusal.invalid(field + ".phone", "petitioner.phone.format");
        }
    }

    /** The petitioner these details describe, registered now if new. Safe against two registrars at once. */
    @Transactional
    public PetitionerView findOrRegister(PersonDetails person) {
        String idNumber = blankToNull(IdNumber.normalize(person.idNumber()));
        String phone = blankToNull(person.phone() == null ? null : person.phone().trim());
        String address = blankToNull(person.address());
        String name = person.name().trim();
        Timestamp now = Timestamp.from(clock.instant());
        Long id;
        if (idNumber != null) {
            id = jdbc.queryForObject("""
                    insert into petitioner (name, id_number, phone, address, created_at) values (?, ?, ?, ?, ?)
                    on conflict (id_number) do update set name = excluded.name,
                        phone = coalesce(excluded.phone, petitioner.phone), address = coalesce(excluded.address, petitioner.address)
                    returning id""", Long.class, name, idNumber, phone, address, now);
        } else {
            id = (phone == null ? List.<Petitioner>of() : repository.findUnidentified(name, phone)).stream()
                    .findFirst().map(p -> p.view().id())
                    .orElseGet(() -> repository.save(new Petitioner(name, null, phone, address, now.toInstant())).view().id());
        }
        return repository.findById(id).orElseThrow().view();
    }

    @Transactional(readOnly = true)
    public Optional<PetitionerView> byId(Long id) {
        return repository.findById(id).map(Petitioner::view);
    }

    /** Petitioners by ID number or phone, for the reception window's look-up. */
    @Transactional(readOnly = true)
    public List<PetitionerView> lookup(String idNumber, String phone) {
        if (idNumber != null && !idNumber.isBlank()) {
            return repository.findByIdNumber(IdNumber.normalize(idNumber)).map(Petitioner::view).stream().toList();
        }
        if (phone != null && !phone.isBlank()) {
            return repository.findByPhone(phone.trim()).stream().map(Petitioner::view).toList();
        }
        return List.of();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
