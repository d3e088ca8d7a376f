package dev.golive.messaging.metrics;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.messaging.inbox.DeadLetterUnlessStopped;
import dev.golive.messaging.testapp.Cutovers;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.messaging.testapp.TestCutoverConsumer;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The metrics an operator's alerts and dashboard (deploy/kubernetes/base/observability) read, under the
 * names Prometheus scrapes them by: they must exist as written there.
 */
@QuarkusTest
class OperatorMetricsTest {

    @Inject
    MeterRegistry registry;

    @Inject
    PrometheusMeterRegistry prometheus;

    @Test
    void a_dead_lettered_record_is_counted_for_its_topic_and_channel() {
        double before = deadLettered();
        String id = UUID.randomUUID().toString();
        RawTopic.write(RealServers.bootstrap(), Topics.CUTOVER, id, "{not json",
                CatalogEvents.headers(UUID.randomUUID().toString(), EventCatalog.CUTOVER_PLANNED.name(), id));
        // Written after it on the same partition: once it is applied, the bad one was dealt with.
        String planned = CatalogEvents.publish(RealServers.bootstrap(), Cutovers.planned(id, Cutovers.ZONE));
        await().atMost(CatalogEvents.WAIT).until(() -> Db.processed(TestCutoverConsumer.CONSUMER, planned) == 1);

        await().atMost(CatalogEvents.WAIT).until(() -> deadLettered() == before + 1);
        assertThat(prometheus.scrape()).contains("golive_consumer_dead_lettered_total{channel=\""
                + TestCutoverConsumer.CHANNEL + "\",topic=\"" + Topics.CUTOVER + "\",}");
    }

    @Test
    void the_outbox_backlog_its_oldest_event_and_the_consumers_lag_are_exported() {
        await().atMost(CatalogEvents.WAIT).until(() -> prometheus.scrape().contains("kafka_consumer_fetch_manager_records_lag_max"));
        String scrape = prometheus.scrape();
        assertThat(scrape).contains("golive_outbox_backlog ", "golive_outbox_oldest_age_seconds ",
                "golive_outbox_set_aside_total ", "golive_outbox_send_failures_total ");
        assertThat(registry.get("golive.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(0);
    }

    private double deadLettered() {
        Counter counter = registry.find(DeadLetterUnlessStopped.DEAD_LETTERED)
                .tags("topic", Topics.CUTOVER, "channel", TestCutoverConsumer.CHANNEL).counter();
        return counter == null ? 0 : counter.count();
    }
}
