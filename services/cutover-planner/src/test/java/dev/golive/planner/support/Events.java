package dev.golive.planner.support;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.GoliveEvent;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.function.Predicate;

/** Reading catalogue events out of raw Kafka records in tests. */
public final class Events {

    public static GoliveEvent decode(ConsumerRecord<String, byte[]> record) {
        return EventCodec.fromJson(RawTopicReader.header(record, CloudEventHeaders.TYPE), record.value());
    }

    /** Records of one cutover whose CloudEvents type is {@code typeName}. */
    public static Predicate<ConsumerRecord<String, byte[]>> of(String cutoverId, String typeName) {
        return r -> cutoverId.equals(r.key()) && typeName.equals(RawTopicReader.header(r, CloudEventHeaders.TYPE));
    }

    private Events() {
    }
}
