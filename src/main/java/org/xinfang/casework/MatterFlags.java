package org.xinfang.casework;

import jakarta.persistence.Embeddable;

import java.util.ArrayList;
import java.util.List;

/**
 * The flags the national petition information system records on every matter (issue 10, item 7), set at registration
 * and corrected later by {@link MatterCommand.FlagsCorrection}.
 *
 * @param firstToBody        first petition to this body (初次信访): the petitioner has no earlier matter received here
 * @param firstAnywhere      first petition anywhere: no earlier matter at all (implies {@code firstToBody})
 * @param anonymous          anonymous (匿名): the petitioner's identity is withheld from everyone but the receiving
 *                           office's registrars
 * @param jointLetter        a joint letter (联名信), signed by several people
 * @param litigationRelated  litigation-related (涉法涉诉)
 * @param hmtForeign         involving Hong Kong, Macao, Taiwan, overseas Chinese or foreign nationals (涉港澳台侨外;
 *                           foreigners' matters are handled by these Regulations, 2022 art. 48)
 * @param threat             the petitioner threatens extreme action (扬言)
 * @param majorUrgent        major or urgent (重大紧急), reported at once under 2022 art. 25
 */
@Embeddable
public record MatterFlags(boolean firstToBody, boolean firstAnywhere, boolean anonymous, boolean jointLetter,
                          boolean litigationRelated, boolean hmtForeign, boolean threat, boolean majorUrgent) {

    /** No flag set: what a matter registered without flags (an old import) carries. */
    public static final MatterFlags NONE = new MatterFlags(false, false, false, false, false, false, false, false);

    /**
     * The flags as a request gives them: each optional; a missing one is computed at registration (the first-petition
     * flags, the joint letter) or false, and left as it was by a correction.
     */
    public record Given(Boolean firstToBody, Boolean firstAnywhere, Boolean anonymous, Boolean jointLetter,
                        Boolean litigationRelated, Boolean hmtForeign, Boolean threat, Boolean majorUrgent) {

        public static final Given NOTHING = new Given(null, null, null, null, null, null, null, null);
    }

    /** These flags with what {@code given} names replaced. */
    public MatterFlags with(Given given) {
        if (given == null) {
            return this;
        }
        return new MatterFlags(or(given.firstToBody(), firstToBody), or(given.firstAnywhere(), firstAnywhere),
                or(given.anonymous(), anonymous), or(given.jointLetter(), jointLetter),
                or(given.litigationRelated(), litigationRelated), or(given.hmtForeign(), hmtForeign),
                or(given.threat(), threat), or(given.majorUrgent(), majorUrgent));
    }

    /** The flags that are set, in the order of {@link MatterFlag}. */
    public List<MatterFlag> raised() {
        List<MatterFlag> set = new ArrayList<>();
        for (MatterFlag flag : MatterFlag.values()) {
            if (flag.of(this)) {
                set.add(flag);
            }
        }
        return set;
    }

    private static boolean or(Boolean given, boolean current) {
        return given == null ? current : given;
    }
}
