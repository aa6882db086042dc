package org.xinfang.casework;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xinfang.casework.documents.StatutoryDocument;
import org.xinfang.casework.internal.Matter;
import org.xinfang.casework.internal.MatterEvent;
import org.xinfang.platform.Refusal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xinfang.casework.MatterLifecycleTest.*;

/**
 * The delivery (送达) of the written documents, and the review and re-review windows that run from it: 2022 art. 35
 * and art. 36 ¶1, "自收到书面答复之日起30日内".
 */
class DeliveryTest {

    /** In handling since 10 March, the opinion given on 1 May and not yet delivered. */
    private static Matter opinionOfFirstMay() {
        Matter m = inHandling("2026-03-10");
        m.reply(OpinionOutcome.NOT_SUPPORTED, "not supported", HANDLER, on("2026-05-01"));
        return m;
    }

    private static void byPost(Matter m, StatutoryDocument document, String deliveredOn, String recordedOn) {
        m.recordDelivery(document, DeliveryMethod.POST, day(deliveredOn), DeliveryOutcome.SIGNED, null, "中国邮政EMS",
                "EA123456789CN", REGISTRAR, on(recordedOn));
    }

    @Nested
    class ReviewWindow {

        @Test
        @DisplayName("art. 35: the review window runs from the receipt of the written opinion, not from its date")
        void the_review_window_runs_from_the_receipt_of_the_opinion() {
            Matter m = opinionOfFirstMay();
            byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-05-06", "2026-05-08");

            assertThat(m.reviewRequestDeadline()).isEqualTo(day("2026-06-05"));
            assertThat(m.allows(MatterAction.REQUEST_REVIEW, day("2026-06-05"))).as("30 days after delivery").isTrue();
            assertThat(m.allows(MatterAction.REQUEST_REVIEW, day("2026-06-06"))).isFalse();
            // 35 days after the opinion was written, 30 after it reached the petitioner
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-06-05"));
            assertThat(m.state()).isEqualTo(MatterState.UNDER_REVIEW);
        }

        @Test
        @DisplayName("art. 35: a review request before the opinion is delivered is refused, naming the opinion's date")
        void review_before_delivery_is_refused() {
            Matter m = opinionOfFirstMay();
            assertThat(m.reviewRequestDeadline()).as("no window before delivery").isNull();
            assertThat(m.allows(MatterAction.REQUEST_REVIEW, day("2026-05-03"))).isFalse();

            Refusal r = refusal(() -> m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-03")));

            assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(r.messageKey()).isEqualTo("matter.review.not-delivered");
            assertThat(r.args()).containsExactly(day("2026-05-01"));
            assertThat(m.state()).isEqualTo(MatterState.REPLIED);
        }

        @Test
        @DisplayName("art. 35: a review request after the window is refused with the last day and the day of delivery")
        void review_after_the_window_is_refused_with_the_dates() {
            Matter m = opinionOfFirstMay();
            byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-05-06", "2026-05-08");

            Refusal r = refusal(() -> m.requestReview(COUNTY, "too late", REGISTRAR, on("2026-06-06")));

            assertThat(r.messageKey()).isEqualTo("matter.review.window-closed");
            assertThat(r.args()).containsExactly(day("2026-06-05"), day("2026-05-06"));
            assertThat(m.state()).isEqualTo(MatterState.REPLIED);
        }

        @Test
        @DisplayName("art. 36 ¶1: the re-review window runs from the receipt of the review opinion")
        void the_re_review_window_runs_from_the_receipt_of_the_review_opinion() {
            Matter m = opinionOfFirstMay();
            delivered(m, StatutoryDocument.HANDLING_OPINION, "2026-05-02");
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-10"));
            m.issueReviewOpinion(ReviewOutcome.UPHELD, "upheld", REVIEWER, on("2026-06-01"));

            Refusal early = refusal(() -> m.requestReReview(CITY, "disagree", REGISTRAR, on("2026-06-02")));
            assertThat(early.messageKey()).isEqualTo("matter.re-review.not-delivered");
            assertThat(early.args()).containsExactly(day("2026-06-01"));

            byPost(m, StatutoryDocument.REVIEW_OPINION, "2026-06-10", "2026-06-11");
            assertThat(m.reReviewRequestDeadline()).isEqualTo(day("2026-07-10"));
            Refusal late = refusal(() -> m.requestReReview(CITY, "too late", REGISTRAR, on("2026-07-11")));
            assertThat(late.messageKey()).isEqualTo("matter.re-review.window-closed");
            assertThat(late.args()).containsExactly(day("2026-07-10"), day("2026-06-10"));

            m.requestReReview(CITY, "40 days after the review opinion, 30 after its delivery", REGISTRAR, on("2026-07-10"));
            assertThat(m.state()).isEqualTo(MatterState.UNDER_RE_REVIEW);
        }

        @Test
        @DisplayName("留置送达 (practice): a refusal recorded with what happened counts as delivered on that day")
        void a_refused_delivery_with_a_note_counts_as_received() {
            Matter m = opinionOfFirstMay();
            Refusal bare = refusal(() -> m.recordDelivery(StatutoryDocument.HANDLING_OPINION, DeliveryMethod.IN_PERSON,
                    day("2026-05-03"), DeliveryOutcome.REFUSED, " ", null, null, REGISTRAR, on("2026-05-03")));
            assertThat(bare.field()).isEqualTo("note");
            assertThat(bare.messageKey()).isEqualTo("delivery.refusal.note-required");

            m.recordDelivery(StatutoryDocument.HANDLING_OPINION, DeliveryMethod.IN_PERSON, day("2026-05-03"),
                    DeliveryOutcome.REFUSED, "信访人拒绝签收，村委会主任见证，文书留置于其住所", "张三", null, REGISTRAR, on("2026-05-03"));

            assertThat(m.receiptOf(StatutoryDocument.HANDLING_OPINION)).isEqualTo(day("2026-05-03"));
            assertThat(m.reviewRequestDeadline()).isEqualTo(day("2026-06-02"));
            assertThat(m.deliveryOf(StatutoryDocument.HANDLING_OPINION)).hasValueSatisfying(d -> {
                assertThat(d.isRefused()).isTrue();
                assertThat(d.deliveredBy()).isEqualTo("张三");
                assertThat(d.recordedBy()).isEqualTo(REGISTRAR.username());
            });
        }
    }

    @Nested
    class StatuteRules {

        @Test
        @DisplayName("art. 35, art. 36 ¶1: the window is open from the day of receipt to the 30th day after, never before receipt")
        void the_window_is_open_from_receipt_to_the_30th_day_after() {
            java.time.LocalDate received = day("2026-05-06");
            assertThat(org.xinfang.statute.Statute.isReviewWindowOpen(null, day("2026-05-07"))).isFalse();
            assertThat(org.xinfang.statute.Statute.isReviewWindowOpen(received, day("2026-05-05"))).isFalse();
            assertThat(org.xinfang.statute.Statute.isReviewWindowOpen(received, received)).isTrue();
            assertThat(org.xinfang.statute.Statute.isReviewWindowOpen(received, day("2026-06-05"))).isTrue();
            assertThat(org.xinfang.statute.Statute.isReviewWindowOpen(received, day("2026-06-06"))).isFalse();
            assertThat(org.xinfang.statute.Statute.isReReviewWindowOpen(received, day("2026-06-05"))).isTrue();
            assertThat(org.xinfang.statute.Statute.isReReviewWindowOpen(received, day("2026-06-06"))).isFalse();
        }

        @Test
        @DisplayName("留置送达 (practice): a refusal counts as receipt only with its circumstances recorded")
        void a_refusal_counts_as_receipt_only_when_recorded() {
            assertThat(org.xinfang.statute.Statute.countsAsReceipt(false, false)).isTrue();
            assertThat(org.xinfang.statute.Statute.countsAsReceipt(true, true)).isTrue();
            assertThat(org.xinfang.statute.Statute.countsAsReceipt(true, false)).isFalse();
        }
    }

    @Nested
    class Recording {

        @Test
        void by_post_the_tracking_number_is_required_and_only_by_post() {
            Matter m = opinionOfFirstMay();
            Refusal none = refusal(() -> m.recordDelivery(StatutoryDocument.HANDLING_OPINION, DeliveryMethod.POST,
                    day("2026-05-05"), DeliveryOutcome.SIGNED, null, null, "  ", REGISTRAR, on("2026-05-06")));
            assertThat(none.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(none.field()).isEqualTo("trackingNumber");
            assertThat(none.messageKey()).isEqualTo("delivery.tracking-number.required");

            Refusal inPerson = refusal(() -> m.recordDelivery(StatutoryDocument.HANDLING_OPINION, DeliveryMethod.IN_PERSON,
                    day("2026-05-05"), DeliveryOutcome.SIGNED, null, null, "EA123456789CN", REGISTRAR, on("2026-05-06")));
            assertThat(inPerson.field()).isEqualTo("trackingNumber");
            assertThat(m.deliveries()).isEmpty();
        }

        @Test
        void the_day_lies_between_the_documents_date_and_today() {
            Matter m = opinionOfFirstMay();
            Refusal before = refusal(() -> byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-04-30", "2026-05-06"));
            assertThat(before.field()).isEqualTo("deliveredOn");
            assertThat(before.messageKey()).isEqualTo("delivery.date.before-document");
            assertThat(before.args()).containsExactly(day("2026-04-30"), StatutoryDocument.HANDLING_OPINION, day("2026-05-01"));

            Refusal future = refusal(() -> byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-05-07", "2026-05-06"));
            assertThat(future.field()).isEqualTo("deliveredOn");
            assertThat(future.messageKey()).isEqualTo("delivery.date.in-future");
            assertThat(future.args()).containsExactly(day("2026-05-07"), day("2026-05-06"));

            byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-05-01", "2026-05-06");
            assertThat(m.receiptOf(StatutoryDocument.HANDLING_OPINION)).as("the document's own day is allowed")
                    .isEqualTo(day("2026-05-01"));
        }

        @Test
        void without_a_day_the_delivery_is_today() {
            Matter m = opinionOfFirstMay();
            m.recordDelivery(StatutoryDocument.HANDLING_OPINION, DeliveryMethod.SMS_LINK, null, DeliveryOutcome.SIGNED, null,
                    null, null, REGISTRAR, on("2026-05-04"));
            assertThat(m.receiptOf(StatutoryDocument.HANDLING_OPINION)).isEqualTo(day("2026-05-04"));
            assertThat(m.deliveryOf(StatutoryDocument.HANDLING_OPINION).orElseThrow().deliveredBy())
                    .as("who recorded it, when no one else is named").isEqualTo(REGISTRAR.username());
        }

        @Test
        void a_document_not_issued_or_already_delivered_is_refused() {
            Matter m = opinionOfFirstMay();
            Refusal notIssued = refusal(() -> byPost(m, StatutoryDocument.REVIEW_OPINION, "2026-05-05", "2026-05-06"));
            assertThat(notIssued.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(notIssued.messageKey()).isEqualTo("delivery.document.not-issued");
            assertThat(refusal(() -> byPost(m, StatutoryDocument.NON_ACCEPTANCE_NOTICE, "2026-05-05", "2026-05-06"))
                    .messageKey()).isEqualTo("delivery.document.not-issued");

            byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-05-05", "2026-05-06");
            Refusal twice = refusal(() -> delivered(m, StatutoryDocument.HANDLING_OPINION, "2026-05-07"));
            assertThat(twice.messageKey()).isEqualTo("delivery.already-recorded");
            assertThat(twice.args()).containsExactly(StatutoryDocument.HANDLING_OPINION, day("2026-05-05"));

            Refusal legacy = refusal(() -> m.recordDelivery(StatutoryDocument.ACCEPTANCE_NOTICE, DeliveryMethod.NOT_RECORDED,
                    day("2026-05-05"), DeliveryOutcome.SIGNED, null, null, null, REGISTRAR, on("2026-05-06")));
            assertThat(legacy.field()).isEqualTo("method");
        }

        @Test
        void the_undelivered_documents_are_listed_until_each_is_delivered_and_each_delivery_is_on_the_timeline() {
            Matter m = opinionOfFirstMay();
            assertThat(m.undeliveredDocuments()).containsExactly(StatutoryDocument.ACCEPTANCE_NOTICE,
                    StatutoryDocument.HANDLING_OPINION);
            assertThat(m.allows(MatterAction.RECORD_DELIVERY, day("2026-05-02"))).isTrue();
            m.drainEvents();

            delivered(m, StatutoryDocument.ACCEPTANCE_NOTICE, "2026-05-02");
            byPost(m, StatutoryDocument.HANDLING_OPINION, "2026-05-05", "2026-05-06");

            assertThat(m.undeliveredDocuments()).isEmpty();
            assertThat(m.allows(MatterAction.RECORD_DELIVERY, day("2026-05-06"))).isFalse();
            List<MatterEvent> events = m.drainEvents();
            assertThat(events).extracting(MatterEvent::type).containsOnly(MatterEventType.DELIVERED);
            assertThat(events).extracting(MatterEvent::fromState).containsOnly(MatterState.REPLIED);
            assertThat(events.get(1).reason()).isEqualTo("信访事项处理意见书");
            assertThat(change(events.get(1), "deliveries")).extractingByKey("after").asString()
                    .contains("HANDLING_OPINION", "POST", "2026-05-05");
        }

        @Test
        void a_final_matters_re_review_opinion_and_a_declined_matters_notice_are_still_delivered() {
            Matter m = opinionOfFirstMay();
            delivered(m, StatutoryDocument.HANDLING_OPINION, "2026-05-02");
            m.requestReview(COUNTY, "disagree", REGISTRAR, on("2026-05-10"));
            m.issueReviewOpinion(ReviewOutcome.UPHELD, "upheld", REVIEWER, on("2026-06-01"));
            delivered(m, StatutoryDocument.REVIEW_OPINION, "2026-06-01");
            m.requestReReview(CITY, "disagree", REGISTRAR, on("2026-06-05"));
            m.issueReReviewOpinion(ReviewOutcome.UPHELD, "final", RE_REVIEWER, on("2026-06-20"));
            assertThat(m.undeliveredDocuments()).contains(StatutoryDocument.RE_REVIEW_OPINION);

            byPost(m, StatutoryDocument.RE_REVIEW_OPINION, "2026-06-23", "2026-06-24");
            assertThat(m.state()).isEqualTo(MatterState.FINAL);

            Matter declined = registeredOn("2026-03-01");
            declined.decideAcceptance(AcceptanceDecision.notAccept("not ours", "for the courts",
                    org.xinfang.statute.ProperChannel.LITIGATION), HANDLER, on("2026-03-05"));
            assertThat(declined.undeliveredDocuments()).containsExactly(StatutoryDocument.NON_ACCEPTANCE_NOTICE);
            delivered(declined, StatutoryDocument.NON_ACCEPTANCE_NOTICE, "2026-03-06");
            assertThat(declined.undeliveredDocuments()).isEmpty();
        }
    }
}
