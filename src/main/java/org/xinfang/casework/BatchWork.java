package org.xinfang.casework;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.xinfang.platform.Refusal;
import org.xinfang.territory.StaffPrincipal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Several matters ticked in the worklist, routed, reassigned or supervised together (issue 11, item 2). Each matter
 * goes through its own command ({@link MatterCommand.Routing}, {@link MatterCommand.Assignment},
 * {@link MatterCommand.Supervision}) in {@link Casework#act}, each in its own transaction, with the matter's own
 * version, checks and timeline entry: a refusal of one matter leaves the others done, and none is half-written.
 * Deliberately not transactional itself.
 */
@Service
public class BatchWork {

    /** The most matters one batch takes: a page of the worklist is 25, the API's largest page 200. */
    public static final int MAX_MATTERS = 200;

    /** What a batch does to each matter. */
    public enum Action {
        ROUTE("route"), ASSIGN("assign"), SUPERVISE("supervise");

        private final String param;

        Action(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        /** The action this address or form names; refused (400, field {@code action}) when it names none. */
        public static Action byParam(String name) {
            for (Action a : values()) {
                if (a.param.equals(name)) {
                    return a;
                }
            }
            throw Refusal.invalid("action", "batch.action.unknown", name);
        }
    }

    /**
     * What the batch's commands carry: for routing the kind and the body, for a reassignment the lead unit (and
     * co-handlers) and the reason, for supervision the reason.
     */
    public record Order(RoutingKind kind, String unitCode, String leadUnitCode, List<String> coHandlerUnitCodes,
                        String reason) {
    }

    /** What became of one matter: done, or refused and why; the reference number only where the actor may see it. */
    public record Outcome(Long id, String referenceNo, Refusal refusal) {
        public boolean done() {
            return refusal == null;
        }
    }

    private final Casework casework;

    BatchWork(Casework casework) {
        this.casework = casework;
    }

    /**
     * Applies {@code action} to each of {@code ids} (in the order given, each once) for {@code actor}. What the
     * whole batch lacks (no matter, too many, the body or the reason missing) is refused before any matter is touched.
     */
    public List<Outcome> apply(Action action, List<Long> ids, Order order, StaffPrincipal actor) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(ids == null ? List.of() : ids);
        distinct.remove(null);
        if (distinct.isEmpty()) {
            throw Refusal.invalid("ids", "batch.none-selected");
        }
        if (distinct.size() > MAX_MATTERS) {
            throw Refusal.invalid("ids", "batch.too-many", distinct.size(), MAX_MATTERS);
        }
        require(action, order);
        List<Outcome> outcomes = new ArrayList<>();
        for (Long id : distinct) {
            String referenceNo = null;
            try {
                var matter = casework.get(id, actor);
                referenceNo = matter.referenceNo();
                casework.act(id, command(action, matter.version(), order), actor);
                outcomes.add(new Outcome(id, referenceNo, null));
            } catch (Refusal r) {
                outcomes.add(new Outcome(id, referenceNo, r));
            } catch (OptimisticLockingFailureException stale) {
                // someone else changed the matter between its loading and its saving: nothing of this one was written
                outcomes.add(new Outcome(id, referenceNo, Refusal.conflict("problem.stale-version")));
            }
        }
        return outcomes;
    }

    private static void require(Action action, Order order) {
        switch (action) {
            case ROUTE -> {
                if (order.kind() == null) {
                    throw Refusal.invalid("kind", "batch.kind.missing");
                }
                if (blank(order.unitCode())) {
                    throw Refusal.invalid("unitCode", "batch.unit.missing");
                }
            }
            case ASSIGN -> {
                if (blank(order.leadUnitCode())) {
                    throw Refusal.invalid("leadUnitCode", "batch.lead.missing");
                }
                requireReason(order);
            }
            case SUPERVISE -> requireReason(order);
        }
        if (order.reason() != null && order.reason().length() > 2000) {
            throw Refusal.invalid("reason", "batch.reason.too-long", 2000);
        }
    }

    private static void requireReason(Order order) {
        if (blank(order.reason())) {
            throw Refusal.invalid("reason", "batch.reason.missing");
        }
    }

    private static MatterCommand command(Action action, int version, Order order) {
        String reason = blank(order.reason()) ? null : order.reason().strip();
        return switch (action) {
            case ROUTE -> new MatterCommand.Routing(version, order.kind(), order.unitCode(), reason);
            case ASSIGN -> new MatterCommand.Assignment(version, order.leadUnitCode(),
                    order.coHandlerUnitCodes() == null ? List.of() : order.coHandlerUnitCodes(), reason);
            case SUPERVISE -> new MatterCommand.Supervision(version, reason);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
