package org.xinfang.intelligence.hotspot;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hot-spot topics of the real citizens' messages (messages-hotspot.csv, read from ../shared, never copied here):
 * the same estate's complaint raised by many users is one topic at the top, and no topic swallows unrelated messages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotSpotMessagesTest {

    private static final Path FILE = Path.of("../shared/data/complaints-zh/messages-hotspot.csv");

    private List<HotSpotMessage> messages;
    private List<HotSpotTopic> topics;

    @BeforeAll
    void cluster() throws Exception {
        assumeTrue(Files.isReadable(FILE), "The citizens' messages are not here (" + FILE.toAbsolutePath()
                + "): the hot-spot run on them is skipped");
        messages = MessagesFile.read(FILE);
        LocalDate asOf = messages.stream().map(HotSpotMessage::day).max(Comparator.naturalOrder()).orElseThrow();
        topics = TopicClustering.topics(messages, asOf);
    }

    @Test
    void readsEveryMessageOfTheFile() {
        assertThat(messages).hasSize(4326);
        assertThat(messages).allSatisfy(m -> assertThat(m.title()).isNotBlank());
    }

    @Test
    void theEstateManyResidentsComplainOfIsTheHottestTopic() {
        HotSpotTopic hottest = topics.get(0);
        assertThat(hottest.places()).contains("丽发新城");
        assertThat(hottest.heat().people()).isGreaterThanOrEqualTo(20);
        assertThat(hottest.messages()).allSatisfy(m -> assertThat(m.title() + m.text()).contains("丽发新城"));
        assertThat(hottest.kind()).contains(HotSpotKind.ENVIRONMENTAL_POLLUTION);
    }

    @Test
    void theTopTopicsAreEachOnePlaceRaisedBySeveralPeople() {
        List<HotSpotTopic> top = topics.subList(0, 10);
        assertThat(top).filteredOn(t -> t.heat().people() >= 3).hasSizeGreaterThanOrEqualTo(8);
        // every message of a top topic names the topic's first place below a district, or its district
        assertThat(top).allSatisfy(t -> assertThat(t.messages()).filteredOn(m -> t.places().stream()
                .anyMatch((m.title() + m.text())::contains)).hasSameSizeAs(t.messages()));
    }

    @Test
    void noTopicSwallowsUnrelatedMessages() {
        assertThat(topics).allSatisfy(t -> assertThat(t.messages().size()).isLessThan(messages.size() / 50));
        assertThat(topics.stream().mapToInt(t -> t.messages().size()).sum()).isLessThan(messages.size() / 2);
    }
}
