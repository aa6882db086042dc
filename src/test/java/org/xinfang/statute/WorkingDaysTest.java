package org.xinfang.statute;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The working-day calendar against the State Council's real 2026 arrangement, as shipped. */
class WorkingDaysTest {

    static final WorkingDays SHIPPED = shipped();

    private static WorkingDays shipped() {
        try {
            return WorkingDayFiles.read(new PathMatchingResourcePatternResolver()
                    .getResources("classpath:statute/working-days/*.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class SpringFestival2026 {

        @ParameterizedTest
        @CsvSource({"2026-02-13, true", "2026-02-14, true", "2026-02-15, false", "2026-02-19, false",
                "2026-02-23, false", "2026-02-24, true", "2026-02-28, true", "2026-03-01, false"})
        void saturday_14th_and_28th_are_working_days_and_15th_to_23rd_are_holidays(LocalDate day, boolean working) {
            assertThat(SHIPPED.isWorkingDay(day)).isEqualTo(working);
        }

        @Test
        void five_working_days_from_thursday_12th_end_on_the_26th() {
            // 13 Fri, 14 Sat (调休), then 24, 25, 26 after the holidays: the event's day is not counted
            assertThat(SHIPPED.addWorkingDays(day("2026-02-12"), 5)).isEqualTo(day("2026-02-26"));
        }

        @Test
        void five_working_days_from_friday_13th_end_on_the_27th() {
            assertThat(SHIPPED.addWorkingDays(day("2026-02-13"), 5)).isEqualTo(day("2026-02-27"));
        }

        @Test
        void the_working_days_between_count_the_period_the_same_way() {
            assertThat(SHIPPED.workingDaysBetween(day("2026-02-12"), day("2026-02-26"))).isEqualTo(5);
            assertThat(SHIPPED.workingDaysBetween(day("2026-02-12"), day("2026-02-23"))).isEqualTo(2);
            assertThat(SHIPPED.workingDaysBetween(day("2026-02-12"), day("2026-02-12"))).isZero();
        }

        @Test
        void art_23_objection_to_a_transfer_received_on_the_12th_is_due_on_the_26th() {
            assertThat(Statute.OBJECTION_WORKING_DAYS).isEqualTo(5);
            assertThat(Statute.objectionDeadline(day("2026-02-12"), SHIPPED)).isEqualTo(day("2026-02-26"));
        }
    }

    @Nested
    class NationalDay2026 {

        @ParameterizedTest
        @CsvSource({"2026-09-20, true", "2026-09-25, false", "2026-09-27, false", "2026-10-01, false",
                "2026-10-07, false", "2026-10-08, true", "2026-10-10, true", "2026-10-11, false"})
        void sunday_20_september_and_saturday_10_october_are_working_days(LocalDate day, boolean working) {
            assertThat(SHIPPED.isWorkingDay(day)).isEqualTo(working);
        }

        @Test
        void a_period_from_friday_18_september_runs_through_sunday_the_20th() {
            assertThat(SHIPPED.addWorkingDays(day("2026-09-18"), 1)).isEqualTo(day("2026-09-20"));
        }

        @Test
        void five_working_days_from_30_september_end_on_14_october() {
            // 8 Thu, 9 Fri, 10 Sat (调休), 12 Mon, 13 Tue
            assertThat(SHIPPED.addWorkingDays(day("2026-09-30"), 5)).isEqualTo(day("2026-10-13"));
        }
    }

    @Nested
    class NewYear2026 {

        @Test
        void sunday_4_january_is_a_working_day_after_the_1st_to_3rd() {
            assertThat(SHIPPED.isWorkingDay(day("2026-01-01"))).isFalse();
            assertThat(SHIPPED.isWorkingDay(day("2026-01-02"))).isFalse();
            assertThat(SHIPPED.isWorkingDay(day("2026-01-04"))).isTrue();
            assertThat(SHIPPED.addWorkingDays(day("2026-01-01"), 1)).isEqualTo(day("2026-01-04"));
        }

        @Test
        void the_year_names_its_notice() {
            assertThat(SHIPPED.isArranged(2026)).isTrue();
            assertThat(SHIPPED.source(2026)).hasValueSatisfying(s -> assertThat(s).contains("国务院办公厅关于2026年部分节假日安排的通知"));
        }
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class YearWithoutFile {

        @Test
        void is_counted_monday_to_friday_flagged_and_logged(CapturedOutput output) {
            WorkingDays calendar = shipped(); // its own: a year is logged once per calendar
            assertThat(calendar.isArranged(2027)).isFalse();
            // 1 January 2027 is a Friday: a holiday in every year, but unknown without the notice
            assertThat(calendar.isWorkingDay(day("2027-01-01"))).isTrue();
            assertThat(calendar.isWorkingDay(day("2027-01-02"))).isFalse();
            assertThat(calendar.addWorkingDays(day("2026-12-31"), 2)).isEqualTo(day("2027-01-04"));
            assertThat(output).contains("No working-day file for 2027");
        }
    }

    @Nested
    class MalformedFile {

        @TempDir
        Path dir;

        private FileSystemResource file(String name, String json) throws IOException {
            return new FileSystemResource(Files.writeString(dir.resolve(name), json));
        }

        private static String year(String holidays, String workingWeekends) {
            return "{\"version\":\"2026.9\",\"year\":2026,\"source\":\"国务院办公厅关于2026年部分节假日安排的通知\","
                    + "\"holidays\":[" + holidays + "],\"workingWeekends\":[" + workingWeekends + "]}";
        }

        private static final String NEW_YEAR = "{\"name\":\"元旦\",\"from\":\"2026-01-01\",\"to\":\"2026-01-03\"}";

        @Test
        void a_working_weekend_day_that_is_a_weekday_is_refused_naming_the_file_and_the_day() throws IOException {
            var file = file("2026.json", year(NEW_YEAR, "\"2026-02-16\""));
            assertThatThrownBy(() -> WorkingDayFiles.read(file))
                    .hasMessage("Working-day file 2026.json lists 2026-02-16 as a working weekend day, but it is a MONDAY");
        }

        @Test
        void a_file_named_for_another_year_is_refused() throws IOException {
            var file = file("2027.json", year(NEW_YEAR, ""));
            assertThatThrownBy(() -> WorkingDayFiles.read(file))
                    .hasMessage("Working-day file 2027.json is for the year 2026: name it 2026.json");
        }

        @Test
        void a_holiday_outside_the_year_is_refused() throws IOException {
            var file = file("2026.json", year("{\"name\":\"元旦\",\"from\":\"2025-12-31\",\"to\":\"2026-01-01\"}", ""));
            assertThatThrownBy(() -> WorkingDayFiles.read(file))
                    .hasMessage("Working-day file 2026.json has the holiday 元旦 outside 2026");
        }

        @Test
        void a_day_both_holiday_and_working_day_is_refused() throws IOException {
            var file = file("2026.json", year(NEW_YEAR, "\"2026-01-03\""));
            assertThatThrownBy(() -> WorkingDayFiles.read(file))
                    .hasMessage("Working-day file 2026.json lists 2026-01-03 both as a holiday and as a working day");
        }

        @Test
        void a_file_without_source_is_refused() throws IOException {
            var file = file("2026.json", year(NEW_YEAR, "").replace("国务院办公厅关于2026年部分节假日安排的通知", ""));
            assertThatThrownBy(() -> WorkingDayFiles.read(file))
                    .hasMessage("Working-day file 2026.json has no source (the title of the State Council's notice)");
        }

        @Test
        void a_file_that_is_not_json_with_dates_is_refused_naming_the_file() throws IOException {
            var file = file("2026.json", year("{\"name\":\"元旦\",\"from\":\"1月1日\",\"to\":\"2026-01-03\"}", ""));
            assertThatThrownBy(() -> WorkingDayFiles.read(file)).hasMessageStartingWith("Cannot read file [")
                    .hasMessageContaining("2026.json").hasMessageContaining("1月1日");
        }
    }
}
