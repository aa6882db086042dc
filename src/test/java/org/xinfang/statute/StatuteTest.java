package org.xinfang.statute;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StatuteTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Routing {

        @Test
        void a_matter_received_on_1_march_must_be_passed_on_by_16_march() {
            assertThat(Statute.routingDue(day("2026-03-01"))).isEqualTo(day("2026-03-16"));
        }

        @Test
        void routing_deadline_runs_over_a_month_end() {
            assertThat(Statute.routingDue(day("2026-01-25"))).isEqualTo(day("2026-02-09"));
        }

        @Test
        void routing_deadline_runs_over_a_year_end() {
            assertThat(Statute.routingDue(day("2025-12-20"))).isEqualTo(day("2026-01-04"));
        }
    }

    @Nested
    class Acceptance {

        @Test
        void the_body_in_charge_decides_within_15_days_of_receiving_the_matter() {
            assertThat(Statute.acceptanceDecisionDue(day("2026-03-01"))).isEqualTo(day("2026-03-16"));
        }

        @Test
        void acceptance_deadline_counts_february_of_a_leap_year() {
            assertThat(Statute.acceptanceDecisionDue(day("2028-02-20"))).isEqualTo(day("2028-03-06"));
        }
    }

    @Nested
    class Handling {

        @ParameterizedTest(name = "accepted {0} -> opinion due {1}")
        @CsvSource({
                "2026-03-01, 2026-04-30",
                "2026-01-15, 2026-03-16",   // over the end of January and a 28-day February
                "2028-01-15, 2028-03-15",   // leap February has 29 days
                "2025-11-20, 2026-01-19",   // over the end of the year
                "2026-12-31, 2027-03-01"
        })
        void the_handling_opinion_is_due_60_calendar_days_after_acceptance(LocalDate acceptedOn, LocalDate due) {
            assertThat(Statute.handlingDue(acceptedOn)).isEqualTo(due);
        }

        @ParameterizedTest(name = "{0} days -> permissible: {1}")
        @CsvSource({"-1, false", "0, false", "1, true", "15, true", "29, true", "30, true", "31, false", "60, false"})
        void one_extension_of_1_to_30_days_is_permissible(int days, boolean permissible) {
            assertThat(Statute.isPermissibleExtension(days)).isEqualTo(permissible);
        }
    }

    @Nested
    class Review {

        @Test
        void the_petitioner_may_ask_for_review_up_to_30_days_after_the_opinion() {
            assertThat(Statute.reviewRequestDeadline(day("2026-04-30"))).isEqualTo(day("2026-05-30"));
        }

        @Test
        void the_review_opinion_is_due_30_days_after_the_request() {
            assertThat(Statute.reviewDecisionDue(day("2026-12-15"))).isEqualTo(day("2027-01-14"));
        }

        @Test
        void the_petitioner_may_ask_for_re_review_up_to_30_days_after_the_review_opinion() {
            assertThat(Statute.reReviewRequestDeadline(day("2026-02-10"))).isEqualTo(day("2026-03-12"));
        }

        @Test
        void the_re_review_opinion_is_due_30_days_after_the_request_without_a_hearing() {
            assertThat(Statute.reReviewDecisionDue(day("2026-03-01"), 0)).isEqualTo(day("2026-03-31"));
        }

        @Test
        void hearing_days_are_not_counted_against_the_re_review_limit() {
            assertThat(Statute.reReviewDecisionDue(day("2026-03-01"), 10)).isEqualTo(day("2026-04-10"));
            assertThat(Statute.reReviewDecisionDue(day("2026-12-10"), 7)).isEqualTo(day("2027-01-16"));
        }
    }

    @Nested
    class CollectiveVisits {

        @ParameterizedTest(name = "{0} persons -> collective: {1}")
        @CsvSource({"1, false", "4, false", "5, true", "6, true", "50, true"})
        void a_visit_by_five_or_more_persons_is_collective(int persons, boolean collective) {
            assertThat(Statute.isCollectiveVisit(persons)).isEqualTo(collective);
        }

        @Test
        void a_collective_visit_chooses_at_most_five_representatives() {
            assertThat(Statute.MAX_REPRESENTATIVES).isEqualTo(5);
        }
    }

    @Test
    void the_statutory_limits_are_those_of_the_regulations() {
        assertThat(Statute.ROUTING_DAYS).isEqualTo(15);
        assertThat(Statute.ACCEPTANCE_DECISION_DAYS).isEqualTo(15);
        assertThat(Statute.HANDLING_DAYS).isEqualTo(60);
        assertThat(Statute.MAX_HANDLING_EXTENSION_DAYS).isEqualTo(30);
        assertThat(Statute.REVIEW_REQUEST_DAYS).isEqualTo(30);
        assertThat(Statute.REVIEW_DECISION_DAYS).isEqualTo(30);
        assertThat(Statute.RE_REVIEW_REQUEST_DAYS).isEqualTo(30);
        assertThat(Statute.RE_REVIEW_DECISION_DAYS).isEqualTo(30);
    }
}
