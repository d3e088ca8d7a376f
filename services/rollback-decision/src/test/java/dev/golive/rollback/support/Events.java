package dev.golive.rollback.support;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Writing raw catalogue events as other services do, and reading them back, in tests. */
public final class Events {

    public static final Duration WAIT = Duration.ofSeconds(30);

    /** Writes {@code event} raw on its catalogue topic with a fresh CloudEvents id; returns the id. */
    public static String send(GoliveEvent event) {
        String id = UUID.randomUUID().toString();
        send(event, id);
        return id;
    }

    /** Writes {@code event} with the given CloudEvents id (send it twice to test redelivery). */
    public static void send(GoliveEvent event, String ceId) {
        EventType<?> type = EventCatalog.of(event);
        RawTopic.write(Api.bootstrap(), type.topic(), event.cutoverId(), EventCodec.toJson(event),
                headers(ceId, type.name(), event.cutoverId(), source(type)));
    }

    /** The binary-mode CloudEvents headers of a record. */
    public static Map<String, String> headers(String ceId, String type, String subject, String source) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, ceId);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    private static String source(EventType<?> type) {
        return type.name().startsWith("golive.cutover.") ? "golive/cutover-planner" : "golive/weekend-testing";
    }

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
