package org.xinfang.intelligence.hotspot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The command that groups a file of citizens' messages into hot-spot topics and prints the hottest (the run reported
 * in docs/intelligence.md): {@code java -cp target/classes org.xinfang.intelligence.hotspot.HotSpotReport
 * ../shared/data/complaints-zh/messages-hotspot.csv [top]}. The heat is reckoned as of the file's latest day.
 */
public final class HotSpotReport {

    private HotSpotReport() {
    }

    public static void main(String[] args) throws Exception {
        List<HotSpotMessage> messages = MessagesFile.read(Path.of(args[0]));
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long started = System.nanoTime();
        LocalDate asOf = messages.stream().map(HotSpotMessage::day).max(Comparator.naturalOrder()).orElseThrow();
        List<HotSpotTopic> topics = TopicClustering.topics(messages, asOf);
        System.out.printf("%d messages, %d topics of %d or more, in %d ms (as of %s)%n", messages.size(), topics.size(),
                TopicClustering.SMALLEST, (System.nanoTime() - started) / 1_000_000, asOf);
        System.out.println("| # | topic (typical title) | places | messages | people | likes | span | growth | recency | heat | kind |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < Math.min(top, topics.size()); i++) {
            HotSpotTopic t = topics.get(i);
            HeatScore h = t.heat();
            System.out.printf("| %d | %s | %s | %d | %d | %d | %s – %s | %.2f | %.2f | %.2f | %s |%n", i + 1, t.label(),
                    String.join("、", t.places()), h.messages(), h.people(), h.likes(), t.first(), t.last(), h.growth(),
                    h.recency(), h.score(), t.kind().map(Enum::name).orElse(""));
        }
    }
}
