package org.xinfang.coordination;

import org.xinfang.casework.MatterState;
import org.xinfang.casework.PackageHoldings.Holding;
import org.xinfang.platform.Refusal;
import org.xinfang.statute.PackageCaseRules;
import org.xinfang.territory.AdministrativeLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A package case (包案): a matter a leader holds personally (2022 art. 18 ¶2), with what was done on it. Who holds it
 * is the matter's ({@link Holding}); the activities are this module's, each kept with the leader and level of its day.
 */
public record PackageCase(Holding holding, List<Activity> activities) {

    public PackageCase {
        activities = List.copyOf(activities);
    }

    /** One thing the leader did on the case: when, what, and whom they met. */
    public record Activity(Long id, String leader, AdministrativeLevel level, PackageActivityKind kind, LocalDate heldOn,
                           String note, String peopleMet, Instant recordedAt) {
    }

    /** What a leader submits; checked by {@link #check}. */
    public record NewActivity(PackageActivityKind kind, LocalDate heldOn, String note, String peopleMet) {
    }

    /** Resolved (化解): the procedure has concluded the matter ({@link Concluded}). */
    public boolean resolved() {
        return resolved(holding.matter().state());
    }

    /** Whether a matter in {@code state} is resolved. */
    static boolean resolved(MatterState state) {
        return Concluded.is(state);
    }

    /** The leader holding it now has received or visited the petitioner (包接访). */
    public boolean visited() {
        return visited(holding.leader(), activities);
    }

    /** Whether {@code leader} received or visited the petitioner in one of {@code activities}. */
    static boolean visited(String leader, List<Activity> activities) {
        return activities.stream().anyMatch(a -> a.kind() == PackageActivityKind.VISIT && a.leader().equals(leader));
    }

    public boolean overdue(LocalDate today) {
        return !resolved() && holding.overdueOn(today);
    }

    /** Refuses an activity the rules do not allow, naming the field; what may be recorded passes. */
    void check(String recorder, NewActivity a, LocalDate today) {
        boolean holds = holding.leader().equals(recorder);
        if (!holds) {
            throw Refusal.forbidden("package.activity.not-the-leader");
        }
        if (!PackageCaseRules.mayRecordActivity(true, a.heldOn(), holding.packagedOn(), today)) {
            throw a.heldOn().isAfter(today) ? Refusal.invalid("heldOn", "package.activity.future", a.heldOn())
                    : Refusal.invalid("heldOn", "package.activity.before-taken", a.heldOn(), holding.packagedOn());
        }
    }
}
