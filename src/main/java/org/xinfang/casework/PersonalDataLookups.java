package org.xinfang.casework;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Pseudonyms;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * The audit of look-ups by a person's ID number or phone (issue 11, item 1): each is recorded with who, from which
 * unit, when and how many matters it found, in its own transaction, so a refused or failed search is recorded too.
 * Only roles that see personal data may look a person up by number; a masked role gets a refusal saying so.
 */
@Service
public class PersonalDataLookups {

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    PersonalDataLookups(JdbcTemplate jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** Refuses a look-up by number to a role that sees personal data masked; other terms pass. */
    public void requireAllowed(SearchTerm term, StaffPrincipal viewer) {
        if (term != null && term.touchesPersonalData() && !viewer.seesPersonalData()) {
            throw Refusal.forbidden("worklist.search.personal-data-masked");
        }
    }

    /** Records a look-up by ID number or phone that found {@code found} matters; other terms are not recorded. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SearchTerm term, StaffPrincipal viewer, long found) {
        if (term == null || !term.touchesPersonalData()) {
            return;
        }
        jdbc.update("""
                insert into personal_data_lookup (username, unit_id, kind, masked_value, value_hash, found, looked_up_at)
                values (?, ?, ?, ?, ?, ?, ?)""", viewer.getUsername(), viewer.unit().id(), term.kind().name(), term.masked(),
                pseudonyms.of("personal-data-lookup", term.value()), found, Timestamp.from(clock.instant()));
    }
}
