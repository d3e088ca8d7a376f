package dev.golive.messaging.inbox;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How far behind a consumer group is, from the offsets the broker reports. */
class ConsumerLagTest {

    private static final TopicPartition P0 = new TopicPartition("golive.cutover.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("golive.cutover.v1", 1);
    private static final TopicPartition P2 = new TopicPartition("golive.cutover.v1", 2);

    @Test
    void the_lag_is_what_lies_between_the_committed_and_the_latest_offset_summed_over_partitions() {
        long lag = ConsumerLagHealth.lag(List.of(P0, P1, P2), Map.of(P0, 10L, P1, 7L, P2, 40L),
                Map.of(P0, 0L, P1, 0L, P2, 0L), Map.of(P0, 15L, P1, 7L, P2, 42L));
        assertThat(lag).isEqualTo(5 + 0 + 2);
    }

    @Test
    void a_partition_the_group_never_committed_counts_from_its_earliest_record() {
        // Records 0-99 were removed by retention: the group would start reading at 100.
        long lag = ConsumerLagHealth.lag(List.of(P0, P1), Map.of(P0, 3L),
                Map.of(P0, 0L, P1, 100L), Map.of(P0, 3L, P1, 130L));
        assertThat(lag).isEqualTo(30);
    }

    @Test
    void an_empty_topic_or_a_group_at_the_end_has_no_lag() {
        assertThat(ConsumerLagHealth.lag(List.of(P0), Map.of(), Map.of(P0, 0L), Map.of(P0, 0L))).isZero();
        assertThat(ConsumerLagHealth.lag(List.of(P0), Map.of(P0, 9L), Map.of(P0, 0L), Map.of(P0, 9L))).isZero();
    }
}
