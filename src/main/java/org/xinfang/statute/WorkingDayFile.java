package org.xinfang.statute;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's working-day arrangement as the State Council's notice gives it (国务院办公厅关于YYYY年部分节假日安排的通知):
 * the public holidays and the weekend days that are working days (调休). {@code source} names the notice.
 */
record WorkingDayFile(String version, Integer year, String source, List<Holiday> holidays, List<LocalDate> workingWeekends) {

    record Holiday(String name, LocalDate from, LocalDate to) {
    }

    /**
     * This file, or a refusal naming the file and what is wrong: a wrong calendar gives wrong statutory deadlines,
     * so a file that does not make sense stops the application rather than being half used. Every date lies in the
     * file's year; a notice's day in another year goes in that year's file.
     */
    WorkingDayFile checked(String fileName) {
        require(fileName, version != null && !version.isBlank(), "has no version");
        require(fileName, year != null, "has no year");
        require(fileName, fileName.equals(year + ".json"), "is for the year " + year + ": name it " + year + ".json");
        require(fileName, source != null && !source.isBlank(), "has no source (the title of the State Council's notice)");
        require(fileName, holidays != null && !holidays.isEmpty(), "lists no holidays");
        require(fileName, workingWeekends != null, "has no workingWeekends (an empty list when there are none)");
        for (Holiday h : holidays) {
            require(fileName, h.name() != null && !h.name().isBlank() && h.from() != null && h.to() != null,
                    "has a holiday without its name, from and to: " + h);
            require(fileName, !h.to().isBefore(h.from()), "has the holiday " + h.name() + " ending before it starts");
            require(fileName, h.from().getYear() == year && h.to().getYear() == year,
                    "has the holiday " + h.name() + " outside " + year);
        }
        for (LocalDate day : workingWeekends) {
            require(fileName, day != null && day.getYear() == year, "has a working weekend day outside " + year + ": " + day);
            require(fileName, isWeekend(day), "lists " + day + " as a working weekend day, but it is a " + day.getDayOfWeek());
            require(fileName, holidays.stream().noneMatch(h -> !day.isBefore(h.from()) && !day.isAfter(h.to())),
                    "lists " + day + " both as a holiday and as a working day");
        }
        return this;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void require(String fileName, boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Working-day file " + fileName + " " + problem);
        }
    }
}
