package org.xinfang.portal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.Attachments;
import org.xinfang.casework.MatterRegistration;
import org.xinfang.casework.PetitionerAccess;
import org.xinfang.casework.RegisterMatter;
import org.xinfang.intake.Categories;
import org.xinfang.intake.CategoryView;
import org.xinfang.intake.IdNumber;
import org.xinfang.notification.VerifiedContacts;
import org.xinfang.platform.Pseudonyms;
import org.xinfang.platform.RateLimits;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Online petitions (网上信访): a verified phone submits, the matter is registered with the petition office where
 * it arose, and the same petition sent again within minutes (a double tap, a retry on a slow line) is folded
 * into the first instead of becoming a second matter.
 */
@Service
class OnlinePetitions {

    private final MatterRegistration registration;
    private final PetitionerAccess access;
    private final Categories categories;
    private final RateLimits rateLimits;
    private final PortalLimits limits;
    private final Pseudonyms pseudonyms;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final VerifiedContacts verifiedContacts;

    OnlinePetitions(MatterRegistration registration, PetitionerAccess access, Categories categories, RateLimits rateLimits,
                    PortalLimits limits, Pseudonyms pseudonyms, JdbcTemplate jdbc, Clock clock,
                    VerifiedContacts verifiedContacts) {
        this.registration = registration;
        this.verifiedContacts = verifiedContacts;
        this.access = access;
        this.categories = categories;
        this.rateLimits = rateLimits;
        this.limits = limits;
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The submitted matter's id, and whether it was an earlier identical submission. */
    record Submitted(Long matterId, boolean folded) {
    }

    @Transactional
    public Submitted submit(PetitionForm form, String verifiedPhone, String address, List<Attachments.Upload> uploads) {
        uploads.forEach(Attachments::check);
        RegisterMatter command = form.command(verifiedPhone, category(form));
        String phoneHash = pseudonyms.of("phone", verifiedPhone);
        // the files are part of it: sending the same text again with a file that was missing is a new submission
        String fingerprint = pseudonyms.of("submission", String.join("\u0000", command.petitioner().name().strip(),
                IdNumber.normalize(command.petitioner().idNumber()), command.kind().name(), command.categoryCode(),
                command.placeCode(), command.title().strip(), command.content().strip(),
                uploads.stream().map(Attachments.Upload::sha256).sorted().reduce("", String::concat)));
        // one submission per phone at a time, so that two identical ones cannot both miss each other
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))", Object.class, phoneHash);
        Optional<Long> earlier = jdbc.queryForList("""
                select matter_id from online_submission where phone_hash = ? and content_hash = ? and submitted_at > ?
                order by submitted_at desc limit 1""", Long.class, phoneHash, fingerprint,
                Timestamp.from(clock.instant().minus(limits.foldWindow()))).stream().findFirst();
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), true);
        }
        rateLimits.hit(limits.submitsPerAddressLimit(), address, "portal.limit.submits");
        rateLimits.hit(limits.submitsPerPhoneLimit(), verifiedPhone, "portal.limit.submits");
        Long matterId = registration.registerOnline(command, uploads);
        jdbc.update("""
                insert into online_submission (matter_id, phone_hash, phone_tail, content_hash, submitted_at)
                values (?, ?, ?, ?, ?)""", matterId, phoneHash, verifiedPhone.substring(verifiedPhone.length() - 4),
                fingerprint, Timestamp.from(clock.instant()));
        verifiedContacts.phoneVerified(matterId, verifiedPhone);
        return new Submitted(matterId, false);
    }

    /** The category chosen, or the one the words suggest, or "other matters" when nothing fits. */
    private String category(PetitionForm form) {
        if (form.getCategoryCode() != null && !form.getCategoryCode().isBlank()) {
            return form.getCategoryCode();
        }
        return categories.suggest(form.getTitle() + " " + form.getContent()).map(CategoryView::code)
                .orElse(PetitionForm.FALLBACK_CATEGORY);
    }

    /** The last four digits of the phone verified when the matter was submitted online, if it was. */
    Optional<String> verifiedPhoneTail(Long matterId) {
        return jdbc.queryForList("select phone_tail from online_submission where matter_id = ?", String.class, matterId)
                .stream().findFirst();
    }

    /** The matters this verified phone submitted online, newest first: the ones its holder may be shown as their own. */
    List<Long> filedWith(String verifiedPhone) {
        return jdbc.queryForList("select matter_id from online_submission where phone_hash = ? order by submitted_at desc limit 200",
                Long.class, pseudonyms.of("phone", verifiedPhone));
    }
}
