package org.xinfang.demo;

import org.xinfang.casework.AcceptanceOutcome;
import org.xinfang.casework.DeliveryMethod;
import org.xinfang.casework.DeliveryOutcome;
import org.xinfang.casework.MatterBulkImport.Step;
import org.xinfang.casework.MatterCommand;
import org.xinfang.intake.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The delivery (送达) of each written document a planned matter issues: the acceptance or non-acceptance notice, the
 * opinion, the review and the re-review opinion. Visits are mostly answered in person, online items electronically or by a
 * text message with a link, letters by post; the higher bodies' opinions mostly by post. Post takes a few days, so an
 * opinion can still be on its way today (未送达); a few petitioners refuse the letter (拒收, left with a record), and a
 * few notices are never recorded as delivered. A review request comes after the opinion's delivery, and a re-review
 * request after the review opinion's, as the statute asks.
 *
 * <p>Draws from its own random source, seeded per matter, so that the rest of the seed's city stays as it was.
 */
final class DemoDeliveries {

    /** The generator's office hours, 8:30 to 17:30. */
    private static final int OFFICE_OPENS = 8 * 3600 + 30 * 60;
    private static final int OFFICE_CLOSES = 17 * 3600 + 30 * 60;

    static final double REFUSED_IN_PERSON_SHARE = 0.05;
    static final double REFUSED_BY_POST_SHARE = 0.01;
    /** Documents with no step depending on them whose delivery is never recorded. */
    static final double NEVER_RECORDED_SHARE = 0.03;

    static final List<String> REFUSAL_NOTES = List.of(
            "信访人拒绝签收，经村（居）委会工作人员见证，已将文书留置于其住所并拍照记录",
            "信访人当场表示不服，拒绝在送达回证上签字，送达人和见证人已签名，文书留置于信访人处",
            "信访人拒收，经其所在单位代表到场见证，文书留置并录像记录送达过程");

    private final SplittableRandom random;
    private final ZoneId zone;

    private DemoDeliveries(long seed, ZoneId zone) {
        this.random = new SplittableRandom(seed);
        this.zone = zone;
    }

    /**
     * The steps with a delivery step after each document step, in the order of their moments. {@code seed} is the
     * matter's own (the same matter gets the same deliveries).
     */
    static List<Step> withDeliveries(List<Step> steps, Channel channel, long seed, ZoneId zone) {
        return new DemoDeliveries(seed, zone).plan(steps, channel);
    }

    private List<Step> plan(List<Step> steps, Channel channel) {
        List<Step> all = new ArrayList<>(steps);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String document = document(step.command());
            if (document == null) {
                continue;
            }
            Step dependent = dependentOf(steps, i);
            if (dependent == null && chance(NEVER_RECORDED_SHARE)) {
                continue;
            }
            boolean higherBody = step.command() instanceof MatterCommand.ReviewOpinion
                    || step.command() instanceof MatterCommand.ReReviewOpinion;
            DeliveryMethod method = method(channel, higherBody);
            LocalDate issued = day(step.at());
            LocalDate delivered = issued.plusDays(delay(method));
            if (dependent != null) {
                // delivered before the petitioner asks for review of it: at the latest the day before the request
                LocalDate latest = day(dependent.at()).minusDays(1);
                if (delivered.isAfter(latest)) {
                    delivered = latest.isBefore(issued) ? issued : latest;
                }
            }
            Instant at = moment(delivered, step.at());
            if (dependent != null && !at.isBefore(dependent.at())) {
                at = step.at().plusSeconds(60);
                delivered = day(at);
            }
            DeliveryOutcome outcome = chance(method == DeliveryMethod.IN_PERSON ? REFUSED_IN_PERSON_SHARE
                    : method == DeliveryMethod.POST ? REFUSED_BY_POST_SHARE : 0) ? DeliveryOutcome.REFUSED : DeliveryOutcome.SIGNED;
            String note = outcome == DeliveryOutcome.REFUSED ? REFUSAL_NOTES.get(random.nextInt(REFUSAL_NOTES.size())) : null;
            all.add(new Step(at, step.actor(), new MatterCommand.Delivery(null, document, method, delivered, outcome, note,
                    deliveredBy(method), method == DeliveryMethod.POST ? trackingNumber() : null)));
        }
        all.sort(Comparator.comparing(Step::at));
        return all;
    }

    /** The document a step issues, as the delivery command names it; null for a step that issues none. */
    private static String document(MatterCommand command) {
        if (command instanceof MatterCommand.Acceptance a) {
            return a.outcome() == AcceptanceOutcome.ACCEPTED ? "acceptance-notice"
                    : a.outcome() == AcceptanceOutcome.NOT_ACCEPTED ? "non-acceptance-notice" : null;
        }
        if (command instanceof MatterCommand.OpinionSignOff) {
            return "handling-opinion";
        }
        if (command instanceof MatterCommand.ReviewOpinion) {
            return "review-opinion";
        }
        return command instanceof MatterCommand.ReReviewOpinion ? "re-review-opinion" : null;
    }

    /** The request whose window runs from this document's delivery: review after the opinion, re-review after review. */
    private static Step dependentOf(List<Step> steps, int documentStep) {
        MatterCommand command = steps.get(documentStep).command();
        for (int j = documentStep + 1; j < steps.size(); j++) {
            MatterCommand later = steps.get(j).command();
            // a guidance ends the procedure (guided out, terminal): what was issued before is delivered before it
            if (command instanceof MatterCommand.OpinionSignOff && later instanceof MatterCommand.ReviewRequest
                    || command instanceof MatterCommand.ReviewOpinion && later instanceof MatterCommand.ReReviewRequest
                    || later instanceof MatterCommand.Guidance) {
                return steps.get(j);
            }
        }
        return null;
    }

    private DeliveryMethod method(Channel channel, boolean higherBody) {
        double u = random.nextDouble();
        if (higherBody) {
            return u < 0.70 ? DeliveryMethod.POST : DeliveryMethod.IN_PERSON;
        }
        return switch (channel) {
            case VISIT -> u < 0.60 ? DeliveryMethod.IN_PERSON : u < 0.85 ? DeliveryMethod.POST : DeliveryMethod.SMS_LINK;
            case ONLINE, EMAIL -> u < 0.50 ? DeliveryMethod.ELECTRONIC : u < 0.85 ? DeliveryMethod.SMS_LINK : DeliveryMethod.POST;
            default -> u < 0.60 ? DeliveryMethod.POST : u < 0.80 ? DeliveryMethod.IN_PERSON : DeliveryMethod.SMS_LINK;
        };
    }

    /** Days from the document to its delivery: post a few days, in person within three, electronically the same or next. */
    private int delay(DeliveryMethod method) {
        return switch (method) {
            case POST -> 2 + random.nextInt(5);
            case IN_PERSON -> random.nextInt(4);
            default -> random.nextInt(2);
        };
    }

    private static String deliveredBy(DeliveryMethod method) {
        return switch (method) {
            case POST -> "中国邮政EMS";
            case ELECTRONIC -> "网上信访平台";
            case SMS_LINK -> "信访短信平台";
            default -> null;
        };
    }

    /** An EMS number as the UPU's S10 standard has it: two letters, nine digits, CN. */
    private String trackingNumber() {
        return "E" + (char) ('A' + random.nextInt(26)) + String.format("%09d", random.nextInt(1_000_000_000)) + "CN";
    }

    /** A moment on {@code day} while the office is open, after {@code after}; the next day's opening if none is left. */
    private Instant moment(LocalDate day, Instant after) {
        Instant planned = day.atTime(LocalTime.ofSecondOfDay(OFFICE_OPENS + random.nextInt(OFFICE_CLOSES - OFFICE_OPENS)))
                .atZone(zone).toInstant();
        if (planned.isAfter(after)) {
            return planned;
        }
        Instant soon = after.plusSeconds(60L * (5 + random.nextInt(25)));
        int second = soon.atZone(zone).toLocalTime().toSecondOfDay();
        if (day(soon).equals(day(after)) && second <= OFFICE_CLOSES) {
            return soon;
        }
        return day(after).plusDays(1).atTime(LocalTime.ofSecondOfDay(OFFICE_OPENS + 60L * random.nextInt(60)))
                .atZone(zone).toInstant();
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
