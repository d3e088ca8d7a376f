package dev.golive.messaging.inbox;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EventTypesTest {

    private static final EventTypes PROJECTION = EventTypes.of(EventCatalog.RUNBOOK_PROJECTION_CHANGED);

    private static ConsumerRecord<String, byte[]> record(String type) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("golive.runbook.v1", 0, 0L, "c-1",
                "{}".getBytes(StandardCharsets.UTF_8));
        if (type != null) {
            record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void a_consumer_takes_the_types_it_acts_on_and_skips_the_others_of_the_topic() {
        assertThat(PROJECTION.wanted(record(EventCatalog.RUNBOOK_PROJECTION_CHANGED.name()))).isTrue();
        assertThat(PROJECTION.wanted(record(EventCatalog.RUNBOOK_TASK_CHANGED.name()))).isFalse();
    }

    @Test
    void a_record_whose_type_cannot_be_told_is_taken_so_that_the_inbox_dead_letters_it() {
        assertThat(PROJECTION.wanted(record(null))).isTrue();
    }
}
