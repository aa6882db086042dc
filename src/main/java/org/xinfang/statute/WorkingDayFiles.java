package org.xinfang.statute;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.platform.ReferenceDataFiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The working-day files, one a year ({@code xinfang.statute.working-days-files}, by default the shipped
 * {@code statute/working-days/*.json}); an administrator replaces them by pointing the property at a folder of their
 * own, as with the territory and category files. The calendar is read whole at start; each file's version is recorded
 * like the other reference data, so a replaced file shows in the log and in {@code reference_data_version}.
 */
@Component
@Order(5)
class WorkingDayFiles implements ApplicationRunner {

    private static final String DATA_NAME = "working-days/";
    private static final Logger log = LoggerFactory.getLogger(WorkingDayFiles.class);

    private final Resource[] files;
    private final ReferenceDataFiles referenceData;
    private final WorkingDays workingDays;
    private final Clock clock;

    WorkingDayFiles(@Value("${xinfang.statute.working-days-files}") Resource[] files, ReferenceDataFiles referenceData,
                    WorkingDays workingDays, Clock clock) {
        this.files = files;
        this.referenceData = referenceData;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Bean
    static WorkingDays workingDays(@Value("${xinfang.statute.working-days-files}") Resource[] files) {
        return read(files);
    }

    /** The calendar of these files, or a refusal naming the file that is wrong. */
    static WorkingDays read(Resource... files) {
        return new WorkingDays(Arrays.stream(files)
                .map(file -> ReferenceDataFiles.read(file, WorkingDayFile.class).checked(file.getFilename()))
                .toList());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Resource file : files) {
            String name = DATA_NAME + file.getFilename().replace(".json", "");
            referenceData.readIfNew(name, file, WorkingDayFile.class, WorkingDayFile::version).ifPresent(data -> {
                referenceData.markLoaded(name, data.version());
                log.info("Working days for {} now version {}, after {}", data.year(), data.version(), data.source());
            });
        }
        int year = LocalDate.now(clock).getYear();
        for (int missing : List.of(year, year + 1)) {
            if (!workingDays.isArranged(missing)) {
                log.warn("No working-day file for {}: add {}.json from the State Council's notice "
                        + "(国务院办公厅关于{}年部分节假日安排的通知); until then its working days are counted Monday to Friday "
                        + "only, without holidays or adjusted working days, and are provisional", missing, missing, missing);
            }
        }
    }
}
