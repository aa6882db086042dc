package org.xinfang.statute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xinfang.platform.ReferenceDataFiles;
import org.xinfang.support.IntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped working-day files in the running application, and an administrator's replacement of them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayFilesTest {

    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Autowired
    WorkingDays workingDays;
    @Autowired
    ReferenceDataFiles referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${xinfang.statute.working-days-files}")
    Resource[] shipped;

    @TempDir
    Path dir;

    private String loadedVersion() {
        return jdbc.queryForObject("select version from reference_data_version where name = 'working-days/2026'", String.class);
    }

    private void start(Resource... files) {
        new WorkingDayFiles(files, referenceData, WorkingDayFiles.read(files), DECEMBER_2026).run(null);
    }

    @Test
    void the_application_counts_by_the_shipped_2026_arrangement_and_records_its_version() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(loadedVersion()).isEqualTo("2026.1");
    }

    @Test
    void an_administrators_replacement_takes_effect_and_its_version_is_recorded() throws IOException {
        // a replaced 2026 file that also closes the office on 31 December
        String replaced = new String(shipped[0].getInputStream().readAllBytes())
                .replace("\"version\": \"2026.1\"", "\"version\": \"2026.2\"")
                .replace("{ \"name\": \"国庆节\"", "{ \"name\": \"除夕\", \"from\": \"2026-12-31\", \"to\": \"2026-12-31\" },\n    { \"name\": \"国庆节\"");
        Resource file = new FileSystemResource(Files.writeString(dir.resolve("2026.json"), replaced));
        try {
            start(file);
            assertThat(loadedVersion()).isEqualTo("2026.2");
            assertThat(WorkingDayFiles.read(file).isWorkingDay(LocalDate.parse("2026-12-31"))).isFalse();
            assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-31"))).isTrue();
        } finally {
            start(shipped);
        }
        assertThat(loadedVersion()).isEqualTo("2026.1");
    }

    @Test
    void the_start_warns_that_next_year_has_no_file(CapturedOutput output) {
        start(shipped);
        assertThat(output).contains("No working-day file for 2027: add 2027.json from the State Council's notice");
        assertThat(output).doesNotContain("No working-day file for 2026");
    }
}
