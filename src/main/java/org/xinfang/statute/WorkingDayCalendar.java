package org.xinfang.statute;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinfang.platform.Refusal;
import org.xinfang.platform.admin.AdminAudit;
import org.xinfang.platform.admin.WorkingDayOverrides;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The working-day calendar as an administrator keeps it: the State Council's notice (the year's file) with their
 * changes over it, a day made a holiday or a working day (a make-up working day), each with a note saying why. The
 * changes are stored by the platform ({@link WorkingDayOverrides}); this class decides what a change may be and hands
 * the result to {@link WorkingDays}, which every statutory count uses from then on. Only today and later days can be
 * changed: a period already counted stays as it was counted.
 */
@Service
@Order(6)
public class WorkingDayCalendar implements ApplicationRunner {

    /** What a day is made: a day off (a holiday) or a working day. */
    public enum DayKind { HOLIDAY, WORKING_DAY }

    /** One day of a month as the page shows it. */
    public record Day(LocalDate date, boolean working, boolean workingByTheNotice, String holidayName,
                      WorkingDayOverrides.Override change) {
        public boolean weekend() {
            return WorkingDayFile.isWeekend(date);
        }

        public boolean changed() {
            return change != null;
        }
    }

    public record Month(YearMonth month, List<Day> days) {
        /** Blank cells before the 1st, Monday first. */
        public int leadingBlanks() {
            return month.atDay(1).getDayOfWeek().getValue() - 1;
        }

        /** The month as weeks of seven cells, Monday first; null for a cell before the 1st or after the last day. */
        public List<List<Day>> weeks() {
            List<Day> cells = new ArrayList<>();
            for (int i = 0; i < leadingBlanks(); i++) {
                cells.add(null);
            }
            cells.addAll(days);
            while (cells.size() % 7 != 0) {
                cells.add(null);
            }
            List<List<Day>> weeks = new ArrayList<>();
            for (int i = 0; i < cells.size(); i += 7) {
                weeks.add(java.util.Collections.unmodifiableList(new ArrayList<>(cells.subList(i, i + 7))));
            }
            return weeks;
        }
    }

    private final WorkingDays workingDays;
    private final WorkingDayOverrides overrides;
    private final AdminAudit audit;
    private final Clock clock;

    WorkingDayCalendar(WorkingDays workingDays, WorkingDayOverrides overrides, AdminAudit audit, Clock clock) {
        this.workingDays = workingDays;
        this.overrides = overrides;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        reload();
    }

    /** The year, month by month, with the changes. */
    @Transactional(readOnly = true)
    public List<Month> year(int year) {
        Map<LocalDate, WorkingDayOverrides.Override> changes = new HashMap<>();
        overrides.all().forEach(o -> changes.put(o.day(), o));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<Day> days = new ArrayList<>();
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                days.add(new Day(date, workingDays.isWorkingDay(date), workingDays.isWorkingDayByTheNotice(date),
                        workingDays.holidayName(date).orElse(null), changes.get(date)));
            }
            months.add(new Month(month, days));
        }
        return months;
    }

    /** The changes of a year, in date order. */
    @Transactional(readOnly = true)
    public List<WorkingDayOverrides.Override> changes(int year) {
        return overrides.all().stream().filter(o -> o.day().getYear() == year).toList();
    }

    public boolean isArranged(int year) {
        return workingDays.isArranged(year);
    }

    public Optional<String> source(int year) {
        return workingDays.source(year);
    }

    /**
     * Makes {@code day} a holiday or a working day, with a note. Refused for a day before today, for a day that is
     * already what it would be made, and without a note. Making a day what the notice has it takes the change back.
     */
    @Transactional
    public void set(String actor, String actorName, LocalDate day, DayKind kind, String note) {
        if (day == null) {
            throw Refusal.invalid("day", "calendar.day.required");
        }
        if (kind == null) {
            throw Refusal.invalid("kind", "calendar.kind.required");
        }
        requireNotPast(day);
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) {
            throw Refusal.invalid("note", "calendar.note.required");
        }
        if (n.length() > 200) {
            throw Refusal.invalid("note", "admin.too-long", 200);
        }
        boolean working = kind == DayKind.WORKING_DAY;
        if (workingDays.isWorkingDay(day) == working) {
            throw Refusal.conflict(working ? "calendar.already-working" : "calendar.already-holiday", day);
        }
        String before = describe(day);
        if (workingDays.isWorkingDayByTheNotice(day) == working) {
            overrides.remove(day);
        } else {
            overrides.put(new WorkingDayOverrides.Override(day, working, n, actor, clock.instant()));
        }
        reloadNowAndAfterCommit();
        audit.record(actor, actorName, AdminAudit.Area.CALENDAR, day.toString(), kind.name(), before, describe(day) + "; note=" + n);
    }

    /** Takes back an administrator's change: the day is again what the notice has it. */
    @Transactional
    public void remove(String actor, String actorName, LocalDate day) {
        if (day == null) {
            throw Refusal.invalid("day", "calendar.day.required");
        }
        requireNotPast(day);
        String before = describe(day);
        if (!overrides.remove(day)) {
            throw Refusal.notFound("calendar.no-change", day);
        }
        reloadNowAndAfterCommit();
        audit.record(actor, actorName, AdminAudit.Area.CALENDAR, day.toString(), "REMOVE", before, describe(day));
    }

    private void requireNotPast(LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day.isBefore(today)) {
            throw Refusal.invalid("day", "calendar.day.past", day, today);
        }
    }

    private String describe(LocalDate day) {
        return "working=" + workingDays.isWorkingDay(day);
    }

    private void reload() {
        Map<LocalDate, Boolean> changes = new HashMap<>();
        overrides.all().forEach(o -> changes.put(o.day(), o.working()));
        workingDays.adjust(changes);
    }

    private void reloadNowAndAfterCommit() {
        reload();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reload();
                }
            });
        }
    }
}
