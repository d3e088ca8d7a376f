package dev.golive.runbook.cutover;

import dev.golive.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The event types a channel acts on, read from the record's {@code ce_type} header before anything is
 * decoded or written: the others of the topic leave no inbox row. A record without the header is let
 * through, for the inbox to dead-letter it.
 */
public record Wanted(Set<String> types) {

    public boolean test(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null || type.value() == null
                || types.contains(new String(type.value(), StandardCharsets.UTF_8));
    }
}
