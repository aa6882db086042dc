package org.xinfang.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.support.ApiClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's review committees (issue 13, item 3): every review and re-review of its history has its committee
 * case with the outcome the matter carries, the re-reviews that recorded a hearing have it with the same days, some of
 * their opinions are published, and the final matters have their support recorded; the pages open on them.
 */
@DemoDataTest
class DemoReviewDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;

    @Test
    void everyReviewOfTheHistoryHasItsCommitteeWithTheMattersOutcomeHearingsAndPublicationsAndFinalMattersTheirSupport() {
        long reviewed = count("select count(*) from matter where state in ('REVIEWED', 'UNDER_RE_REVIEW', 'FINAL')");
        assertThat(reviewed).isPositive();
        long decidedReviews = count("""
                select count(*) from review_case c join matter m on m.id = c.matter_id
                 where c.stage = 'REVIEW' and c.opinion_outcome = m.review_outcome and c.opinion_on = m.reviewed_on""");
        assertThat(decidedReviews / (double) reviewed).as("a committee behind each review opinion").isGreaterThan(0.95);
        long finals = count("select count(*) from matter where state = 'FINAL'");
        assertThat(count("""
                select count(*) from review_case c join matter m on m.id = c.matter_id
                 where c.stage = 'RE_REVIEW' and m.state = 'FINAL' and c.opinion_outcome = m.rereview_outcome""") / (double) finals)
                .isGreaterThan(0.95);
        assertThat(count("select count(*) from review_case c where c.opinion_on is null")).as("some still before the committee")
                .isPositive();
        assertThat(count("select min(n) from (select count(*) n from review_member group by review_case_id) f"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("""
                select count(*) from review_case c where c.opinion_on is not null
                 and (select count(*) from review_view v where v.review_case_id = c.id) * 2
                     <= (select count(*) from review_member b where b.review_case_id = c.id)""")).as("a majority's views").isZero();
        long hearings = count("select count(*) from review_hearing");
        assertThat(hearings).isPositive();
        assertThat(count("""
                select count(*) from review_hearing h join review_case c on c.id = h.review_case_id
                  join matter m on m.id = c.matter_id where c.stage <> 'RE_REVIEW' or h.days <> m.hearing_days""")).isZero();
        long published = count("select count(*) from review_publication");
        assertThat(published).isPositive().isLessThan(hearings);
        assertThat(count("select count(*) from review_support")).isPositive();
        assertThat(count("""
                select count(*) from review_support s join matter m on m.id = s.matter_id
                 where m.state <> 'FINAL' or s.done_on < m.final_on or s.done_on > current_date""")).isZero();

        Long caseId = jdbc.queryForObject("select max(c.id) from review_case c join review_hearing h on h.review_case_id = c.id"
                + " where c.reviewing_unit_id = (select id from unit where code = '431200')", Long.class);
        if (caseId != null) {
            ApiClient.Answer one = api.get("city.leader", "/api/v1/review-cases/" + caseId);
            assertThat(one.status()).as(one.body()).isEqualTo(200);
            assertThat((List<String>) one.read("$.hearing.participants[*].role")).contains("PETITIONER");
        }
        assertThat(api.get("city.leader", "/api/v1/review-cases").status()).isEqualTo(200);
        assertThat((Integer) api.get("city.leader", "/api/v1/final-matters").read("$.total")).isPositive();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
