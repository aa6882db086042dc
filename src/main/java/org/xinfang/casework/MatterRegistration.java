package org.xinfang.casework;

import org.xinfang.casework.internal.IdempotencyRecords;
import org.xinfang.casework.internal.Matter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.Channel;
import org.xinfang.intake.PetitionKind;
import org.xinfang.intake.PetitionerView;
import org.xinfang.intake.Petitioners;
import org.xinfang.intake.RoutingRules;
import org.xinfang.platform.IdempotencyKeys;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.Statute;
import org.xinfang.territory.AdministrativeLevel;
import org.xinfang.territory.StaffPrincipal;
import org.xinfang.territory.StaffRole;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registration (登记): puts the petitioner on file, screens the item (repeat, finality, leap-level, the
 * suggested responsible unit) and saves the new matter, at most once per idempotency key.
 *
 * <p>"The same matter" is decided as: the same person (the petitioner, or any representative of a
 * collective visit, matched by ID number), the same second-level category, and a place in the same
 * county (or the same city-level place). Text similarity comes later and will only add candidates.
 */
@Service
public class MatterRegistration {


    /** The channels of a written petition, which several people may sign as a joint letter. */
    private static final Set<Channel> WRITTEN = java.util.EnumSet.of(Channel.LETTER, Channel.ONLINE, Channel.EMAIL);

    private final Casework casework;
    private final Attachments attachments;
    private final Petitioners petitioners;
    private final Categories categories;
    private final RoutingRules routing;
    private final Territory territory;
    private final ReferenceNumbers numbers;
    private final IdempotencyRecords idempotency;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    MatterRegistration(Casework casework, Attachments attachments, Petitioners petitioners, Categories categories, RoutingRules routing,
                       Territory territory, ReferenceNumbers numbers, IdempotencyRecords idempotency, NamedParameterJdbcTemplate jdbc,
                       TransactionTemplate tx, Clock clock) {
        this.casework = casework;
        this.attachments = attachments;
        this.petitioners = petitioners;
        this.categories = categories;
        this.routing = routing;
        this.territory = territory;
        this.numbers = numbers;
        this.idempotency = idempotency;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** The outcome of a registration: the matter, and whether it was registered before under the same key. */
    public record Registered(Matter matter, boolean replayed) {
    }

    /**
     * Registers an item. With an idempotency key, a retry of the same request returns the matter the first
     * attempt registered; the same key with a different request is refused.
     */
    public Registered register(RegisterMatter command, StaffPrincipal registrar, String idempotencyKey) {
        return register(command, registrar, idempotencyKey, List.of());
    }

    /** Registers an item with its scanned letters, all or nothing; a replayed registration adds no files again. */
    public Registered register(RegisterMatter command, StaffPrincipal registrar, String idempotencyKey,
                               List<Attachments.Upload> uploads) {
        uploads.forEach(Attachments::check);
        requireRegistrar(registrar);
        IdempotencyKeys.check(idempotencyKey);
        String hash = idempotencyKey == null ? null : hash(command);
        if (idempotencyKey != null) {
            Optional<Registered> earlier = replay(registrar, idempotencyKey, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return tx.execute(status -> {
                Matter matter = registerNow(command, atTheWindow(registrar));
                attachments.store(matter.id(), uploads, registrar.getUsername(), false);
                if (idempotencyKey != null && !idempotency.record(registrar.getUsername(), idempotencyKey, hash, matter.id())) {
                    throw new ConcurrentRetry();
                }
                return new Registered(matter, false);
            });
        } catch (ConcurrentRetry e) {
            // A concurrent attempt with the same key committed first; ours was rolled back. Answer with theirs.
            return replay(registrar, idempotencyKey, hash).orElseThrow();
        }
    }

    /** Screens an item without saving anything, for the hints a registrar sees while typing. */
    public Screening screen(RegisterMatter command, StaffPrincipal registrar) {
        requireRegistrar(registrar);
        Receiver receiver = atTheWindow(registrar);
        List<Long> people = new ArrayList<>();
        List<RegisterMatter.Person> persons = persons(command);
        for (int i = 0; i < persons.size(); i++) {
            RegisterMatter.Person p = persons.get(i);
            petitioners.onFile(p.details(), field(i), receiver.door(), p.correctsName()).ifPresent(people::add);
        }
        return screen(command, receiver, people);
    }

    /**
     * An item the petitioner submitted on the portal (网上信访): received by the petition office of the county
     * where it arose (the city's office for a city-level place), registered in the caller's transaction.
     */
    @Transactional
    public Long registerOnline(RegisterMatter command, List<Attachments.Upload> uploads) {
        uploads.forEach(Attachments::check);
        if (command.channel() != Channel.ONLINE) {
            throw Refusal.invalid("channel", "matter.online.channel");
        }
        if (command.petitioner().idNumber() == null || command.petitioner().idNumber().isBlank()) {
            throw Refusal.invalid("petitioner.idNumber", "matter.online.id-number-required");
        }
        UnitView office = territory.petitionOfficeFor(place(command));
        Matter matter = registerNow(command, new Receiver(office, Actor.PETITIONER, null, Petitioners.Door.ONLINE));
        attachments.store(matter.id(), uploads, Actor.PETITIONER.username(), true);
        return matter.id();
    }

    /**
     * Who receives an item: the office, who registers it for the timeline, the registrar if it is one, and so the
     * door the people in it come in by.
     */
    private record Receiver(UnitView office, Actor actor, StaffPrincipal registrar, Petitioners.Door door) {
    }

    private Receiver atTheWindow(StaffPrincipal registrar) {
        // a record is within reach when the registrar may see one of its matters: what the petitioner look-up shows
        return new Receiver(registrar.unit(), casework.actor(registrar), registrar, new Petitioners.Door(
                registrar.getUsername(),
                id -> casework.search(MatterFilter.everything(0, 1).ofPetitioner(id), registrar).total() > 0));
    }

    private Matter registerNow(RegisterMatter command, Receiver receiver) {
        List<RegisterMatter.Person> persons = persons(command);
        for (int i = 0; i < persons.size(); i++) {
            petitioners.validate(persons.get(i).details(), field(i));
        }
        PetitionerView petitioner = onFile(command.petitioner(), 0, receiver);
        // what each person gives here is this matter's way to reach them, whatever their record holds
        Map<Long, ContactDetails> contacts = new HashMap<>();
        given(contacts, petitioner, command.petitioner());
        Set<Long> representatives = new LinkedHashSet<>();
        for (int i = 0; i < command.representatives().size(); i++) {
            PetitionerView representative = onFile(command.representatives().get(i), i + 1, receiver);
            representatives.add(representative.id());
            given(contacts, representative, command.representatives().get(i));
        }
        representatives.remove(petitioner.id());
        List<Long> people = new ArrayList<>(representatives);
        people.add(0, petitioner.id());
        Screening s = screen(command, receiver, people);
        CategoryView category = categories.requireFileable(command.categoryCode(), "categoryCode");
        UnitView place = place(command);
        UnitView receiving = receiver.office();
        LocalDate received = command.receivedOn() == null ? LocalDate.now(clock) : command.receivedOn();
        Registration registration = new Registration(numbers.next(receiving, received.getYear()), command.channel(),
                command.kind() == null ? PetitionKind.COMPLAINT : command.kind(), command.originLevel(), petitioner.id(),
                representatives, command.persons() == null ? 1 : command.persons(), category.id(), place,
                command.title().trim(), command.content().trim(), received, receiving, s.suggestedUnit(),
                s.repeatOf() == null ? null : s.repeatOf().id(), s.leapLevel(), s.onFinalMatter(), QueryCode.generate(),
                Boolean.TRUE.equals(command.disclosureConsent()), contacts, accused(command.accused()), MatterFlags.NONE);
        registration = registration.withFlags(flags(command, petitioner.id(), receiving, registration.persons()));
        Matter matter = Matter.register(registration, receiver.actor(), clock);
        if (matter.flags().majorUrgent()) {
            // 2022 art. 25: reported at once, by the office that registers it
            matter.reportMajorUrgent(UrgentRecipient.of(territory, receiving), receiver.actor(), clock);
        }
        return casework.save(matter);
    }

    /**
     * The flags the national system records, as the request gives them, the rest computed: first petition from the
     * petitioner's earlier matters (to this office, and anywhere on file; an item transferred from a higher body was
     * petitioned there first), a joint letter from the channel and the persons who signed, the others false. A
     * registrar may say "not first" (the petitioner went elsewhere before), never "first" against an earlier matter on
     * file, which the refusal names.
     */
    private MatterFlags flags(RegisterMatter command, Long petitionerId, UnitView receiving, int persons) {
        MatterFlags.Given given = command.flags() == null ? MatterFlags.Given.NOTHING : command.flags();
        List<Map<String, Object>> earlier = jdbc.queryForList("""
                select reference_no, receiving_unit_id from matter where petitioner_id = :p order by id limit 200""",
                new MapSqlParameterSource("p", petitionerId));
        List<Map<String, Object>> here = earlier.stream()
                .filter(e -> receiving.id().equals(((Number) e.get("receiving_unit_id")).longValue())).toList();
        boolean firstHere = Statute.isFirstPetition(here.size());
        boolean firstAnywhere = Statute.isFirstPetition(earlier.size()) && command.channel() != Channel.HIGHER_BODY;
        if (Boolean.TRUE.equals(given.firstToBody()) && !firstHere) {
            throw Refusal.invalid("flags.firstToBody", "matter.flags.not-first", here.get(0).get("reference_no"));
        }
        if (Boolean.TRUE.equals(given.firstAnywhere()) && !Statute.isFirstPetition(earlier.size())) {
            throw Refusal.invalid("flags.firstAnywhere", "matter.flags.not-first", earlier.get(0).get("reference_no"));
        }
        MatterFlags flags = new MatterFlags(firstHere, firstAnywhere, false,
                Statute.isJointLetter(WRITTEN.contains(command.channel()), persons), false, false, false, false).with(given);
        Matter.requireConsistent(flags);
        return flags;
    }

    /** Who an accusation is about, with the accused unit looked up (2022 art. 30); null when nothing was given. */
    private Accused accused(RegisterMatter.Accusation given) {
        if (given == null || given.rank() == null && blank(given.post()) && blank(given.unitCode())) {
            return null;
        }
        UnitView unit = blank(given.unitCode()) ? null : territory.unitByCode(given.unitCode().strip())
                .orElseThrow(() -> Refusal.invalid("accused.unitCode", "territory.unit.unknown", given.unitCode()));
        return new Accused(given.rank(), blank(given.post()) ? null : given.post().strip(), unit);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void given(Map<Long, ContactDetails> contacts, PetitionerView person, RegisterMatter.Person details) {
        ContactDetails given = ContactDetails.given(details.phone(), details.address());
        if (given != null) {
            contacts.putIfAbsent(person.id(), given);
        }
    }

    private Screening screen(RegisterMatter command, Receiver receiver, List<Long> people) {
        // an item transferred from a higher body comes from any level above the registering office's: city, province or
        // national for a county (issue 11, item 5)
        if (command.channel() == Channel.HIGHER_BODY && (command.originLevel() == null
                || !command.originLevel().isAbove(territory.governmentOf(receiver.office()).level()))) {
            throw Refusal.invalid("originLevel", "matter.origin-level.required");
        }
        CategoryView category = categories.requireFileable(command.categoryCode(), "categoryCode");
        UnitView place = place(command);
        if (receiver.registrar() != null && !receiver.registrar().covers(place.path())) {
            // an office registers what arose in its own area: this also keeps screening from probing other counties
            throw Refusal.invalid("placeCode", "matter.place.outside-jurisdiction", place.name());
        }
        UnitView suggested = routing.suggestResponsibleUnit(place, category);
        AdministrativeLevel responsibleLevel = territory.governmentOf(suggested).level();
        AdministrativeLevel receivedAt = command.channel() == Channel.HIGHER_BODY ? command.originLevel()
                : territory.governmentOf(receiver.office()).level();
        boolean leapLevel = (command.channel().isVisit() || command.channel() == Channel.HIGHER_BODY)
                && receivedAt.isAbove(responsibleLevel);
        Matter repeatOf = null;
        boolean onFinal = false;
        if (!people.isEmpty()) {
            // the same county; a place outside any county (the city itself) is only the same as itself
            String area = territory.ancestorAt(place, AdministrativeLevel.COUNTY).map(c -> c.path() + "%").orElse(place.path());
            List<Map<String, Object>> same = jdbc.queryForList("""
                    select m.id, m.repeat_of_id, m.state from matter m
                    where m.category_id = :category and m.place_path like :area
                      and (m.petitioner_id in (:people) or exists (select 1 from matter_representative r
                           where r.matter_id = m.id and r.petitioner_id in (:people)))
                    order by m.id limit 200""",
                    new MapSqlParameterSource("category", category.id()).addValue("area", area).addValue("people", people));
            if (!same.isEmpty()) {
                Map<String, Object> first = same.get(0);
                Long root = first.get("repeat_of_id") != null ? ((Number) first.get("repeat_of_id")).longValue()
                        : ((Number) first.get("id")).longValue();
                repeatOf = casework.load(root);
                onFinal = same.stream().anyMatch(r -> MatterState.FINAL.name().equals(r.get("state")));
            }
        }
        int persons = command.persons() == null ? 1 : command.persons();
        return new Screening(suggested, repeatOf, onFinal, leapLevel,
                command.channel().isVisit() && Statute.isCollectiveVisit(persons));
    }

    private UnitView place(RegisterMatter command) {
        return territory.unitByCode(command.placeCode()).filter(u -> !u.isDepartment())
                .orElseThrow(() -> Refusal.invalid("placeCode", "matter.place.unknown", command.placeCode()));
    }

    private PetitionerView onFile(RegisterMatter.Person person, int index, Receiver receiver) {
        return petitioners.findOrRegister(person.details(), field(index), receiver.door(), person.correctsName());
    }

    /** The field of the petitioner (0) or a representative in the request, for refusals. */
    private static String field(int personIndex) {
        return personIndex == 0 ? "petitioner" : "representatives[" + (personIndex - 1) + "]";
    }

    /** The petitioner, then the representatives. */
    private static List<RegisterMatter.Person> persons(RegisterMatter command) {
        List<RegisterMatter.Person> all = new ArrayList<>();
        all.add(command.petitioner());
        all.addAll(command.representatives());
        return all;
    }

    private Optional<Registered> replay(StaffPrincipal registrar, String key, String hash) {
        Optional<IdempotencyRecords.Earlier> earlier = idempotency.find(registrar.getUsername(), key);
        if (earlier.isPresent() && !hash.equals(earlier.get().requestHash())) {
            throw Refusal.conflict("idempotency.key.reused");
        }
        return earlier.map(e -> new Registered(casework.load(e.matterId()), true));
    }

    private static void requireRegistrar(StaffPrincipal registrar) {
        if (!registrar.hasAny(Set.of(StaffRole.REGISTRAR))) {
            throw Refusal.forbidden("matter.register.forbidden");
        }
    }

    private String hash(RegisterMatter command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signals that a concurrent request with the same idempotency key won; rolls back this attempt. */
    private static final class ConcurrentRetry extends RuntimeException {
        ConcurrentRetry() {
            super(null, null, false, false);
        }
    }
}
