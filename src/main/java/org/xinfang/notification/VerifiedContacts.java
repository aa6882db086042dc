package org.xinfang.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.MatterParties;
import org.xinfang.platform.Pseudonyms;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * The petitioners' contacts proven theirs. Nothing is sent to a petitioner by a contact not recorded here: the
 * register's phone may have been typed by a registrar from a letter, and a message about a petition sent to a stranger
 * discloses it. The portal records the phone it verified by SMS code (网上信访); only a keyed hash is kept, so the
 * nodes must share {@code xinfang.pseudonym-key} for a verification to outlive a restart.
 */
@Service
public class VerifiedContacts {

    private final JdbcTemplate jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final MatterParties parties;

    VerifiedContacts(JdbcTemplate jdbc, Pseudonyms pseudonyms, Clock clock, MatterParties parties) {
        this.jdbc = jdbc;
        this.parties = parties;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /**
     * {@code phone} was proven to belong to the petitioner of matter {@code matterId}: a code sent to it was typed back
     * when the matter was submitted. Call it in the transaction that registers the matter, so its first step finds it.
     */
    @Transactional
    public void phoneVerified(Long matterId, String phone) {
        Long petitionerId = parties.of(matterId).orElseThrow().petitionerId();
        jdbc.update("""
                insert into notification_verified_contact (petitioner_id, channel, contact_hash, verified_at)
                values (?, 'SMS', ?, ?) on conflict do nothing""", petitionerId, hash(phone), Timestamp.from(clock.instant()));
    }

    /** Whether {@code phone} was verified as petitioner {@code petitionerId}'s. */
    @Transactional(readOnly = true)
    public boolean isVerifiedPhone(Long petitionerId, String phone) {
        return phone != null && !jdbc.queryForList("""
                select 1 from notification_verified_contact where petitioner_id = ? and channel = 'SMS' and contact_hash = ?""",
                Integer.class, petitionerId, hash(phone)).isEmpty();
    }

    private String hash(String phone) {
        return pseudonyms.of("verified-phone", phone);
    }
}
