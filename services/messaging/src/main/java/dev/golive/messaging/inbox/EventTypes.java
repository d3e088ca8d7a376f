package dev.golive.messaging.inbox;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event types a consumer acts on among those of a topic, judged from a record's {@code ce_type}
 * header before anything is decoded or written: a type it has no use for leaves no inbox row and no
 * transaction (the runbook's topic, say, carries a projection most of its readers ignore). A record
 * without the header is let through, so that {@link InboxConsumer#consume} dead-letters it.
 */
public record EventTypes(Set<String> names) {

    public EventTypes {
        names = Set.copyOf(names);
    }

    public static EventTypes of(EventType<?>... types) {
        return new EventTypes(Arrays.stream(types).map(EventType::name).collect(Collectors.toUnmodifiableSet()));
    }

    /** These types and {@code more}. */
    public EventTypes and(EventType<?>... more) {
        Set<String> all = new HashSet<>(names);
        Arrays.stream(more).map(EventType::name).forEach(all::add);
        return new EventTypes(all);
    }

    /** Whether the consumer should take the record: one of its types, or one whose type it cannot tell. */
    public boolean wanted(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null || type.value() == null || names.contains(new String(type.value(), StandardCharsets.UTF_8));
    }
}
