package org.xinfang.casework;

import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.Matters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.casework.documents.StatutoryDocuments;
import org.xinfang.intake.Categories;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The petitioner's own door to their matter (the portal). Whoever calls has proved to be the petitioner (query
 * code and phone); here they may do only what {@link MatterAction#BY_PETITIONER} lists, and the matter applies
 * the same statute as when staff record it. They see the matter as a {@link PetitionerMatterView}, never the entity.
 */
@Service
public class PetitionerAccess {

    private final Matters matters;
    private final Casework casework;
    private final Attachments attachments;
    private final StatutoryDocuments documents;
    private final Territory territory;
    private final Categories categories;
    private final Clock clock;
    /** The petitioner's commands name no unit; the bodies above are the territory's. */
    private final MatterCommand.Units units;

    PetitionerAccess(Matters matters, Casework casework, Attachments attachments, StatutoryDocuments documents,
                     Territory territory, Categories categories, Clock clock) {
        this.matters = matters;
        this.casework = casework;
        this.attachments = attachments;
        this.documents = documents;
        this.territory = territory;
        this.categories = categories;
        this.clock = clock;
        this.units = MatterCommand.Units.anywhere(territory);
    }

    /** The id of the matter with this query code, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> byQueryCode(String code) {
        return QueryCode.normalize(code).flatMap(matters::findByQueryCode).map(Matter::id);
    }

    /** The phone the petitioner gave on the matter, if any: with the query code it finds the matter. */
    @Transactional(readOnly = true)
    public Optional<String> givenPhone(Long id) {
        Matter m = get(id);
        return m.contactOf(m.petitionerId()).map(ContactDetails::phone);
    }

    @Transactional(readOnly = true)
    public PetitionerMatterView view(Long id) {
        Matter m = get(id);
        LocalDate today = LocalDate.now(clock);
        return new PetitionerMatterView(m.id(), m.version(), m.referenceNo(), m.queryCode(), m.title(), m.state(),
                m.receivedOn(), m.registeredAt(), categories.byId(m.categoryId()).orElse(null),
                territory.require(m.placeUnitId()), territory.require(m.receivingUnitId()),
                territory.require(m.responsibleUnitId()), m.dueStep(), m.dueOn(), m.handlingDueOn(),
                m.decidedOn(), m.acceptanceOutcome(), m.acceptanceNotice(), m.acceptanceReason(), m.properChannel(),
                m.extensionDays(), m.extensionReason(), m.repliedOn(), m.opinionOutcome(), m.opinionText(),
                m.satisfaction(), m.evaluatedOn(), m.evaluationComment(),
                m.reviewRequestDeadline(), m.reviewRequestedOn(), m.reviewDueOn(), m.reviewedOn(), m.reviewOutcome(),
                m.reviewOpinion(), m.reReviewRequestDeadline(), m.reReviewRequestedOn(), m.reReviewDueOn(),
                m.reReviewedOn(), m.reReviewOutcome(), m.reReviewOpinion(),
                MatterAction.BY_PETITIONER.stream().filter(a -> m.allows(a, today)).collect(Collectors.toSet()),
                StatutoryDocuments.availableFor(m).stream().filter(StatutoryDocument::isForPetitioner).toList(), m.handlingType(), m.appealRoute(), m.adoptionOutcome(),
                m.guidedBody(), m.guidedNotice(), m.guidedOn(), deliveries(m),
                m.officeSatisfaction(), m.officeEvaluationComment(), m.ratingDeadline(), m.isRatingLapsed(today),
                m.closedOn(), m.closureVerifiedOn());
    }

    private static Map<StatutoryDocument, PetitionerMatterView.Delivered> deliveries(Matter m) {
        Map<StatutoryDocument, PetitionerMatterView.Delivered> shown = new java.util.EnumMap<>(StatutoryDocument.class);
        m.deliveries().forEach((document, d) -> shown.put(document,
                new PetitionerMatterView.Delivered(d.method(), d.deliveredOn(), d.outcome(), d.trackingNo())));
        return shown;
    }

    /** A statutory letter of the matter as PDF (409 when the matter has not reached it). */
    @Transactional(readOnly = true)
    public byte[] document(Long id, StatutoryDocument kind) {
        if (!kind.isForPetitioner()) {
            // a letter to the body in charge or the record kept on file is not the petitioner's to print
            throw Refusal.notFound("document.unknown", kind.slug());
        }
        return documents.pdf(get(id), kind);
    }

    private Matter get(Long id) {
        return matters.findById(id).orElseThrow(() -> Refusal.notFound("matter.not-found", String.valueOf(id)));
    }

    /** The petitioner's rating of the opinion (满意度评价). */
    @Transactional
    public void evaluate(Long id, int version, Satisfaction rating, String comment) {
        act(id, new MatterCommand.Evaluation(version, rating, comment));
    }

    /**
     * The petitioner's two ratings online (2022 art. 21 ¶2): of the handling body and of the petition office's work,
     * within the rating window.
     */
    @Transactional
    public void evaluate(Long id, int version, Satisfaction rating, String comment, Satisfaction officeRating,
                         String officeComment) {
        act(id, new MatterCommand.Evaluation(version, rating, comment, officeRating, officeComment));
    }

    /**
     * Review (复查) by the body above the one that gave the opinion, for a petitioner who does not accept it
     * (2022 art. 35): the request says why; a rating is not asked for first.
     */
    @Transactional
    public void requestReview(Long id, int version, String reason) {
        act(id, new MatterCommand.ReviewRequest(version, reason));
    }

    /** Re-review (复核) by the body above the reviewing body. */
    @Transactional
    public void requestReReview(Long id, int version, String reason) {
        act(id, new MatterCommand.ReReviewRequest(version, reason));
    }

    /** Supplementary material, with an optional note, while the matter is being dealt with. */
    @Transactional
    public void supplement(Long id, int version, String note, List<Attachments.Upload> uploads) {
        uploads.forEach(Attachments::check);
        if (uploads.isEmpty() && (note == null || note.isBlank())) {
            throw Refusal.invalid("note", "portal.supplement.empty");
        }
        long adding = uploads.stream().mapToLong(u -> u.content().length).sum();
        if (attachments.fromPetitioner(id).stream().mapToLong(Attachments.AttachmentInfo::sizeBytes).sum() + adding
                > Attachments.MAX_PETITIONER_BYTES_PER_MATTER) {
            throw Refusal.invalid("attachments", "attachment.matter-total", Attachments.MAX_PETITIONER_BYTES_PER_MATTER / (1024 * 1024));
        }
        act(id, version, MatterAction.ADD_SUPPLEMENT, (matter, a, c) -> matter.receiveSupplement(note, a, c));
        attachments.store(id, uploads, Actor.PETITIONER.username(), true);
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

    private void act(Long id, MatterCommand command) {
        act(id, command.version(), command.action(), command.resolve(units));
    }

    private void act(Long id, int expectedVersion, MatterAction action, MatterCommand.Transition transition) {
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
        casework.save(matter);
    }
}
