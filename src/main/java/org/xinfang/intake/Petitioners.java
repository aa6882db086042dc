package org.xinfang.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * The register of petitioners. A person with an ID number is one petitioner however often they come;
 * without one, the same name and phone is taken as the same person.
 */
@Service
public class Petitioners {

    private static final Logger log = LoggerFactory.getLogger(Petitioners.class);
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    /** Rows per multi-row insert: six parameters each stays well below the driver's 32767 per statement. */
    private static final int INSERT_ROWS = 2000;

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

    /**
     * Where a person is put on file, which decides what a registration may do to a record already there: at the
     * reception window ({@code registrar}, who may correct the name of a record {@code inReach}, that is one they could
     * look up; missing contact details are filled in), or online, where nobody looks at an ID card (no correction, no
     * contact details added to a record that earlier matters and letters rely on).
     */
    public record Door(String registrar, LongPredicate inReach) {

        public static final Door ONLINE = new Door(null, id -> false);

        boolean online() {
            return registrar == null;
        }
    }

    /**
     * The petitioner these details describe, registered now if new. Safe against two registrars at once. An ID number
     * is one person: a record on file under it keeps its name unless {@code correctName} is confirmed at a door that
     * may correct it (see {@link #requireSameName}); the name it had is kept in petitioner_name_history. A record on
     * file keeps its contact details too (the window only fills in missing ones): an office elsewhere must not be able
     * to rewrite the person behind earlier matters it cannot see.
     */
    @Transactional
    public PetitionerView findOrRegister(PersonDetails person, String field, Door door, boolean correctName) {
        String idNumber = blankToNull(IdNumber.normalize(person.idNumber()));
        String phone = blankToNull(person.phone() == null ? null : person.phone().trim());
        String address = blankToNull(person.address());
        String name = person.name().trim();
        Timestamp now = Timestamp.from(clock.instant());
        Long id = null;
        while (idNumber != null && id == null) {
            // the record on file stays locked until the registration ends, so the name checked is the name kept
            List<Map<String, Object>> onFile = jdbc.queryForList("select id, name from petitioner where id_number = ? for update",
                    idNumber);
            if (!onFile.isEmpty()) {
                id = ((Number) onFile.get(0).get("id")).longValue();
                String nameOnFile = (String) onFile.get(0).get("name");
                if (requireSameName(id, nameOnFile, name, field, door, correctName)) {
                    rename(id, nameOnFile, name, door.registrar(), now);
                }
                if (!door.online()) {
                    jdbc.update("update petitioner set phone = coalesce(phone, ?), address = coalesce(address, ?) where id = ?",
                            phone, address, id);
                }
            } else {
                // null when another registrar put the same person on file a moment ago: then theirs is read above
                id = jdbc.queryForList("""
                        insert into petitioner (name, id_number, phone, address, created_at) values (?, ?, ?, ?, ?)
                        on conflict (id_number) do nothing returning id""", Long.class, name, idNumber, phone, address, now)
                        .stream().findFirst().orElse(null);
            }
        }
        if (idNumber == null) {
            if (phone != null) {
                // no unique key to lean on: serialise look-ups of the same name and phone until this transaction ends,
                // so that two registrars entering the same person at once find one record, not make two
                jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, "petitioner:" + name + ":" + phone);
            }
            id = (phone == null ? List.<Petitioner>of() : repository.findUnidentified(name, phone)).stream()
                    .findFirst().map(p -> p.view().id())
                    .orElseGet(() -> repository.save(new Petitioner(name, null, phone, address, now.toInstant())).view().id());
        }
        return repository.findById(id).orElseThrow().view();
    }

    /**
     * The petitioner on file these details would be registered under, if any, refusing as {@link #findOrRegister}
     * would; nothing is written (the screening while a registrar types).
     */
    @Transactional(readOnly = true)
    public Optional<Long> onFile(PersonDetails person, String field, Door door, boolean correctName) {
        String idNumber = blankToNull(IdNumber.normalize(person.idNumber()));
        if (idNumber == null) {
            return Optional.empty();
        }
        return repository.findByIdNumber(idNumber).map(Petitioner::view).map(p -> {
            requireSameName(p.id(), p.name(), person.name().trim(), field, door, correctName);
            return p.id();
        });
    }

    /**
     * The one rule for a name given with an ID number already on file, at every door: the same name (spaces aside)
     * is the person on file; another name is refused, naming the field and never the name on file, since it is a typing
     * error or someone else's number. Only at the window, with the correction confirmed, by a registrar who could look
     * the record up, is it a correction (true). Online the petitioner is sent to a window with their ID card.
     */
    private static boolean requireSameName(long id, String nameOnFile, String name, String field, Door door,
                                           boolean correctName) {
        if (withoutSpaces(nameOnFile).equals(withoutSpaces(name))) {
            return false;
        }
        if (door.online()) {
            throw Refusal.invalid(field + ".name", "matter.online.name-mismatch");
        }
        if (!correctName) {
            throw Refusal.invalid(field + ".name", "petitioner.name.mismatch");
        }
        if (!door.inReach().test(id)) {
            // renaming the person behind matters this office cannot see is for an office that can
            throw Refusal.forbidden("petitioner.name.correction-out-of-reach");
        }
        return true;
    }

    private void rename(long id, String oldName, String newName, String registrar, Timestamp at) {
        jdbc.update("update petitioner set name = ? where id = ?", newName, id);
        jdbc.update("""
                insert into petitioner_name_history (petitioner_id, old_name, new_name, corrected_at, corrected_by)
                values (?, ?, ?, ?, ?)""", id, oldName, newName, at, registrar);
        log.info("Petitioner {} renamed at the window by {}", id, registrar);
    }

    private static String withoutSpaces(String name) {
        return name.replaceAll("[\\s\u3000]+", "");
    }

    /**
     * Puts many people on file at once (a bulk import, the demo city) by the matching of {@link #findOrRegister}: a
     * person whose ID number, or without one whose name and phone, is already on file or earlier in the list keeps
     * that one record (unchanged: an import of old records neither renames nor refuses anyone). Returns the petitioner ids in the order of {@code people}.
     */
    @Transactional
    public List<Long> registerAll(List<PersonDetails> people) {
        List<PersonDetails> clean = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            PersonDetails p = people.get(i);
            validate(p, "people[" + i + "]");
            clean.add(new PersonDetails(p.name().trim(), blankToNull(IdNumber.normalize(p.idNumber())),
                    blankToNull(p.phone()), blankToNull(p.address())));
        }
        Map<String, Long> onFile = onFile(clean);
        List<PersonDetails> fresh = new ArrayList<>();
        Map<String, Integer> freshByIdentity = new HashMap<>();
        int[] slot = new int[clean.size()];
        for (int i = 0; i < clean.size(); i++) {
            String identity = identity(clean.get(i));
            if (identity != null && onFile.containsKey(identity)) {
                slot[i] = -1;
            } else if (identity != null && freshByIdentity.containsKey(identity)) {
                slot[i] = freshByIdentity.get(identity);
            } else {
                slot[i] = fresh.size();
                if (identity != null) {
                    freshByIdentity.put(identity, fresh.size());
                }
                fresh.add(clean.get(i));
            }
        }
        List<Long> ids = insert(fresh);
        List<Long> result = new ArrayList<>(clean.size());
        for (int i = 0; i < clean.size(); i++) {
            result.add(slot[i] < 0 ? onFile.get(identity(clean.get(i))) : ids.get(slot[i]));
        }
        return result;
    }

    /** Who a person is for matching: the ID number, or else name and phone; null when neither identifies them. */
    private static String identity(PersonDetails p) {
        if (p.idNumber() != null) {
            return "id:" + p.idNumber();
        }
        return p.phone() == null ? null : "tel:" + p.name() + "\n" + p.phone();
    }

    /** The ids of those among {@code people} already on file, by {@link #identity}. */
    private Map<String, Long> onFile(List<PersonDetails> people) {
        Map<String, Long> found = new HashMap<>();
        String[] idNumbers = people.stream().map(PersonDetails::idNumber).filter(Objects::nonNull).distinct()
                .toArray(String[]::new);
        String[] phones = people.stream().filter(p -> p.idNumber() == null).map(PersonDetails::phone)
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        jdbc.query("select id, id_number from petitioner where id_number = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", idNumbers)),
                rs -> {
                    found.put("id:" + rs.getString(2), rs.getLong(1));
                });
        jdbc.query("select id, name, phone from petitioner where id_number is null and phone = any(?) order by id",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", phones)),
                rs -> {
                    found.putIfAbsent("tel:" + rs.getString(2) + "\n" + rs.getString(3), rs.getLong(1));
                });
        return found;
    }

    /** Inserts new petitioners many rows per statement, with ids reserved from the sequence; returns them in order. */
    private List<Long> insert(List<PersonDetails> fresh) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList("select nextval('petitioner_id_seq') from generate_series(1, ?)",
                Long.class, fresh.size());
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < fresh.size(); from += INSERT_ROWS) {
            int to = Math.min(fresh.size(), from + INSERT_ROWS);
            List<Object> args = new ArrayList<>((to - from) * 6);
            for (int i = from; i < to; i++) {
                PersonDetails p = fresh.get(i);
                Collections.addAll(args, ids.get(i), p.name(), p.idNumber(), p.phone(), p.address(), now);
            }
            jdbc.update("insert into petitioner (id, name, id_number, phone, address, created_at) values "
                    + String.join(", ", Collections.nCopies(to - from, "(?, ?, ?, ?, ?, ?)")), args.toArray());
        }
        return ids;
    }

    @Transactional(readOnly = true)
    public Optional<PetitionerView> byId(Long id) {
        return repository.findById(id).map(Petitioner::view);
    }

    /** Several petitioners in one look-up (for a page of matters). */
    @Transactional(readOnly = true)
    public List<PetitionerView> byIds(java.util.Collection<Long> ids) {
        return repository.findAllById(ids).stream().map(Petitioner::view).toList();
    }

    /**
     * Petitioners by ID number or phone, for the reception window's look-up. Refused to roles that see personal data
     * masked: finding a person by the full number would give back who the masked number belongs to.
     */
    @Transactional(readOnly = true)
    public List<PetitionerView> lookup(String idNumber, String phone, StaffPrincipal caller) {
        if (!caller.seesPersonalData()) {
            throw Refusal.forbidden("petitioner.lookup.masked-role");
        }
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

    /**
     * Records since when petitioners have petitioned (信访起始) where the registers before this system say it was earlier
     * than their first matter here (the demo city's long-term petitioners); a later day never replaces an earlier one.
     */
    @Transactional
    public void recordPetitioningSince(Map<Long, LocalDate> sinceByPetitioner) {
        jdbc.batchUpdate("update petitioner set petitioning_since = ? where id = ? and (petitioning_since is null or petitioning_since > ?)",
                sinceByPetitioner.entrySet().stream().map(e -> new Object[]{e.getValue(), e.getKey(), e.getValue()}).toList());
    }
}
