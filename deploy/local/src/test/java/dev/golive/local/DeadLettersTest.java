package dev.golive.local;

import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's replay of dead-lettered events against a real broker: a record goes back to the topic
 * it came from with its key, payload and CloudEvents headers (so every consumer's inbox recognises its
 * id), without the dead-letter headers, and a replay can be narrowed to one event.
 */
class DeadLettersTest {

    private static final String TOPIC = "golive.replay-test.v1";
    private static final String DLQ = TOPIC + ".dlq.weekend-testing";

    @Test
    void dead_lettered_records_are_listed_and_replayed_to_their_topic_as_they_were() throws Exception {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        String cutover = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        RawTopic.write(bootstrap, DLQ, cutover, "{\"cutoverId\":\"" + cutover + "\"}", Map.of("ce_id", first,
                "ce_type", "golive.cutover.CutoverPlanned.v1", "dead-letter-reason", "database refused: NUL",
                "dead-letter-topic", TOPIC));
        RawTopic.write(bootstrap, DLQ, cutover, "{\"n\":2}", Map.of("ce_id", second,
                "ce_type", "golive.cutover.CutoverUpdated.v1", "dead-letter-reason", "bug", "dead-letter-topic", TOPIC));

        assertThat(DeadLetters.deadLetterTopics(bootstrap)).contains(DLQ);
        assertThat(DeadLetters.readAll(bootstrap, DLQ)).extracting(RawTopicReader::text)
                .containsExactly("{\"cutoverId\":\"" + cutover + "\"}", "{\"n\":2}");

        try (RawTopicReader topic = RawTopicReader.atEnd(bootstrap, TOPIC)) {
            assertThat(DeadLetters.replay(bootstrap, DLQ, second)).isEqualTo(1);
            List<ConsumerRecord<String, byte[]>> replayed = topic.awaitRecords(r -> cutover.equals(r.key()), 1,
                    Duration.ofSeconds(30));
            assertThat(RawTopicReader.text(replayed.get(0))).isEqualTo("{\"n\":2}");
            assertThat(RawTopicReader.header(replayed.get(0), "ce_id")).isEqualTo(second);
            assertThat(RawTopicReader.header(replayed.get(0), "ce_type")).isEqualTo("golive.cutover.CutoverUpdated.v1");
            assertThat(RawTopicReader.header(replayed.get(0), "dead-letter-reason")).isNull();
            assertThat(RawTopicReader.header(replayed.get(0), "golive-replayed-from")).isEqualTo(DLQ + "@1");

            assertThat(DeadLetters.replay(bootstrap, DLQ, null)).isEqualTo(2);
            List<ConsumerRecord<String, byte[]>> all = topic.awaitRecords(r -> cutover.equals(r.key()), 2,
                    Duration.ofSeconds(30));
            assertThat(all).extracting(r -> RawTopicReader.header(r, "ce_id")).containsExactly(first, second);
            topic.awaitNone(r -> cutover.equals(r.key()), Duration.ofSeconds(1));
        }
    }
}
