package org.xinfang.statute;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working-day calendar (工作日): Monday to Friday, less the State Council's public holidays (法定节假日), plus the
 * weekend days it makes working days (调休), as each year's notice arranges them (one file a year, {@link WorkingDayFiles}).
 * <p>
 * A period of working days is counted as Chinese law counts periods (民法典 art. 201 ¶1): the day of the event is not
 * counted; the period starts on the next day and ends on its last working day. So the 5 working days in which a unit
 * may object to a transfer (2022 art. 23 ¶3) received on Thursday 12 February 2026 end on 26 February: the 13th, the
 * 14th (a Saturday made a working day), then the 24th to the 26th after the Spring Festival (15th to 23rd).
 * <p>
 * A year without a file is counted Monday to Friday only, which is wrong on every holiday: {@link #isArranged} tells,
 * the start warns about the current and next year, and the first count in such a year is logged.
 */
public final class WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final Map<Integer, WorkingDayFile> years = new HashMap<>();
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workingWeekends = new HashSet<>();
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();
    /** An administrator's changes over the files: a day made a working day (true) or a day off (false). */
    private volatile Map<LocalDate, Boolean> adjustments = Map.of();

    WorkingDays(List<WorkingDayFile> files) {
        for (WorkingDayFile file : files) {
            if (years.putIfAbsent(file.year(), file) != null) {
                throw new IllegalStateException("Two working-day files for " + file.year());
            }
            file.holidays().forEach(h -> h.from().datesUntil(h.to().plusDays(1)).forEach(holidays::add));
            workingWeekends.addAll(file.workingWeekends());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!isArranged(day.getYear()) && warned.add(day.getYear())) {
            log.warn("No working-day file for {}: counting {} as Monday to Friday, without the State Council's holidays "
                    + "and adjusted working days; the deadlines that fall in it are provisional", day.getYear(), day);
        }
        Boolean adjusted = adjustments.get(day);
        if (adjusted != null) {
            return adjusted;
        }
        return isWorkingDayByTheNotice(day);
    }

    /** Whether the day is a working day as the State Council's notice (the year's file) arranges it, before any change. */
    public boolean isWorkingDayByTheNotice(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return workingWeekends.contains(day) || !WorkingDayFile.isWeekend(day);
    }

    /** The name of the notice's holiday the day falls in ("春节"), if it does. */
    public Optional<String> holidayName(LocalDate day) {
        return Optional.ofNullable(years.get(day.getYear())).flatMap(f -> f.holidays().stream()
                .filter(h -> !day.isBefore(h.from()) && !day.isAfter(h.to())).map(WorkingDayFile.Holiday::name).findFirst());
    }

    /** Replaces the administrator's changes the calendar counts with (the statute's {@link WorkingDayCalendar} keeps them). */
    void adjust(Map<LocalDate, Boolean> changes) {
        adjustments = Map.copyOf(changes);
    }

    /** The day on which a period of {@code days} working days from the event on {@code from} ends; the event's day is not counted. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A period of working days cannot be negative: " + days);
        }
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days after {@code from} up to and including {@code to}: how many of a period have run on {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        return (int) from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    /** Whether {@code year} is counted by the State Council's arrangement; if not, by weekends only. */
    public boolean isArranged(int year) {
        return years.containsKey(year);
    }

    /** The notice the year's arrangement comes from. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(years.get(year)).map(WorkingDayFile::source);
    }

    /** The calendar of these files, as the application reads them ({@code classpath:statute/working-days/*.json} ships). */
    public static WorkingDays read(org.springframework.core.io.Resource... files) {
        return WorkingDayFiles.read(files);
    }
}
