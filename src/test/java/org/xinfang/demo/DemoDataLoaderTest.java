package org.xinfang.demo;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.casework.MattersImported;
import org.xinfang.support.ApiClient;
import org.xinfang.support.ApiClient.Answer;
import org.xinfang.support.MutableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The full default run at start-up: the demo's years of items with their timelines, readable like any other matter. */
@DemoDataTest
class DemoDataLoaderTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiClient api;
    @Autowired
    MutableClock clock;
    @Value("${xinfang.demo.years}")
    int years;

    @Test
    void theDemosYearsOfItemsWithTheirTimelines() {
        long matters = count("select count(*) from matter");
        assertThat(matters).isGreaterThanOrEqualTo(years * 25_000L);
        assertThat(count("select count(*) from matter_event")).isGreaterThan(matters);
        assertThat(count("""
                select count(*) from matter m
                where m.event_seq <> (select count(*) from matter_event e where e.matter_id = m.id)""")).isZero();
        assertThat(count("select count(distinct id) from matter")).isEqualTo(matters);
        assertThat(count("select count(distinct reference_no) from matter")).isEqualTo(matters);
        // The years up to yesterday: today belongs to the live system.
        assertThat(jdbc.queryForObject("select count(*) from matter where registered_by = ? and (received_on < ? or received_on >= ?)",
                Long.class, DemoCityGenerator.ACTOR, clock.today().minusYears(years), clock.today())).isZero();
    }

    @Test
    void theCityHasOverdueRepeatCollectiveLeapLevelAndFinalMatters() {
        long matters = count("select count(*) from matter");
        assertThat(jdbc.queryForObject("select count(*) from matter where due_on < ?", Long.class, clock.today()))
                .isPositive();
        assertThat(count("select count(*) from matter where repeat_of_id is not null")).isBetween(matters / 12, matters / 8);
        assertThat(count("select count(*) from matter where channel = 'VISIT' and persons >= 5")).isPositive();
        assertThat(count("select count(*) from matter where leap_level")).isPositive();
        assertThat(count("select count(*) from matter where on_final_matter")).isPositive();
        assertThat(count("select count(*) from matter where state = 'FINAL'")).isPositive();
        assertThat(count("select count(*) from matter_representative")).isPositive();
        assertThat(count("select count(*) from matter_co_handler")).isPositive();
    }

    @Test
    void headsFindDraftsAndExtensionRequestsWaitingAndTheEarlierOnesDecided() {
        assertThat(count("select count(*) from matter_opinion_draft where decision is null"))
                .as("drafts of the last hours wait for the head's sign-off").isPositive();
        assertThat(count("select count(*) from matter where extension_requested_at is not null"
                + " and extension_request_outcome is null")).as("extension requests wait for the head").isPositive();
        assertThat(count("select count(*) from matter where extension_request_outcome = 'APPROVED'"
                + " and extension_days is not null")).as("earlier ones were approved, and extended the limit").isPositive();
    }

    @Test
    void packageCasesComeInTheSeedsProportionsByLevelMostlyVisitedAndHeldByTheLeadersOfThePlace() {
        long total = count("select count(*) from matter where package_leader is not null");
        // the seed: 416 a year, 32 at city level, 196 at county level, 392 visited
        assertThat(total).isBetween(years * 416 * 7 / 10L, years * 416 * 13 / 10L);
        assertThat(count("select count(*) from matter where package_level = 'CITY'") / (double) total).isBetween(0.04, 0.12);
        assertThat(count("select count(*) from matter where package_level = 'COUNTY'") / (double) total).isBetween(0.40, 0.55);
        assertThat(count("select count(*) from matter where package_level in ('TOWNSHIP', 'VILLAGE')")).isPositive();
        long visited = count("""
                select count(*) from matter m where m.package_leader is not null and exists (select 1 from package_activity a
                 where a.matter_id = m.id and a.kind = 'VISIT' and a.leader = m.package_leader)""");
        assertThat(visited / (double) total).isBetween(0.88, 0.99);
        assertThat(jdbc.queryForObject("select count(*) from matter where package_leader = 'yuanling.leader'", Long.class))
                .as("a county's leader holds the county's cases, by their own account").isPositive();
        assertThat(count("select count(*) from package_activity a join matter m on m.id = a.matter_id"
                + " where a.held_on < m.packaged_on or a.held_on >= current_date")).isZero();
    }

    @Test
    void leadersReceiveInTheSeedsProportionsOnMondaysAt38UnitsJointlyAtCityAndCountyLevelMostlyAgreed() {
        // the seed: 1,698 batches and 6,986 persons a year; an open reception day every Monday at 38 units
        LocalDate from = clock.today().minusYears(1);
        long batches = jdbc.queryForObject("""
                select count(*) from reception_visit v join reception r on r.id = v.reception_id
                 where r.held_on >= ? and r.held_on < ?""", Long.class, from, clock.today());
        long persons = jdbc.queryForObject("""
                select sum(v.persons) from reception_visit v join reception r on r.id = v.reception_id
                 where r.held_on >= ? and r.held_on < ?""", Long.class, from, clock.today());
        assertThat(batches).isBetween(1698 * 85 / 100L, 1698 * 115 / 100L);
        assertThat(persons).isBetween(6986 * 85 / 100L, 6986 * 115 / 100L);
        assertThat(count("""
                select count(distinct unit_id) from reception where kind = 'OPEN_DAY' and not exists
                  (select 1 from reception_unit j where j.reception_id = reception.id)""")).isEqualTo(38);
        assertThat(count("select count(*) from reception where kind = 'OPEN_DAY' and extract(isodow from held_on) <> 1")).isZero();
        assertThat(count("select count(*) from reception where kind = 'APPOINTMENT'")).isPositive();
        assertThat(count("select count(*) from reception where kind = 'DOWN_VISIT' and leader is null and leader_level = 'TOWNSHIP'"))
                .as("down-visits by township leaders, who have no account, are shown by level").isPositive();
        assertThat(count("""
                select count(distinct r.leader_level) from reception r where exists
                  (select 1 from reception_unit j where j.reception_id = r.id)""")).as("joint at city and county level").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from reception where held_on > ?", Long.class, clock.today()))
                .as("the calendar ahead").isPositive();
        long agreed = count("select count(*) from reception_visit where petitioner_agreed and unit_agreed");
        assertThat(agreed / (double) count("select count(*) from reception_visit")).isBetween(0.85, 0.97);
        assertThat(count("select count(*) from reception_visit_matter") / (double) count("select count(*) from reception_visit"))
                .as("most batches touch a matter").isGreaterThan(0.7);
        assertThat(count("select count(*) from appointment_request where state = 'PENDING'")).isPositive();
    }

    @Test
    void theBacklogRegisterHasTheSeedsOldCasesMostlySettledOnlyOnceConcluded() {
        long registered = count("select count(*) from backlog_case");
        // the seed: 89 registered and 81 settled in a year
        assertThat(registered).isBetween(years * 89 * 6 / 10L, years * 89 * 14 / 10L);
        long settled = count("select count(*) from backlog_case where settled_on is not null");
        assertThat(settled / (double) registered).isBetween(0.80, 0.98);
        assertThat(count("""
                select count(*) from backlog_case b join matter m on m.id = b.matter_id
                 where b.registered_on < m.received_on + 60
                    or (b.settled_on is not null and m.state not in ('CLOSED', 'REVIEWED', 'FINAL', 'GUIDED_OUT', 'MERGED'))
                    or b.settled_on < b.registered_on""")).as("old enough when registered, settled only once concluded")
                .isZero();
        assertThat(count("""
                select count(*) from backlog_progress p join backlog_case b on b.id = p.backlog_case_id
                 where p.noted_on < b.registered_on or p.noted_on > coalesce(b.settled_on, current_date)""")).isZero();
    }

    @Test
    void aTenthOfTheAcceptedMattersAreHandledJointlyWithBundledHelpOnAboutSixtyTwoAYearAndSomeUnitsLate() {
        long accepted = count("""
                select count(*) from matter where state in ('IN_HANDLING', 'REPLIED', 'EVALUATED', 'CLOSED', 'UNDER_REVIEW',
                                                            'REVIEWED', 'UNDER_RE_REVIEW', 'FINAL')""");
        long joint = count("select count(*) from joint_case");
        // the seed: complex matters of several departments are nearly 10% of the total
        assertThat(joint / (double) accepted).isBetween(0.07, 0.11);
        assertThat(count("select count(distinct joint_case_id) from bundled_party")).as("62 a year with bundled help")
                .isBetween(years * 62 * 7 / 10L, years * 62 * 13 / 10L);
        assertThat(count("select min(n) from (select count(*) n from joint_duty group by joint_case_id) f"))
                .as("at least two units on every form").isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from joint_duty where done_on is null and due_on < current_date"))
                .as("some units late today").isPositive();
        assertThat(count("""
                select count(*) from joint_duty d join joint_case c on c.id = d.joint_case_id
                 where d.done_on < c.opened_on or d.done_on > current_date
                    or exists (select 1 from joint_report r where r.joint_duty_id = d.id
                                and (r.reported_on < c.opened_on or r.reported_on > current_date))""")).isZero();
        assertThat(count("""
                select count(*) from joint_duty d join joint_case c on c.id = d.joint_case_id
                  join matter m on m.id = c.matter_id
                 where d.done_on is null and m.state in ('CLOSED', 'REVIEWED', 'FINAL')""")).as("a concluded matter's units are done")
                .isZero();
    }

    @Test
    void mostAnsweredMattersNotRatedInTheFirstDaysAreCalledBackMostlyReachedAndAReachedRatingIsTheMattersEvaluation() {
        java.time.LocalDate callFrom = clock.today().minusDays(org.xinfang.statute.CallbackRules.DAYS_AFTER_REPLY);
        long due = jdbc.queryForObject("""
                select count(*) from matter where replied_on <= ? and (satisfaction is null or evaluated_on >= replied_on + ?)""",
                Long.class, callFrom, org.xinfang.statute.CallbackRules.DAYS_AFTER_REPLY);
        long called = jdbc.queryForObject("""
                select count(*) from matter m where replied_on <= ? and (satisfaction is null or evaluated_on >= replied_on + ?)
                   and exists (select 1 from callback_attempt c where c.matter_id = m.id)""",
                Long.class, callFrom, org.xinfang.statute.CallbackRules.DAYS_AFTER_REPLY);
        assertThat(called / (double) due).as("called back, of the matters not rated in the first days").isBetween(0.85, 0.98);
        long reached = count("select count(distinct matter_id) from callback_attempt where reached");
        long calledAtAll = count("select count(distinct matter_id) from callback_attempt");
        assertThat(reached / (double) calledAtAll).as("reached, of the matters called back").isBetween(0.84, 0.91);
        assertThat(count("""
                select count(*) from callback_attempt c join matter m on m.id = c.matter_id
                 where c.evaluation and (m.satisfaction is distinct from c.satisfaction or m.evaluated_on <> (c.called_at at time zone 'Asia/Shanghai')::date)"""))
                .as("a rating taken on the phone is the matter's evaluation, of that day").isZero();
        assertThat(count("select count(*) from callback_attempt where evaluation"))
                .isEqualTo(count("select count(*) from matter where evaluation_comment = '电话回访'"));
        double satisfiedByPhone = share("""
                select count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::float / count(*)
                  from callback_attempt where evaluation""");
        double satisfied = share("""
                select count(*) filter (where satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::float / count(*)
                  from matter where satisfaction is not null""");
        assertThat(satisfiedByPhone).as("the ratings on the phone are like the others").isBetween(satisfied - 0.05, satisfied + 0.05);
        assertThat(jdbc.queryForObject("""
                select count(*) from matter m where m.state = 'REPLIED' and m.replied_on <= ?
                   and not exists (select 1 from callback_attempt c where c.matter_id = m.id)""", Long.class, callFrom))
                .as("waiting today").isPositive();
        assertThat(count("""
                select count(*) from matter m where m.state = 'REPLIED'
                   and exists (select 1 from callback_attempt c where c.matter_id = m.id)
                   and not exists (select 1 from callback_attempt c where c.matter_id = m.id and c.reached)"""))
                .as("called today without an answer").isPositive();
    }

    private double share(String sql) {
        return jdbc.queryForObject(sql, Double.class);
    }

    @Test
    void everySupervisionNoticeIsFollowedUpMostlyAnsweredInTimeAndTheIgnoredOnesSentUp() {
        long issued = count("select count(*) from matter_event where type = 'SUPERVISION_NOTICE_ISSUED'");
        assertThat(issued).isPositive();
        assertThat(count("select count(*) from supervision_notice")).isEqualTo(issued);
        long answered = count("select count(*) from supervision_notice where answered_on is not null");
        assertThat(answered / (double) issued).isBetween(0.8, 0.95);
        assertThat(jdbc.queryForObject("select count(*) from supervision_notice where answered_on < issued_on or answered_on > ?",
                Long.class, clock.today())).isZero();
        assertThat(count("select count(*) from supervision_notice where adoption_on is not null and suggested_on is null"))
                .as("feedback only on a suggestion").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from supervision_notice where answered_on is null and answer_due_on < ?
                   and escalation_level = 0 and escalated_to_unit_id is null
                   and issued_by_unit_id not in (select id from unit where code like '431200%')""", Long.class, clock.today()))
                .as("ignored ones sent up").isZero();
    }

    @Test
    void theDemoStaffHaveRecentInboxesSomeUnreadAndTheAdministratorSeesAFewFailedEmails() {
        Answer inbox = api.get("yuanling.housing", "/api/v1/inbox");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat((List<?>) inbox.read("$.notifications")).isNotEmpty();
        assertThat(count("select count(distinct username) from notification_inbox")).as("accounts with an inbox")
                .isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from notification_inbox where read_at is null")).isPositive();
        assertThat(count("select count(*) from notification_inbox where read_at is not null")).isPositive();
        assertThat(count("select count(*) from notification_outbox where status = 'FAILED'")).isBetween(1L, 6L);
        assertThat(count("select count(*) from notification_outbox where status in ('PENDING', 'SENT')"))
                .as("the demo sends nothing").isZero();
    }

    @Test
    void aFewPercentOfOpenMattersAreOverdueMostlyByDaysOrWeeksAndNoneForMonths() {
        String open = "state in ('REGISTERED', 'ROUTED', 'IN_HANDLING', 'REPLIED', 'EVALUATED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW')";
        long all = count("select count(*) from matter where " + open);
        List<Integer> late = jdbc.queryForList("select ? - due_on from matter where " + open + " and due_on < ? order by 1",
                Integer.class, clock.today(), clock.today());
        assertThat((double) late.size() / all).as("%d of %d open matters overdue", late.size(), all).isBetween(0.02, 0.05);
        assertThat(late.get(late.size() - 1)).as("days overdue, at most").isLessThanOrEqualTo(90);
        assertThat(late.get(late.size() / 2)).as("days overdue, median").isLessThanOrEqualTo(28);
        assertThat(jdbc.queryForObject("select count(*) from matter where " + open + " and received_on < ?", Long.class,
                clock.today().minusYears(1))).as("open matters received over a year ago").isZero();
    }

    /** Importing history tells the other modules once per batch, naming every matter, and the portal hears it. */
    @Test
    void theImportPublishesOneEventPerBatchNotOnePerEntry() {
        long imported = jdbc.queryForObject("select count(*) from matter where registered_by = ?", Long.class,
                DemoCityGenerator.ACTOR);
        String ofType = " from event_publication where event_type = '" + MattersImported.class.getName() + "'";
        // the registry keeps one row per event and listener: the events are the distinct ones
        String events = " from (select distinct serialized_event::text as event" + ofType + ") e";
        assertThat(count("select count(*)" + events)).isEqualTo((imported + DemoDataLoader.BATCH - 1) / DemoDataLoader.BATCH);
        assertThat(count("select sum(json_array_length(event::json -> 'matterIds'))" + events)).isEqualTo(imported);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*)" + ofType + " and completion_date is null") == 0);
    }

    @Test
    void everyMatterIsHeldByABodyWhoseFunctionFitsItsCategory() {
        assertThat(jdbc.queryForList("""
                select c.code || ' held by ' || h.name from matter m
                join unit h on h.id = m.responsible_unit_id join category c on c.id = m.category_id
                where h.function is distinct from c.function and h.function is not null
                  and not (m.responsible_unit_id = m.receiving_unit_id and m.state in ('REGISTERED', 'NOT_ACCEPTED'))
                limit 20""", String.class)).isEmpty();
    }

    @Test
    void aDemoMatterReadsLikeAnyOtherAndRegistrationNumbersOnAfterIt() {
        Long id = jdbc.queryForObject("select min(id) from matter where state = 'FINAL'", Long.class);
        Answer matter = api.get("city.registrar", "/api/v1/matters/" + id);
        assertThat(matter.status()).isEqualTo(200);
        assertThat((String) matter.read("$.state")).isEqualTo("FINAL");
        Answer timeline = api.get("city.registrar", "/api/v1/matters/" + id + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat((List<?>) timeline.read("$[*]")).hasSize(
                jdbc.queryForObject("select event_seq from matter where id = ?", Integer.class, id));

        Answer registered = api.post("yuanling.registrar", "/api/v1/matters",
                ApiClient.visit(ApiClient.freshIdNumber(), "431222001001", "URBAN.DEMOLITION"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.id()).isGreaterThan(jdbc.queryForObject("select max(id) from matter where registered_by = ?",
                Long.class, DemoCityGenerator.ACTOR));
        // and takes the next number of its office's register for the year, after the demo's own
        String referenceNo = registered.read("$.referenceNo");
        String register = referenceNo.substring(0, referenceNo.lastIndexOf('-') + 1);
        String before = jdbc.queryForObject("select max(reference_no) from matter where reference_no like ? and id <> ?",
                String.class, register + "%", registered.id());
        assertThat(Long.parseLong(referenceNo.substring(register.length())))
                .isEqualTo(Long.parseLong(before.substring(register.length())) + 1);
    }

    @Test
    void theConferencesTookSomeTensOfMeasuresAYearMostlyRectifiedWithAFewProposalsAndInspections() {
        // the city and 13 counties, three measures a year each
        long measures = count("select count(*) from oversight_measure");
        assertThat(measures).isBetween(years * 30L, years * 55L);
        assertThat(count("select count(*) from oversight_measure where rectified_on is not null") / (double) measures)
                .as("most rectified").isGreaterThan(0.7);
        assertThat(count("select count(*) from oversight_measure where kind = 'LISTED_SUPERVISION'")).isPositive();
        assertThat(count("select count(*) from oversight_measure where kind = 'INTERVIEW'")).isPositive();
        // about half the 13 counties made one, whatever the years
        assertThat(count("select count(*) from accountability_proposal")).isBetween(1L, 13L);
        assertThat(count("select count(*) from accountability_proposal where feedback_on is not null")).isPositive();
        assertThat(count("select count(*) from special_inspection where closed_on is null")).as("one open").isEqualTo(1);
        assertThat(count("select count(*) from inspection_matter where found_on is not null")).isPositive();
        Answer page = api.get("city.supervisor", "/api/v1/oversight/measures");
        assertThat(((Number) page.read("$.rectified")).longValue()).isPositive();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
