package org.xinfang.review;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casework.ReviewOutcome;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The year's figures of the review and re-review committees (复查复核工作指标) whose reviewing body lies in the viewer's
 * area: cases opened, opinions given by outcome and the share that corrected the opinion under review (纠错率), hearings
 * held and opinions published; and the final matters helped after finality (art. 37 ¶3).
 */
@Service
public class ReviewIndicators {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReviewIndicators(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One stage's year: opinions by outcome ({@link ReviewOutcome} order), hearings held, opinions published. */
    public record StageFigures(ReviewStage stage, int opened, int upheld, int revised, int revoked, int hearings,
                               int published) {

        public int decided() {
            return upheld + revised + revoked;
        }

        /** Revised or revoked of the opinions given, in per cent to one decimal; null without opinions. */
        public Double correctedPercent() {
            return decided() == 0 ? null : Math.round(1000.0 * (revised + revoked) / decided()) / 10.0;
        }
    }

    public record Figures(int year, List<StageFigures> stages, int finalMatters, int supportedMatters, int supportEntries) {
    }

    /** The year's figures; a year before 2000 or after this one is refused naming it. */
    @Transactional(readOnly = true)
    public Figures of(StaffPrincipal viewer, int year) {
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear) {
            throw Refusal.invalid("year", "review.indicators.year", String.valueOf(year), thisYear);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        MapSqlParameterSource p = new MapSqlParameterSource("scope", viewer.scopePath()).addValue("first", first)
                .addValue("last", last)
                .addValue("from", Timestamp.from(first.atStartOfDay(clock.getZone()).toInstant()))
                .addValue("until", Timestamp.from(last.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        List<StageFigures> stages = new ArrayList<>();
        for (ReviewStage stage : ReviewStage.values()) {
            Map<String, Object> row = jdbc.queryForMap("""
                    select count(*) filter (where c.opened_on between :first and :last) opened,
                           count(*) filter (where c.opinion_on between :first and :last and c.opinion_outcome = 'UPHELD') upheld,
                           count(*) filter (where c.opinion_on between :first and :last and c.opinion_outcome = 'REVISED') revised,
                           count(*) filter (where c.opinion_on between :first and :last and c.opinion_outcome = 'REVOKED') revoked,
                           count(h.review_case_id) filter (where h.starts_at >= :from and h.starts_at < :until) hearings,
                           count(b.review_case_id) filter (where b.published_on between :first and :last) published
                      from review_case c join unit u on u.id = c.reviewing_unit_id
                           left join review_hearing h on h.review_case_id = c.id
                           left join review_publication b on b.review_case_id = c.id
                     where c.stage = :stage and u.path like :scope || '%'""", p.addValue("stage", stage.name()));
            stages.add(new StageFigures(stage, count(row, "opened"), count(row, "upheld"), count(row, "revised"),
                    count(row, "revoked"), count(row, "hearings"), count(row, "published")));
        }
        // final by the re-review opinion (art. 36 ¶3) of a body in the area; helped: at least one entry in the year
        Map<String, Object> support = jdbc.queryForMap("""
                select count(distinct c.matter_id) filter (where c.opinion_on between :first and :last) final_matters,
                       count(distinct s.matter_id) supported, count(distinct s.id) entries
                  from review_case c join unit u on u.id = c.reviewing_unit_id
                       left join review_support s on s.matter_id = c.matter_id and s.done_on between :first and :last
                 where c.stage = 'RE_REVIEW' and c.opinion_on is not null and u.path like :scope || '%'""", p);
        return new Figures(year, List.copyOf(stages), count(support, "final_matters"), count(support, "supported"),
                count(support, "entries"));
    }

    private static int count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }
}
