package org.xinfang.coordination.web;

import org.springframework.stereotype.Component;
import org.xinfang.casework.MatterState;
import org.xinfang.casework.Satisfaction;
import org.xinfang.coordination.CallbackRegister;
import org.xinfang.coordination.CallbackRegister.Attempt;
import org.xinfang.coordination.CallbackRegister.Callback;
import org.xinfang.platform.OfficeTime;
import org.xinfang.territory.StaffDirectory;
import org.xinfang.territory.StaffPrincipal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The callbacks as the API and the pages show them: staff by name, times in the office's zone, the phone and notes as
 * the viewer may read them (the phone comes masked from casework for those who do not see personal data).
 */
@Component
class CallbackViews {

    private final StaffDirectory staff;
    private final OfficeTime time;
    private final Clock clock;

    CallbackViews(StaffDirectory staff, OfficeTime time, Clock clock) {
        this.staff = staff;
        this.time = time;
        this.clock = clock;
    }

    record AttemptJson(Long id, OffsetDateTime calledAt, boolean reached, Satisfaction satisfaction, boolean evaluation,
                       String note, String recordedBy) {
    }

    /**
     * @param satisfaction the matter's rating now, however given (online, or on a callback)
     * @param evaluatedByCallback a reached call gave the matter's evaluation
     */
    record CallbackJson(Long matterId, String referenceNo, String title, MatterState state, LocalDate repliedOn,
                        long daysSinceReply, LocalDate callFrom, LocalDate ratingDueOn, String phone,
                        CallbackRegister.Standing standing, boolean reached, int notReached, Satisfaction satisfaction,
                        boolean evaluatedByCallback, List<AttemptJson> attempts) {
    }

    /** @param doneTotal the callbacks finished in the last 30 days, of which {@code done} are the latest */
    record ListJson(List<CallbackJson> waiting, List<CallbackJson> notReached, List<CallbackJson> done, int doneTotal) {
    }

    ListJson json(CallbackRegister.CallbackList list, StaffPrincipal viewer) {
        Map<String, String> names = names(Stream.of(list.waiting(), list.notReached(), list.done())
                .flatMap(List::stream).toList());
        return new ListJson(json(list.waiting(), viewer, names), json(list.notReached(), viewer, names),
                json(list.done(), viewer, names), list.doneTotal());
    }

    CallbackJson json(Callback c, StaffPrincipal viewer) {
        return json(c, viewer, names(List.of(c)));
    }

    AttemptJson json(Attempt a, StaffPrincipal viewer) {
        return json(a, viewer, staff.displayNames(List.of(a.recordedBy())));
    }

    private List<CallbackJson> json(List<Callback> callbacks, StaffPrincipal viewer, Map<String, String> names) {
        return callbacks.stream().map(c -> json(c, viewer, names)).toList();
    }

    private CallbackJson json(Callback c, StaffPrincipal viewer, Map<String, String> names) {
        var m = c.matter();
        return new CallbackJson(m.matterId(), m.referenceNo(), m.title(), m.state(), m.repliedOn(),
                c.daysSinceReply(LocalDate.now(clock)), c.callFrom(), m.ratingDueOn(), m.phone(), c.standing(),
                c.reached(), c.notReached(), m.satisfaction(), c.evaluation() != null,
                c.attempts().stream().map(a -> json(a, viewer, names)).toList());
    }

    private AttemptJson json(Attempt a, StaffPrincipal viewer, Map<String, String> names) {
        return new AttemptJson(a.id(), time.at(a.calledAt()), a.reached(), a.satisfaction(), a.evaluation(),
                a.note() == null ? null : viewer.readable(a.note()), names.getOrDefault(a.recordedBy(), a.recordedBy()));
    }

    private Map<String, String> names(List<Callback> callbacks) {
        Set<String> logins = new HashSet<>();
        callbacks.forEach(c -> c.attempts().forEach(a -> logins.add(a.recordedBy())));
        return staff.displayNames(logins);
    }
}
