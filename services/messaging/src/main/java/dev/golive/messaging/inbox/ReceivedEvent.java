package dev.golive.messaging.inbox;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An event as a consumer receives it: its CloudEvents id and type and the decoded record.
 * Handlers take the raw {@link ConsumerRecord}, so the CloudEvents attributes are read from
 * the headers of the binary mode exactly as the producer wrote them.
 *
 * @param id    the CloudEvents id, the key of idempotency
 * @param type  the versioned type name
 * @param event the record, typed
 */
public record ReceivedEvent(String id, String type, GoliveEvent event) {

    /**
     * @throws EventCodec.UnreadableEventException when the record has no CloudEvents id or type,
     *         or its payload does not fit its type; the channel's dead-letter strategy takes it from there
     */
    public static ReceivedEvent of(ConsumerRecord<?, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new EventCodec.UnreadableEventException("not a CloudEvent: missing ce_id or ce_type header");
        }
        return new ReceivedEvent(id, type, EventCodec.fromJson(type, record.value()));
    }

    /**
     * The cutover the event belongs to (every event of the catalogue names one).
     *
     * @throws EventCodec.UnreadableEventException when it is missing or not a UUID: such a record can never be applied
     */
    public UUID cutoverId() {
        return cutoverIdOf(event);
    }

    /** {@link #cutoverId()} of any event of the catalogue. */
    public static UUID cutoverIdOf(GoliveEvent event) {
        try {
            return UUID.fromString(event.cutoverId());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + event.cutoverId() + "' is not a UUID", e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
