package org.xinfang.demo;

import org.xinfang.casework.Actor;
import org.xinfang.casework.MatterBulkImport.Step;
import org.xinfang.casework.MatterCommand;
import org.xinfang.casework.MatterFlags;
import org.xinfang.casework.UrgentRecipient;
import org.xinfang.intake.Channel;
import org.xinfang.statute.Statute;
import org.xinfang.territory.Territory;
import org.xinfang.territory.UnitView;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo city's share of the flags the national system records (issue 10, item 7) and of recusals (item 8). Drawn
 * from a random stream of each matter's own (seeded by its reference number), so that adding them leaves the rest of
 * the seed's city as it was. First petition follows each person's earlier matters, in the order of registration.
 *
 * <p>Shares, as a county bureau's register would show them: anonymous 3% of written items (a visit or a call is never
 * anonymous), joint letters 4% of written items, litigation-related 6%, Hong Kong, Macao, Taiwan or foreign 0.2%,
 * threats of extreme action 1%, major or urgent 0.5% (reported at once; most acknowledged within hours, the recent
 * ones partly still on the desks), recusals 0.5%.
 */
final class DemoFlags {

    static final double ANONYMOUS_SHARE_WRITTEN = 0.03;
    static final double JOINT_LETTER_SHARE_WRITTEN = 0.04;
    static final double LITIGATION_SHARE = 0.06;
    static final double HMT_FOREIGN_SHARE = 0.002;
    static final double THREAT_SHARE = 0.01;
    static final double MAJOR_URGENT_SHARE = 0.005;
    static final double RECUSAL_SHARE = 0.005;
    /** Of the reports made in the last 30 days, how many are still unacknowledged by each recipient. */
    static final double RECENT_UNACKNOWLEDGED_SHARE = 0.35;
    /** The colleague who declares a conflict of interest in the demo: a name that is no one's log-in. */
    static final String RECUSING_STAFF = "demo.recusing";

    private static final java.time.LocalTime OPENS = java.time.LocalTime.of(8, 30);
    private static final java.time.LocalTime CLOSES = java.time.LocalTime.of(17, 30);
    private static final Set<Channel> WRITTEN = Set.of(Channel.LETTER, Channel.ONLINE, Channel.EMAIL);

    private final Territory territory;
    private final LocalDate today;
    private final ZoneId zone;
    private final Map<Integer, Integer> mattersOf = new HashMap<>();
    private final Map<String, Integer> mattersAt = new HashMap<>();

    DemoFlags(Territory territory, LocalDate today, ZoneId zone) {
        this.territory = territory;
        this.today = today;
        this.zone = zone;
    }

    /** What one item carries besides the seed's plan: its flags, its signatories and the steps the flags bring. */
    record Drawn(MatterFlags flags, int persons, List<Step> steps) {
    }

    /** Called in the order of registration. */
    Drawn draw(String referenceNo, int petitioner, Channel channel, int persons, UnitView receivingUnit,
               Instant registeredAt, List<Step> steps) {
        SplittableRandom random = new SplittableRandom(referenceNo.hashCode() * 31L + 7);
        int earlier = mattersOf.merge(petitioner, 1, Integer::sum) - 1;
        int earlierHere = mattersAt.merge(petitioner + "@" + receivingUnit.id(), 1, Integer::sum) - 1;
        boolean written = WRITTEN.contains(channel);
        int signatories = persons;
        if (written && random.nextDouble() < JOINT_LETTER_SHARE_WRITTEN) {
            signatories = 2 + random.nextInt(29);
        }
        boolean majorUrgent = random.nextDouble() < MAJOR_URGENT_SHARE;
        MatterFlags flags = new MatterFlags(Statute.isFirstPetition(earlierHere),
                Statute.isFirstPetition(earlier) && channel != Channel.HIGHER_BODY,
                written && random.nextDouble() < ANONYMOUS_SHARE_WRITTEN,
                Statute.isJointLetter(written, signatories),
                random.nextDouble() < LITIGATION_SHARE, random.nextDouble() < HMT_FOREIGN_SHARE,
                random.nextDouble() < THREAT_SHARE || (majorUrgent && random.nextDouble() < 0.3), false);
        List<Step> added = new ArrayList<>();
        Instant cutoff = today.atStartOfDay(zone).toInstant();
        Instant next = steps.isEmpty() ? cutoff : steps.get(0).at();
        Instant last = registeredAt;
        if (!steps.isEmpty() && random.nextDouble() < RECUSAL_SHARE) {
            // a colleague at the office that received it knows the petitioner and stands aside before the matter moves on
            Instant declared = duringOfficeHours(last.plus(Duration.ofMinutes(1 + random.nextInt(4))));
            if (declared.isBefore(next) && declared.isBefore(cutoff)) {
                added.add(new Step(declared, new Actor(RECUSING_STAFF, receivingUnit.id()),
                        new MatterCommand.RecusalDeclaration(null, "本人与信访人系近亲属，申请回避。")));
                last = declared;
            }
        }
        Instant flagged = duringOfficeHours(last.plus(Duration.ofMinutes(5 + random.nextInt(40))));
        if (majorUrgent && flagged.isBefore(next) && flagged.isBefore(cutoff)) {
            Actor registrar = new Actor(DemoCityGenerator.ACTOR, receivingUnit.id());
            added.add(new Step(flagged, registrar, new MatterCommand.FlagsCorrection(null, null, null, null, null, null,
                    null, null, true, "经研判可能造成较大社会影响，属重大紧急信访事项，即时报告。")));
            boolean recent = registeredAt.isAfter(cutoff.minus(Duration.ofDays(30)));
            List<Step> acknowledgements = new ArrayList<>();
            for (UrgentRecipient r : UrgentRecipient.of(territory, receivingUnit)) {
                Instant acknowledged = duringOfficeHours(flagged.plus(Duration.ofMinutes(20 + random.nextInt(6 * 60))));
                if (!acknowledged.isBefore(next)) {
                    // the matter's next step comes first: the recipient has acknowledged by then (halfway there)
                    acknowledged = flagged.plus(Duration.between(flagged, next).dividedBy(2));
                }
                if ((recent && random.nextDouble() < RECENT_UNACKNOWLEDGED_SHARE) || !acknowledged.isBefore(cutoff)) {
                    continue;
                }
                acknowledgements.add(new Step(acknowledged, new Actor(DemoCityGenerator.ACTOR, r.unit().id()),
                        new MatterCommand.UrgentAcknowledgement(null)));
            }
            acknowledgements.sort(java.util.Comparator.comparing(Step::at));
            added.addAll(acknowledgements);
        }
        List<Step> all = new ArrayList<>(added);
        all.addAll(steps);
        return new Drawn(flags, signatories, all);
    }

    /** {@code moment}, or when the office is closed then, the next opening plus the moment's minutes past the hour. */
    private Instant duringOfficeHours(Instant moment) {
        java.time.ZonedDateTime local = moment.atZone(zone);
        java.time.LocalTime time = local.toLocalTime();
        if (!time.isBefore(OPENS) && !time.isAfter(CLOSES)) {
            return moment;
        }
        LocalDate day = time.isBefore(OPENS) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return day.atTime(OPENS.plusMinutes(local.getMinute())).atZone(zone).toInstant();
    }
}
