package org.xinfang.intelligence.hotspot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups texts into hot-spot topics (热点聚类): two texts are about one topic when they name the same place and their
 * TF-IDF bigram vectors are close (cosine at least {@link #SAME_PLACE}), or, naming no place below a district, when
 * they name the same district and are very close ({@link #SAME_DISTRICT}); a topic is a connected group of such
 * pairs. Comparing only texts that share a place keeps it to seconds: 4,326 messages make some hundred thousand
 * comparisons, not nine million.
 */
public final class TopicClustering {

    /** The cosine above which two texts naming one place are about one issue (tuned on messages-hotspot.csv). */
    static final double SAME_PLACE = 0.20;
    /** Two texts naming only the same district must be closer: a district holds many unrelated issues. */
    static final double SAME_DISTRICT = 0.50;
    /** A topic has at least this many messages. */
    static final int SMALLEST = 2;

    private TopicClustering() {
    }

    /** The topics among {@code messages}, hottest first, as of {@code asOf} (the day the heat's windows end). */
    public static List<HotSpotTopic> topics(List<HotSpotMessage> messages, LocalDate asOf) {
        int n = messages.size();
        List<String> texts = messages.stream().map(m -> m.title() + "。" + m.text()).toList();
        List<TextVectors.Vector> vectors = TextVectors.of(texts);
        List<Places.Found> places = texts.stream().map(Places::in).toList();
        Map<String, List<Integer>> namedBlocks = new HashMap<>();
        Map<String, List<Integer>> districtBlocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            HotSpotMessage m = messages.get(i);
            Places.Found found = places.get(i);
            int at = i;
            found.named().forEach(p -> namedBlocks.computeIfAbsent(p, k -> new ArrayList<>()).add(at));
            if (m.placeName() != null) {
                namedBlocks.computeIfAbsent(m.placeName(), k -> new ArrayList<>()).add(at);
            } else if (found.named().isEmpty()) {
                found.districts().forEach(d -> districtBlocks.computeIfAbsent(d, k -> new ArrayList<>()).add(at));
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        join(namedBlocks, vectors, SAME_PLACE, parent);
        join(districtBlocks, vectors, SAME_DISTRICT, parent);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<HotSpotTopic> topics = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() >= SMALLEST) {
                topics.add(topic(members, messages, vectors, places, asOf));
            }
        }
        topics.sort(Comparator.comparingDouble((HotSpotTopic t) -> t.heat().score()).reversed()
                .thenComparing(HotSpotTopic::label));
        return topics;
    }

    private static void join(Map<String, List<Integer>> blocks, List<TextVectors.Vector> vectors, double threshold,
                             int[] parent) {
        for (List<Integer> block : blocks.values()) {
            for (int a = 0; a < block.size(); a++) {
                TextVectors.Vector va = vectors.get(block.get(a));
                for (int b = a + 1; b < block.size(); b++) {
                    int i = block.get(a);
                    int j = block.get(b);
                    if (root(parent, i) != root(parent, j) && va.dot(vectors.get(j)) >= threshold) {
                        parent[root(parent, i)] = root(parent, j);
                    }
                }
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static HotSpotTopic topic(List<Integer> members, List<HotSpotMessage> messages,
                                      List<TextVectors.Vector> vectors, List<Places.Found> places, LocalDate asOf) {
        // the most typical message: the largest summed similarity to the others (a large topic is compared on a sample)
        List<Integer> sample = members.size() > 200 ? members.subList(0, 200) : members;
        int typical = members.get(0);
        double best = -1;
        for (int i : sample) {
            double sum = 0;
            for (int j : sample) {
                sum += vectors.get(i).dot(vectors.get(j));
            }
            if (sum > best) {
                best = sum;
                typical = i;
            }
        }
        int first = typical;
        List<HotSpotMessage> ordered = new ArrayList<>(members.size());
        ordered.add(messages.get(first));
        members.stream().filter(i -> i != first).map(messages::get)
                .sorted(Comparator.comparing(HotSpotMessage::day).reversed()).forEach(ordered::add);
        Map<String, Long> named = members.stream().flatMap(i -> {
            HotSpotMessage m = messages.get(i);
            var p = new ArrayList<>(places.get(i).districts());
            p.addAll(places.get(i).named());
            if (m.placeName() != null) {
                p.add(m.placeName());
            }
            return p.stream().distinct();
        }).collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<String> topPlaces = named.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(4).map(Map.Entry::getKey).toList();
        LocalDate from = ordered.stream().map(HotSpotMessage::day).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = ordered.stream().map(HotSpotMessage::day).max(Comparator.naturalOrder()).orElseThrow();
        return new HotSpotTopic(messages.get(first).title(), List.copyOf(ordered), topPlaces, from, to,
                HeatScore.of(ordered, asOf), kind(ordered));
    }

    /**
     * The topic's kind: the category's kind of most of its matters, or for messages the kind most of them are by their
     * words; none unless at least half of the texts are of it.
     */
    static Optional<HotSpotKind> kind(List<HotSpotMessage> messages) {
        Map<HotSpotKind, Long> votes = messages.stream().map(m -> HotSpotKind.ofCategory(m.categoryCode())
                        .or(() -> HotSpotKind.ofText(m.title(), m.text())))
                .flatMap(Optional::stream).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() * 2 >= messages.size()).map(Map.Entry::getKey);
    }
}
