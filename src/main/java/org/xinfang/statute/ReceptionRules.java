package org.xinfang.statute;

import org.xinfang.territory.AdministrativeLevel;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.xinfang.statute.Regulation.R2022;

/**
 * The rules of leader receptions (领导接访, issue 12, item 6): leaders receive visitors on set days, go down to them,
 * and see hard cases by appointment; the city and the counties receive jointly at one window.
 */
public final class ReceptionRules {

    private ReceptionRules() {
    }

    /** The open reception day (领导接访日) of the seed's city: every Monday. */
    @Practice("the seed's city: an open reception day every Monday at 38 units")
    public static final DayOfWeek OPEN_DAY = DayOfWeek.MONDAY;

    /** An appointment may be asked for a day from tomorrow to this many days ahead: the unit can plan, and answer in time. */
    @Practice("the appointment interviews (约访) of the seed's city: a day within the coming month")
    public static final int APPOINTMENT_MAX_DAYS_AHEAD = 30;

    /**
     * 2022 art. 18 ¶2: leaders "定期接待群众来访" — an open reception day is one of the set days, the {@link #OPEN_DAY}.
     */
    @Article(regulation = R2022, number = 18, paragraph = 2)
    public static boolean isOpenDay(LocalDate day) {
        return day != null && day.getDayOfWeek() == OPEN_DAY;
    }

    /**
     * 2022 art. 18 ¶3: "市、县级党委和政府应当建立和完善联合接访工作机制" — a joint reception (联合接访), several
     * bodies at one window, is held by a unit of the city or a county.
     */
    @Article(regulation = R2022, number = 18, paragraph = 3)
    public static boolean mayHoldJointReception(AdministrativeLevel level) {
        return level == AdministrativeLevel.CITY || level == AdministrativeLevel.COUNTY;
    }

    /** A citizen asks for a day to come, from tomorrow to {@link #APPOINTMENT_MAX_DAYS_AHEAD} days ahead. */
    @Practice("the appointment interviews (约访) of the seed's city: a day within the coming month")
    public static boolean mayAskForAppointmentOn(LocalDate day, LocalDate today) {
        return day != null && day.isAfter(today) && !day.isAfter(today.plusDays(APPOINTMENT_MAX_DAYS_AHEAD));
    }
}
