package dev.golive.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * Reads raw records of one topic, for tests: a consumer with its own random group, assigned to all
 * partitions of the topic (which is created, with the broker's defaults, if missing), positioned at
 * the end when created (it only sees what comes after) or at the beginning on request.
 *
 * <p>Records that an {@code awaitRecords} call has returned are consumed; the others stay buffered
 * for later calls. Not thread-safe.
 */
public final class RawTopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ASSIGN_TIMEOUT = Duration.ofSeconds(30);
    /** How much longer than its period a hold may take (its polls block up to {@link #POLL} each). */
    private static final Duration HOLD_SLACK = Duration.ofSeconds(5);

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    /** Polled records not yet returned by an await. */
    private final List<ConsumerRecord<String, byte[]>> buffer = new ArrayList<>();
    /** Every record polled, for failure messages. */
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private RawTopicReader(String bootstrap, String topic, boolean fromBeginning) {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "golive-rawtopic-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        this.consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = partitions();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            // seekTo* is lazy: resolve the positions now, so "the end" means the end at creation time.
            partitions.forEach(consumer::position);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /** A reader that sees only records written after this call. */
    public static RawTopicReader atEnd(String bootstrap, String topic) {
        return new RawTopicReader(bootstrap, topic, false);
    }

    /** A reader that sees every record in the topic. */
    public static RawTopicReader fromBeginning(String bootstrap, String topic) {
        return new RawTopicReader(bootstrap, topic, true);
    }

    /** Same as {@link #atEnd(String, String)}. */
    public RawTopicReader(String bootstrap, String topic) {
        this(bootstrap, topic, false);
    }

    public String topic() {
        return topic;
    }

    /**
     * Polls until {@code count} records matching {@code match} have arrived and returns them (in
     * arrival order); fails with an {@link AssertionError} listing everything seen otherwise.
     */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(Predicate<ConsumerRecord<String, byte[]>> match,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, byte[]>> matching = buffer.stream().filter(match).limit(count).toList();
            if (matching.size() >= count) {
                removeIdentical(matching);
                return matching;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within "
                        + timeout + ", got " + matching.size() + ". Records seen (" + seen.size() + "):"
                        + describe(seen));
            }
            pollOnce();
        }
    }

    /** Every record, until {@code count} have arrived. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(int count, Duration timeout) {
        return awaitRecords(r -> true, count, timeout);
    }

    /**
     * Holds for the whole {@code period} (Awaitility {@code during}) that no record matching
     * {@code match} arrives, polling all along; fails with an {@link AssertionError} naming the
     * record(s) as soon as one arrives (or was already buffered). Buffered records stay buffered.
     */
    public void awaitNone(Predicate<ConsumerRecord<String, byte[]>> match, Duration period) {
        try {
            Awaitility.await("no matching record on " + topic + " for " + period)
                    .during(period)
                    .atMost(period.plus(HOLD_SLACK))
                    .pollInSameThread() // the consumer belongs to this thread
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .failFast("a matching record arrived", () -> buffer.stream().anyMatch(match))
                    .until(() -> !arrived(match));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError("Expected no matching record on " + topic + " for " + period + ", got:"
                    + describe(buffer.stream().filter(match).toList()), e);
        }
    }

    /**
     * Polls once and tells whether a record matching {@code match} is buffered (arrived and not
     * yet returned by an await); the record stays buffered. For Awaitility conditions.
     */
    public boolean arrived(Predicate<ConsumerRecord<String, byte[]>> match) {
        pollOnce();
        return buffer.stream().anyMatch(match);
    }

    /** The last header of that name as UTF-8 text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The value as UTF-8 text, or null. */
    public static String text(ConsumerRecord<?, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    private void pollOnce() {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
            buffer.add(r);
            seen.add(r);
        }
    }

    private void removeIdentical(List<ConsumerRecord<String, byte[]>> taken) {
        for (ConsumerRecord<String, byte[]> t : taken) {
            for (Iterator<ConsumerRecord<String, byte[]>> it = buffer.iterator(); it.hasNext();) {
                if (it.next() == t) {
                    it.remove();
                    break;
                }
            }
        }
    }

    private List<TopicPartition> partitions() {
        long deadline = System.nanoTime() + ASSIGN_TIMEOUT.toNanos();
        RuntimeException last = null;
        do {
            try {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                }
            } catch (org.apache.kafka.common.errors.RetriableException e) {
                last = e;
            }
        } while (System.nanoTime() - deadline < 0);
        throw new IllegalStateException("No partitions for topic " + topic + " within " + ASSIGN_TIMEOUT, last);
    }

    private static String describe(List<ConsumerRecord<String, byte[]>> records) {
        if (records.isEmpty()) {
            return " none";
        }
        return records.stream().map(RawTopicReader::describe).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String describe(ConsumerRecord<String, byte[]> r) {
        String headers = java.util.stream.StreamSupport.stream(r.headers().spliterator(), false)
                .map(h -> h.key() + "=" + (h.value() == null ? "null" : new String(h.value(), StandardCharsets.UTF_8)))
                .collect(Collectors.joining(", ", "{", "}"));
        String value = text(r);
        if (value != null && value.length() > 300) {
            value = value.substring(0, 300) + "...";
        }
        return r.topic() + "-" + r.partition() + "@" + r.offset() + " key=" + r.key() + " headers=" + headers
                + " value=" + value;
    }
}
