package dev.golive.testkit;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Catalogue events on real topics, for tests: written raw exactly as a producing service's
 * outbox relay writes them (CloudEvents binary mode, cutover id as key), and read back typed.
 */
public final class CatalogEvents {

    /** How long tests wait for an event by default. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    /** Writes {@code event} on its catalogue topic with a fresh CloudEvents id; returns the id. */
    public static String publish(String bootstrap, GoliveEvent event) {
        String id = UUID.randomUUID().toString();
        publish(bootstrap, event, id);
        return id;
    }

    /** Writes {@code event} with the given CloudEvents id: publish twice to test a redelivery. */
    public static void publish(String bootstrap, GoliveEvent event, String ceId) {
        EventType<?> type = EventCatalog.of(event);
        RawTopic.write(bootstrap, type.topic(), event.cutoverId(), EventCodec.toJson(event),
                headers(ceId, type.name(), event.cutoverId()));
    }

    /** The binary-mode CloudEvents headers of a record of {@code type} about {@code cutoverId}. */
    public static Map<String, String> headers(String ceId, String type, String cutoverId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, ceId);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, "golive/test");
        headers.put(CloudEventHeaders.SUBJECT, cutoverId);
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    public static GoliveEvent decode(ConsumerRecord<String, byte[]> record) {
        return EventCodec.fromJson(RawTopicReader.header(record, CloudEventHeaders.TYPE), record.value());
    }

    /** Records about one cutover whose CloudEvents type is {@code type}. */
    public static Predicate<ConsumerRecord<String, byte[]>> of(String cutoverId, EventType<?> type) {
        return r -> cutoverId.equals(r.key()) && type.name().equals(RawTopicReader.header(r, CloudEventHeaders.TYPE));
    }

    /** Records about one cutover of {@code type} whose decoded event matches {@code match}. */
    public static <T extends GoliveEvent> Predicate<ConsumerRecord<String, byte[]>> of(String cutoverId,
            EventType<T> type, Predicate<T> match) {
        return of(cutoverId, type).and(r -> match.test(type.recordClass().cast(decode(r))));
    }

    /** The next {@code count} events of {@code type} about {@code cutoverId}, decoded, in order. */
    public static <T extends GoliveEvent> List<T> await(RawTopicReader reader, String cutoverId, EventType<T> type,
            int count) {
        return reader.awaitRecords(of(cutoverId, type), count, WAIT).stream()
                .map(r -> type.recordClass().cast(decode(r))).toList();
    }

    /** The next {@code count} events of {@code type} about {@code cutoverId} matching {@code match}, decoded. */
    public static <T extends GoliveEvent> List<T> await(RawTopicReader reader, String cutoverId, EventType<T> type,
            Predicate<T> match, int count) {
        return reader.awaitRecords(of(cutoverId, type, match), count, WAIT).stream()
                .map(r -> type.recordClass().cast(decode(r))).toList();
    }

    private CatalogEvents() {
    }
}
