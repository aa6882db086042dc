package org.xinfang.casework.internal;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterEventType;
import org.xinfang.casework.UrgentReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bulk import's rows: matters never saved, with their co-handlers, representatives, contacts and timelines,
 * written by PostgreSQL COPY in the caller's transaction. The timeline's rows are {@link Timeline#rows}, as for
 * matters saved one at a time.
 */
@Component
public class MatterCopy {

    private static final int COPY_BUFFER = 1 << 16;

    private static final String MATTER_COLUMNS = """
            id, version, event_seq, reference_no, channel, kind, origin_level, petitioner_id, persons, category_id,
            place_unit_id, place_path, title, content, received_on, registered_at, registered_by, receiving_unit_id,
            receiving_path, suggested_unit_id, repeat_of_id, leap_level, on_final_matter, state, responsible_unit_id,
            responsible_path, lead_unit_id, accepting_unit_id, routing_kind, routed_on, routing_due_on,
            acceptance_due_on, acceptance_outcome, acceptance_reason, proper_channel, acceptance_notice, decided_on,
            handling_due_on, extension_days, extension_reason, extension_approved_by, opinion_text, opinion_outcome,
            replied_on, satisfaction, evaluation_comment, evaluated_on, closed_on, review_unit_id, review_requested_on,
            review_due_on, review_reason, review_opinion, review_outcome, reviewed_on, rereview_unit_id,
            rereview_requested_on, rereview_due_on, rereview_reason, rereview_opinion, rereview_outcome,
            rereviewed_on, hearing_days, final_on, package_leader, package_level, packaged_on, supervision_count,
            supervised_on, supervision_answer_due_on, due_step, due_on, query_code, disclosure_consent,
            responsible_level, handling_type, appeal_route, adoption_outcome, reward_marked, reward_reason,
            accused_rank, accused_post, accused_unit_id, accused_unit_path, guided_body, guided_notice, guided_on,
            organisation_notified_on, routed_from_unit_id, routed_from_path, objected_on, objection_unit_id, objection_reason,
            objected_by, objection_outcome, objection_decision_reason, objection_decided_on, objection_decided_by,
            dispute_raised_on, dispute_raised_by, dispute_raised_by_unit_id, dispute_reason, dispute_party_ids,
            dispute_forum, dispute_decider_unit_id, dispute_decider_path, dispute_accepting_unit_id,
            dispute_decision_reason, dispute_decided_on, dispute_decided_by, office_satisfaction, office_evaluation_comment, rating_due_on, closure_verified_on,
            closure_verified_by, first_to_body, first_anywhere, anonymous, joint_letter, litigation_related, hmt_foreign,
            threat, major_urgent, sign_for_unit_id, sign_for_received_at, signed_for_at, signed_for_by,
            extension_requested_days, extension_request_reason, extension_requested_by, extension_requested_at,
            extension_request_outcome, extension_decision_reason, extension_decided_by, extension_decided_at,
            duplicate_of_id, merged_at""";

    /**
     * The columns each COPY writes, by table, in the order its rows give them. MatterBulkImportColumnsTest holds
     * them to the entities' mapping, so a field added to {@link Matter} or {@link MatterEvent} cannot be left out here.
     */
    public static final Map<String, String> COPIED_COLUMNS = withOwnSteps(Map.of(
            "matter", MATTER_COLUMNS,
            "matter_co_handler", "matter_id, unit_id",
            "matter_representative", "matter_id, petitioner_id",
            "matter_contact", "matter_id, petitioner_id, phone, address",
            "matter_event", Timeline.COLUMNS,
            "matter_delivery", "matter_id, document, method, delivered_on, outcome, note, delivered_by, tracking_no,"
                    + " recorded_by, recorded_at",
            "matter_urgent_report", "matter_id, recipient_unit_id, recipient_kind, reported_by, reported_at, acknowledged_by,"
                    + " acknowledged_at",
            "matter_recusal", "matter_id, username, reason, declared_at"));

    /** The tables of the handler's own steps (issue 11 B): evidence, the opinion's sign-off, the co-handlers' tasks. */
    private static Map<String, String> withOwnSteps(Map<String, String> columns) {
        Map<String, String> all = new java.util.HashMap<>(columns);
        all.put("matter_evidence", "matter_id, attachment_id, kind, description, filename, content_type, size_bytes, unit_id,"
                + " attached_by, attached_at");
        all.put("matter_opinion_draft", "matter_id, round, outcome, text, drafted_by, drafted_at, decision, decided_by,"
                + " decided_at, comments");
        all.put("matter_co_handling_task", "matter_id, unit_id, assigned_at, report, reported_by, reported_at");
        return Map.copyOf(all);
    }

    private final JdbcTemplate jdbc;
    private final Timeline timeline;

    MatterCopy(JdbcTemplate jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /** Copies the matters, {@code ids.get(i)} being the id of {@code matters.get(i)}, taking their pending entries. */
    public void write(List<Matter> matters, List<Long> ids) {
        // the vacuum that follows an import can mark the new rows all-visible (index-only scans) only once their
        // commit is flushed; with an asynchronous commit (as the test suite's embedded server has) it marks none
        jdbc.execute("set local synchronous_commit = on");
        List<List<MatterEvent>> timelines = new ArrayList<>(matters.size());
        matters.forEach(m -> timelines.add(m.drainEvents()));
        copy("matter", out -> {
            for (int i = 0; i < matters.size(); i++) {
                writeMatter(out, ids.get(i), matters.get(i), timelines.get(i));
            }
        });
        copy("matter_co_handler", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (Long unit : matters.get(i).coHandlerUnitIds()) {
                    out.field(ids.get(i)).field(unit).end();
                }
            }
        });
        copy("matter_representative", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (Long person : matters.get(i).representativeIds()) {
                    out.field(ids.get(i)).field(person).end();
                }
            }
        });
        copy("matter_contact", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (var contact : matters.get(i).contacts().entrySet()) {
                    out.field(ids.get(i)).field(contact.getKey()).field(contact.getValue().phone())
                            .field(contact.getValue().address()).end();
                }
            }
        });
        copy("matter_delivery", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (var delivery : matters.get(i).deliveries().entrySet()) {
                    Delivery d = delivery.getValue();
                    out.field(ids.get(i)).field(delivery.getKey()).field(d.method()).field(d.deliveredOn())
                            .field(d.outcome()).field(d.note()).field(d.deliveredBy()).field(d.trackingNo())
                            .field(d.recordedBy()).field(d.recordedAt()).end();
                }
            }
        });
        copy("matter_urgent_report", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (var report : matters.get(i).urgentReports().entrySet()) {
                    UrgentReport r = report.getValue();
                    out.field(ids.get(i)).field(report.getKey()).field(r.recipientKind()).field(r.reportedBy())
                            .field(r.reportedAt()).field(r.acknowledgedBy()).field(r.acknowledgedAt()).end();
                }
            }
        });
        copy("matter_recusal", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (var recusal : matters.get(i).recusals().entrySet()) {
                    out.field(ids.get(i)).field(recusal.getKey()).field(recusal.getValue().reason())
                            .field(recusal.getValue().declaredAt()).end();
                }
            }
        });
        copyOwnSteps(matters, ids);
        copy("matter_event", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (Object[] row : timeline.rows(ids.get(i), timelines.get(i))) {
                    out.fields(row).end();
                }
            }
        });
    }

    /** The rows of the handler's own steps (issue 11 B); an imported matter has no evidence files, so none. */
    private void copyOwnSteps(List<Matter> matters, List<Long> ids) {
        copy("matter_evidence", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (var e : matters.get(i).evidence().entrySet()) {
                    var v = e.getValue();
                    out.field(ids.get(i)).field(e.getKey()).field(v.kind()).field(v.description()).field(v.filename())
                            .field(v.contentType()).field(v.sizeBytes()).field(v.unitId()).field(v.attachedBy())
                            .field(v.attachedAt()).end();
                }
            }
        });
        copy("matter_opinion_draft", out -> {
            for (int i = 0; i < matters.size(); i++) {
                int round = 0;
                for (var d : matters.get(i).opinionDrafts()) {
                    out.field(ids.get(i)).field(++round).field(d.outcome()).field(d.text()).field(d.draftedBy())
                            .field(d.draftedAt()).field(d.decision()).field(d.decidedBy()).field(d.decidedAt())
                            .field(d.comments()).end();
                }
            }
        });
        copy("matter_co_handling_task", out -> {
            for (int i = 0; i < matters.size(); i++) {
                for (var t : matters.get(i).coHandlingTasks().entrySet()) {
                    var v = t.getValue();
                    out.field(ids.get(i)).field(t.getKey()).field(v.assignedAt()).field(v.report()).field(v.reportedBy())
                            .field(v.reportedAt()).end();
                }
            }
        });
    }

    private static void writeMatter(Row out, Long id, Matter m, List<MatterEvent> timeline) throws IOException {
        out.field(id).field(0).field(m.eventSeq()).field(m.referenceNo()).field(m.channel()).field(m.kind())
                .field(m.originLevel()).field(m.petitionerId()).field(m.persons()).field(m.categoryId())
                .field(m.placeUnitId()).field(m.placePath()).field(m.title()).field(m.content()).field(m.receivedOn())
                .field(m.registeredAt()).field(m.registeredBy()).field(m.receivingUnitId()).field(m.receivingPath())
                .field(m.suggestedUnitId()).field(m.repeatOfId()).field(m.isLeapLevel()).field(m.isOnFinalMatter())
                .field(m.state()).field(m.responsibleUnitId()).field(m.responsiblePath()).field(m.leadUnitId())
                .field(m.acceptingUnitId()).field(m.routingKind()).field(m.routedOn()).field(m.routingDueOn())
                .field(m.acceptanceDueOn()).field(m.acceptanceOutcome()).field(m.acceptanceReason())
                .field(m.properChannel()).field(m.acceptanceNotice()).field(m.decidedOn()).field(m.handlingDueOn())
                .field(m.extensionDays())
                .field(m.extensionReason()).field(m.extensionApprovedBy()).field(m.opinionText())
                .field(m.opinionOutcome()).field(m.repliedOn()).field(m.satisfaction()).field(m.evaluationComment())
                .field(m.evaluatedOn()).field(m.closedOn()).field(m.reviewUnitId()).field(m.reviewRequestedOn())
                .field(m.reviewDueOn()).field(reasonOf(timeline, MatterEventType.REVIEW_REQUESTED))
                .field(m.reviewOpinion()).field(m.reviewOutcome()).field(m.reviewedOn()).field(m.reReviewUnitId())
                .field(m.reReviewRequestedOn()).field(m.reReviewDueOn())
                .field(reasonOf(timeline, MatterEventType.RE_REVIEW_REQUESTED)).field(m.reReviewOpinion())
                .field(m.reReviewOutcome()).field(m.reReviewedOn()).field(m.hearingDays()).field(m.finalOn())
                .field(m.packageLeader()).field(m.packageLevel()).field(m.packagedOn()).field(m.supervisionCount())
                .field(m.supervisedOn()).field(m.supervisionAnswerDueOn()).field(m.dueStep()).field(m.dueOn())
                .field(m.queryCode()).field(m.disclosureConsent()).field(m.responsibleLevel())
                .field(m.handlingType()).field(m.appealRoute()).field(m.adoptionOutcome()).field(m.isRewardMarked())
                .field(m.rewardReason()).field(m.accusedRank()).field(m.accusedPost()).field(m.accusedUnitId())
                .field(m.accusedUnitPath()).field(m.guidedBody()).field(m.guidedNotice()).field(m.guidedOn())
                .field(m.organisationNotifiedOn())
                .field(m.routedFromUnitId()).field(m.routedFromPath()).field(m.objectedOn()).field(m.objectionUnitId())
                .field(m.objectionReason()).field(m.objectedBy()).field(m.objectionOutcome())
                .field(m.objectionDecisionReason()).field(m.objectionDecidedOn()).field(m.objectionDecidedBy())
                .field(m.disputeRaisedOn()).field(m.disputeRaisedBy()).field(m.disputeRaisedByUnitId())
                .field(m.disputeReason()).field(idArray(m.disputePartyIds())).field(m.disputeForum())
                .field(m.disputeDeciderUnitId()).field(m.disputeDeciderPath()).field(m.disputeAcceptingUnitId())
                .field(m.disputeDecisionReason()).field(m.disputeDecidedOn()).field(m.disputeDecidedBy())
                .field(m.officeSatisfaction()).field(m.officeEvaluationComment()).field(m.ratingDueOn())
                .field(m.closureVerifiedOn()).field(m.closureVerifiedBy())
                .field(m.flags().firstToBody()).field(m.flags().firstAnywhere()).field(m.flags().anonymous())
                .field(m.flags().jointLetter()).field(m.flags().litigationRelated()).field(m.flags().hmtForeign())
                .field(m.flags().threat()).field(m.flags().majorUrgent());
        HandlerSteps h = m.handlerSteps();
        out.field(h.signForUnitId()).field(h.receivedAt()).field(h.signedAt()).field(h.signedBy())
                .field(h.requestedDays()).field(h.requestReason()).field(h.requestedBy()).field(h.requestedAt())
                .field(h.requestOutcome()).field(h.decisionReason()).field(h.decidedBy()).field(h.decidedAt())
                .field(m.duplicateOfId()).field(m.mergedAt()).end();
    }

    /** A bigint[] in COPY's text format ({1,2}); null for none. */
    private static String idArray(List<Long> ids) {
        return ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    /** The matter keeps the reasons for review and re-review without a getter; its timeline records the same text. */
    private static String reasonOf(List<MatterEvent> timeline, MatterEventType type) {
        return timeline.stream().filter(e -> e.type() == type).map(MatterEvent::reason).filter(Objects::nonNull)
                .reduce((first, last) -> last).orElse(null);
    }

    private interface Rows {
        void write(Row out) throws IOException;
    }

    private void copy(String table, Rows rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                    "copy " + table + " (" + COPIED_COLUMNS.get(table) + ") from stdin", COPY_BUFFER);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), COPY_BUFFER)) {
                rows.write(new Row(writer));
            } catch (IOException e) {
                if (stream.isActive()) {
                    stream.cancelCopy();
                }
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** One line of COPY's text format: tab-separated fields, \N for null, backslash escapes; written whole. */
    private static final class Row {
        private final Writer out;
        private final StringBuilder line = new StringBuilder(4096);

        Row(Writer out) {
            this.out = out;
        }

        Row field(Object value) {
            if (!line.isEmpty()) {
                line.append('\t');
            }
            if (value == null) {
                line.append("\\N");
            } else if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else if (value instanceof Enum<?> e) {
                line.append(e.name());
            } else {
                escape(value.toString());
            }
            return this;
        }

        Row fields(Object[] values) {
            for (Object value : values) {
                field(value);
            }
            return this;
        }

        void end() throws IOException {
            line.append('\n');
            out.append(line);
            line.setLength(0);
        }

        private void escape(String s) {
            if (!needsEscape(s)) {
                line.append(s);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }

        private static boolean needsEscape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                    return true;
                }
            }
            return false;
        }
    }
}
