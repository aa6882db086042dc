package org.xinfang.intelligence.hotspot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How hot a topic is (热度): a weighted sum of five parts, each on a log scale so that no one of them swamps the rest.
 * <pre>
 *   heat = 1.0·ln(1+messages) + 1.5·ln(1+people) + 0.5·ln(1+likes) + 1.0·growth + 1.0·recency
 *   growth  = max(0, ln((recent+1)/(earlier+1))), recent = the last 30 days up to the day of the analysis,
 *             earlier = the 30 days before them
 *   recency = 2^(−days since the latest message / 30)
 * </pre>
 * People weigh more than messages: fifty people writing once about an estate is a hot spot, one person writing fifty
 * times is a repeat petition. Likes count for less, as a public board's readers endorse without being concerned. A
 * topic that doubles from one month to the next gains as much as one with e ≈ 2.7 times as many messages; a topic
 * whose last message is a month old has lost half of its recency. docs/intelligence.md has the reasoning.
 */
public record HeatScore(int messages, int people, long likes, int recent, int earlier, double growth, double recency,
                 double score) {

    static final double MESSAGES = 1.0;
    static final double PEOPLE = 1.5;
    static final double LIKES = 0.5;
    static final double GROWTH = 1.0;
    static final double RECENCY = 1.0;
    static final int WINDOW_DAYS = 30;
    static final int HALF_LIFE_DAYS = 30;

    static HeatScore of(List<HotSpotMessage> messages, LocalDate asOf) {
        int people = (int) messages.stream().map(HotSpotMessage::person).distinct().count();
        long likes = messages.stream().mapToLong(HotSpotMessage::likes).sum();
        LocalDate recentFrom = asOf.minusDays(WINDOW_DAYS - 1L);
        LocalDate earlierFrom = recentFrom.minusDays(WINDOW_DAYS);
        int recent = 0;
        int earlier = 0;
        LocalDate last = LocalDate.MIN;
        for (HotSpotMessage m : messages) {
            if (!m.day().isBefore(recentFrom) && !m.day().isAfter(asOf)) {
                recent++;
            } else if (!m.day().isBefore(earlierFrom) && m.day().isBefore(recentFrom)) {
                earlier++;
            }
            if (m.day().isAfter(last)) {
                last = m.day();
            }
        }
        double growth = Math.max(0, Math.log((recent + 1.0) / (earlier + 1.0)));
        long age = Math.max(0, ChronoUnit.DAYS.between(last, asOf));
        double recency = Math.pow(2, -(double) age / HALF_LIFE_DAYS);
        double score = MESSAGES * Math.log1p(messages.size()) + PEOPLE * Math.log1p(people) + LIKES * Math.log1p(likes)
                + GROWTH * growth + RECENCY * recency;
        return new HeatScore(messages.size(), people, likes, recent, earlier, growth, recency, score);
    }
}
