package org.xinfang.casework;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The petitioner's own door to their matter (the portal). Whoever calls has proved to be the petitioner (query
 * code and phone); here they may do only what {@link MatterAction#BY_PETITIONER} lists, and the matter applies
 * the same statute as when staff record it.
 */
@Service
public class PetitionerAccess {

    private final Matters matters;
    private final Casework casework;
    private final Attachments attachments;
    private final Clock clock;
    /** The petitioner's commands name no unit; the bodies above are the territory's. */
    private final MatterCommand.Units units;

    PetitionerAccess(Matters matters, Casework casework, Attachments attachments, Territory territory, Clock clock) {
        this.matters = matters;
        this.casework = casework;
        this.attachments = attachments;
        this.clock = clock;
        this.units = MatterCommand.Units.anywhere(territory);
    }

    @Transactional(readOnly = true)
    public Optional<Matter> byQueryCode(String code) {
        return QueryCode.normalize(code).flatMap(matters::findByQueryCode);
    }

    @Transactional(readOnly = true)
    public Matter get(Long id) {
        return matters.findById(id).orElseThrow(() -> Refusal.notFound("matter.not-found", String.valueOf(id)));
    }

    /** The petitioner's rating of the opinion (满意度评价). */
    @Transactional
    public Matter evaluate(Long id, int version, Satisfaction rating, String comment) {
        return act(id, new MatterCommand.Evaluation(version, rating, comment));
    }

    /**
     * Review (复查) by the body above the one that gave the opinion, for a petitioner who does not accept it
     * (2022 art. 35): the request says why; a rating is not asked for first.
     */
    @Transactional
    public Matter requestReview(Long id, int version, String reason) {
        return act(id, new MatterCommand.ReviewRequest(version, reason));
    }

    /** Whether the petitioner can take {@code action} on the portal today (its state and statutory window). */
    public boolean may(Matter m, MatterAction action) {
        return MatterAction.BY_PETITIONER.contains(action) && m.allows(action, LocalDate.now(clock));
    }

    /** Re-review (复核) by the body above the reviewing body. */
    @Transactional
    public Matter requestReReview(Long id, int version, String reason) {
        return act(id, new MatterCommand.ReReviewRequest(version, reason));
    }

    /** Supplementary material, with an optional note, while the matter is being dealt with. */
    @Transactional
    public Matter supplement(Long id, int version, String note, List<Attachments.Upload> uploads) {
        uploads.forEach(Attachments::check);
        if (uploads.isEmpty() && (note == null || note.isBlank())) {
            throw Refusal.invalid("note", "portal.supplement.empty");
        }
        long adding = uploads.stream().mapToLong(u -> u.content().length).sum();
        if (attachments.fromPetitioner(id).stream().mapToLong(Attachments.AttachmentInfo::sizeBytes).sum() + adding
                > Attachments.MAX_PETITIONER_BYTES_PER_MATTER) {
            throw Refusal.invalid("attachments", "attachment.matter-total", Attachments.MAX_PETITIONER_BYTES_PER_MATTER / (1024 * 1024));
        }
        Matter m = act(id, version, MatterAction.ADD_SUPPLEMENT, (matter, a, c) -> matter.receiveSupplement(note, a, c));
        attachments.store(id, uploads, Actor.PETITIONER.username(), true);
        return m;
    }

    @Transactional(readOnly = true)
    public List<Attachments.AttachmentInfo> attachments(Long id) {
        return attachments.fromPetitioner(id);
    }

    @Transactional(readOnly = true)
    public Optional<Attachments.Upload> attachment(Long id, Long attachmentId) {
        return attachments.fromPetitioner(id).stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .flatMap(a -> attachments.content(id, attachmentId));
    }

    private Matter act(Long id, MatterCommand command) {
        return act(id, command.version(), command.action(), command.resolve(units));
    }

    private Matter act(Long id, int expectedVersion, MatterAction action, MatterCommand.Transition transition) {
        if (!MatterAction.BY_PETITIONER.contains(action)) {
            throw Refusal.forbidden("matter.action.forbidden", action);
        }
        Matter matter = get(id);
        if (matter.version() != expectedVersion) {
            throw Refusal.conflict("problem.stale-version.detail", expectedVersion, matter.version());
        }
        // the state before anything else is looked up for the change; the transition checks the windows
        matter.requireState(action);
        transition.applyTo(matter, Actor.PETITIONER, clock);
        return casework.save(matter);
    }
}
