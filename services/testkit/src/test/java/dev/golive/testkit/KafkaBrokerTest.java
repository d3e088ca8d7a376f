package dev.golive.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @org.junit.jupiter.api.BeforeAll
    static void quietKafka() {
        QuietLogs.kafka();
    }


    @Test
    void rawRecordsRoundTripWithHeaders() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        String topic = "testkit-roundtrip-" + UUID.randomUUID();
        KafkaBroker.shared().createTopic(topic, 3);

        RawTopic.write(bootstrap, topic, "before", "written before the reader".getBytes(StandardCharsets.UTF_8), Map.of());
        try (RawTopicReader reader = RawTopicReader.atEnd(bootstrap, topic)) {
            RawTopic.write(bootstrap, topic, "cutover-1", "{\"n\":1}".getBytes(StandardCharsets.UTF_8),
                    Map.of("ce_type", "CutoverPlanned", "ce_id", "id-1"));
            RawTopic.write(bootstrap, topic, "cutover-2", "{\"n\":2}", Map.of("ce_type", "CutoverCancelled"));

            List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(
                    r -> "CutoverPlanned".equals(RawTopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30));

            assertThat(records).hasSize(1);
            ConsumerRecord<String, byte[]> record = records.get(0);
            assertThat(record.key()).isEqualTo("cutover-1");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":1}");
            assertThat(RawTopicReader.header(record, "ce_id")).isEqualTo("id-1");
            assertThat(RawTopicReader.header(record, "missing")).isNull();

            assertThat(reader.awaitRecords(r -> "cutover-2".equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
            // positioned at the end on creation: the earlier record never shows up
            reader.awaitNone(r -> "before".equals(r.key()), Duration.ofMillis(500));
        }
    }

    @Test
    void awaitRecordsFailsListingWhatItSaw() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        String topic = "testkit-missing-" + UUID.randomUUID();
        try (RawTopicReader reader = RawTopicReader.atEnd(bootstrap, topic)) {
            RawTopic.write(bootstrap, topic, "only-key", "v", Map.of("h", "x"));
            assertThatThrownBy(() -> reader.awaitRecords(r -> "other".equals(r.key()), 1, Duration.ofSeconds(2)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("got 0")
                    .hasMessageContaining("key=only-key");
            assertThatThrownBy(() -> reader.awaitNone(r -> "only-key".equals(r.key()), Duration.ofSeconds(2)))
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void aHeldAbsenceFailsAsSoonAsAMatchingRecordArrives() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        String topic = "testkit-hold-" + UUID.randomUUID();
        try (RawTopicReader reader = RawTopicReader.atEnd(bootstrap, topic)) {
            RawTopic.write(bootstrap, topic, "unwanted", "v", Map.of());
            long begin = System.nanoTime();
            assertThatThrownBy(() -> reader.awaitNone(r -> "unwanted".equals(r.key()), Duration.ofSeconds(60)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("key=unwanted");
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(30));
        }
    }

    @Test
    void aRecordThatArrivedStaysForTheNextAwait() {
        String bootstrap = KafkaBroker.shared().bootstrapServers();
        String topic = "testkit-arrived-" + UUID.randomUUID();
        try (RawTopicReader reader = RawTopicReader.atEnd(bootstrap, topic)) {
            RawTopic.write(bootstrap, topic, "k", "v", Map.of());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                    .until(() -> reader.arrived(r -> "k".equals(r.key())));
            assertThat(reader.awaitRecords(r -> "k".equals(r.key()), 1, Duration.ofSeconds(1))).hasSize(1);
        }
    }

    @Test
    void restartsOnTheSamePortWithItsData() throws Exception {
        try (KafkaBroker broker = KafkaBroker.create()) {
            broker.start();
            String bootstrap = broker.bootstrapServers();
            String topic = "testkit-restart";
            broker.createTopic(topic, 1);
            RawTopic.write(bootstrap, topic, "k1", "survives a restart", Map.of("n", "1"));

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThat(accepts(broker.port())).as("port closed while stopped").isFalse();

            broker.start();
            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(accepts(broker.port())).isTrue();
            try (RawTopicReader reader = RawTopicReader.fromBeginning(bootstrap, topic)) {
                List<ConsumerRecord<String, byte[]>> records = reader.awaitRecords(1, Duration.ofSeconds(30));
                assertThat(records.get(0).key()).isEqualTo("k1");
                assertThat(RawTopicReader.text(records.get(0))).isEqualTo("survives a restart");
                assertThat(RawTopicReader.header(records.get(0), "n")).isEqualTo("1");
            }
            // and it still takes writes after the restart
            RawTopic.write(bootstrap, topic, "k2", "after", Map.of());
            try (RawTopicReader reader = RawTopicReader.fromBeginning(bootstrap, topic)) {
                assertThat(reader.awaitRecords(2, Duration.ofSeconds(30)))
                        .extracting(ConsumerRecord::key).containsExactly("k1", "k2");
            }
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
