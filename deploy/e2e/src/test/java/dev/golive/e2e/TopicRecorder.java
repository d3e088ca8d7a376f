package dev.golive.e2e;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Everything published on the platform's topics, from the beginning, in the order each partition
 * holds it: a consumer thread assigned to every partition of every {@code golive.*} topic. A
 * cutover's events share a key and so a partition, so the order recorded per topic and cutover is
 * the order consumers see.
 */
final class TopicRecorder implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.CUTOVER, Topics.STAGING, Topics.INTEGRATION, Topics.TESTING,
            Topics.INCIDENT, Topics.ROLLBACK, Topics.NOTIFICATION, Topics.RUNBOOK);

    /**
     * One record as recorded: where it was, its CloudEvents id and type, the decoded event, when it
     * was written to the topic (the record's timestamp), and its W3C {@code traceparent} header (null
     * when the service that wrote it does not trace).
     */
    record Recorded(String topic, int partition, long offset, String key, String id, String type, String source,
                    GoliveEvent event, String json, Instant at, String traceparent) {

        /** The trace id of {@link #traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or null. */
        String traceId() {
            if (traceparent == null) {
                return null;
            }
            String[] parts = traceparent.split("-");
            return parts.length == 4 ? parts[1] : null;
        }

        @Override
        public String toString() {
            return topic + "@" + offset + " " + shortType(type) + " " + json;
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Recorded> recorded = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    TopicRecorder(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "golive-e2e-recorder-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            // Creates the topic with the broker's defaults when no service has written to it yet.
            RawTopicReader.fromBeginning(bootstrap, topic).close();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::pollLoop, "golive-e2e-topic-recorder");
        thread.setDaemon(true);
        thread.start();
    }

    private void pollLoop() {
        while (running) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                String type = RawTopicReader.header(r, CloudEventHeaders.TYPE);
                String json = r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8);
                GoliveEvent event = decoded(type, r.value());
                Recorded rec = new Recorded(r.topic(), r.partition(), r.offset(), r.key(),
                        RawTopicReader.header(r, CloudEventHeaders.ID), type,
                        RawTopicReader.header(r, CloudEventHeaders.SOURCE), event, json,
                        Instant.ofEpochMilli(r.timestamp()), RawTopicReader.header(r, "traceparent"));
                synchronized (recorded) {
                    recorded.add(rec);
                }
            }
        }
        consumer.close(Duration.ofSeconds(2));
    }

    /** The event, or null for a record no consumer could read either (the fault suite writes such records). */
    private static GoliveEvent decoded(String type, byte[] value) {
        if (type == null || value == null || EventCatalog.byName(type).isEmpty()) {
            return null;
        }
        try {
            return EventCodec.fromJson(type, value);
        } catch (EventCodec.UnreadableEventException unreadable) {
            return null;
        }
    }

    /** Everything recorded so far about one cutover, in recording order. */
    List<Recorded> about(String cutoverId) {
        synchronized (recorded) {
            return recorded.stream().filter(r -> cutoverId.equals(r.key())).toList();
        }
    }

    /** The events about one cutover on one topic, in partition order. */
    List<Recorded> about(String cutoverId, String topic) {
        return about(cutoverId).stream().filter(r -> r.topic().equals(topic)).toList();
    }

    /** The short type names ({@code MilestoneReached}) of a cutover's events on a topic, in order. */
    List<String> typesOn(String cutoverId, String topic) {
        return about(cutoverId, topic).stream().map(r -> shortType(r.type())).toList();
    }

    /** Waits for the first event of {@code type} about {@code cutoverId} matching {@code match}, and returns it. */
    <T extends GoliveEvent> T await(String cutoverId, EventType<T> type, Predicate<T> match, Duration timeout) {
        return awaitAll(cutoverId, type, match, 1, timeout).get(0);
    }

    <T extends GoliveEvent> T await(String cutoverId, EventType<T> type, Predicate<T> match) {
        return await(cutoverId, type, match, Weekend.WAIT);
    }

    <T extends GoliveEvent> T await(String cutoverId, EventType<T> type) {
        return await(cutoverId, type, e -> true);
    }

    /** Waits until {@code count} events of {@code type} about {@code cutoverId} match, and returns them in order. */
    <T extends GoliveEvent> List<T> awaitAll(String cutoverId, EventType<T> type, Predicate<T> match, int count,
                                             Duration timeout) {
        List<List<T>> found = new ArrayList<>();
        try {
            Awaitility.await(count + " x " + shortType(type.name()) + " about " + cutoverId)
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        List<T> matching = events(cutoverId, type).stream().filter(match).toList();
                        if (matching.size() >= count) {
                            found.add(matching.subList(0, count));
                            return true;
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No " + count + " matching " + type.name() + " about " + cutoverId + " within "
                    + timeout + "; recorded about it:\n  " + about(cutoverId).stream().map(Recorded::toString)
                    .collect(Collectors.joining("\n  ")), e);
        }
        return found.get(0);
    }

    /**
     * The decoded events of {@code type} about {@code cutoverId} recorded so far, in order; a record that
     * only claims the type and cannot be read as it (a poison record) is not one.
     */
    <T extends GoliveEvent> List<T> events(String cutoverId, EventType<T> type) {
        return about(cutoverId, type.topic()).stream().filter(r -> type.name().equals(r.type()) && r.event() != null)
                .map(r -> type.recordClass().cast(r.event())).toList();
    }

    /**
     * How many different events (CloudEvents ids) of {@code type} about {@code cutoverId} match: a
     * record sent again under the same id (the outbox relays at least once) counts once.
     */
    <T extends GoliveEvent> int distinct(String cutoverId, EventType<T> type, Predicate<T> match) {
        return (int) about(cutoverId, type.topic()).stream()
                .filter(r -> type.name().equals(r.type()) && r.event() != null)
                .filter(r -> match.test(type.recordClass().cast(r.event())))
                .map(Recorded::id).distinct().count();
    }

    /** The records that repeat a CloudEvents id recorded before them (on any topic). */
    List<Recorded> resent() {
        Set<String> seen = new HashSet<>();
        return all().stream().filter(r -> r.id() != null && !seen.add(r.id())).toList();
    }

    /** Everything recorded so far, in recording order. */
    List<Recorded> all() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    static String shortType(String type) {
        if (type == null) {
            return "(no type)";
        }
        String[] parts = type.split("\\.");
        return parts.length >= 4 ? parts[2] : type;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
