package org.xinfang.coordination;

import org.xinfang.casework.MatterFacts.Facts;
import org.xinfang.statute.JointHandlingRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint case (联合办理案件): a complex matter the joint conference office (信访工作联席会议办公室) makes several bodies
 * act on at once. Its responsibility apportionment form (责任分解表) gives each unit a duty and a deadline; each unit
 * reports on its own duty; bundled help (捆绑帮扶) names the responsible parties and their progress.
 *
 * @param officeUnitId the joint conference office that opened it and issues its documents
 * @param summary      the office's case summary (案情摘要): what the matter is and why it needs joint handling
 */
public record JointCase(Long id, int version, Facts matter, Long officeUnitId, String summary, String openedBy,
                        LocalDate openedOn, List<Duty> duties, List<BundledParty> parties) {

    /** A line of the responsibility apportionment form: a unit's duty in a role, by a deadline, and its reports. */
    public record Duty(Long id, JointRole role, Long unitId, String duty, LocalDate dueOn, LocalDate doneOn,
                       List<Report> reports) {

        public boolean done() {
            return doneOn != null;
        }

        /** Past its deadline without the final report, or reported done after it. */
        public boolean late(LocalDate today) {
            return JointHandlingRules.isLate(dueOn, doneOn, today);
        }
    }

    /** A unit's report on its duty; {@code completes} marks the final one. */
    public record Report(Long id, LocalDate reportedOn, String note, boolean completes, String recordedBy,
                         Instant recordedAt) {
    }

    /** A responsible party of bundled help: who, their duty, and the progress last noted. */
    public record BundledParty(Long id, int version, BundledPartyKind kind, String name, String duty, String progress,
                               LocalDate progressOn) {
    }

    /** A new line of the form, as the office fills it in. */
    public record NewDuty(JointRole role, Long unitId, String duty, LocalDate dueOn) {
    }

    /** The units late on their duty today. */
    public List<Duty> late(LocalDate today) {
        return duties.stream().filter(d -> d.late(today)).toList();
    }

    /** Bundled help may name one more responsible party (at most nine, one of each kind). */
    public boolean hasRoomForParty() {
        return parties.size() < JointHandlingRules.MAX_BUNDLED_PARTIES;
    }

    /** Every unit has given its final report. */
    public boolean allDone() {
        return !duties.isEmpty() && duties.stream().allMatch(Duty::done);
    }
}
