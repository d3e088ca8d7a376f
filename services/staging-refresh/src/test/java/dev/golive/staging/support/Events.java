package dev.golive.staging.support;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Reading catalogue events out of raw Kafka records in tests. */
public final class Events {

    public static final Duration WAIT = Duration.ofSeconds(30);

    public static GoliveEvent decode(ConsumerRecord<String, byte[]> record) {
        return EventCodec.fromJson(RawTopicReader.header(record, CloudEventHeaders.TYPE), record.value());
    }

    /** Records of one cutover whose CloudEvents type is {@code type}. */
    public static Predicate<ConsumerRecord<String, byte[]>> of(String cutoverId, EventType<?> type) {
        return r -> cutoverId.equals(r.key()) && type.name().equals(RawTopicReader.header(r, CloudEventHeaders.TYPE));
    }

    /** Records of one cutover of type {@code type} whose decoded event matches {@code match}. */
    public static <T extends GoliveEvent> Predicate<ConsumerRecord<String, byte[]>> of(String cutoverId,
            EventType<T> type, Predicate<T> match) {
        return of(cutoverId, type).and(r -> match.test(type.recordClass().cast(decode(r))));
    }

    /** The next {@code count} events of that type and cutover, decoded. */
    public static <T extends GoliveEvent> List<T> await(RawTopicReader reader, String cutoverId, EventType<T> type,
            int count) {
        return reader.awaitRecords(of(cutoverId, type), count, WAIT).stream()
                .map(r -> type.recordClass().cast(decode(r))).toList();
    }

    private Events() {
    }
}
