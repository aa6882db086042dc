package org.xinfang.coordination;

import org.xinfang.casework.MatterState;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the procedure has concluded a matter, for coordination's registers: closed, reviewed without a re-review,
 * final, guided into the procedure it belongs to, or merged into its original. A review reopens it until the review
 * ends; an opinion given and not yet rated is not concluded (the petitioner may still be dissatisfied). A package
 * case so concluded is resolved (化解); a backlog case may then be settled (案结事了).
 */
public final class Concluded {

    private static final Set<MatterState> STATES = EnumSet.of(MatterState.CLOSED, MatterState.REVIEWED, MatterState.FINAL,
            MatterState.GUIDED_OUT, MatterState.MERGED);

    private Concluded() {
    }

    public static boolean is(MatterState state) {
        return STATES.contains(state);
    }
}
