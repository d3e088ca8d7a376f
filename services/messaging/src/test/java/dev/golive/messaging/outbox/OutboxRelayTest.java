package dev.golive.messaging.outbox;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.RawTopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox and its relay, from a committed row to a record on the real broker. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Test
    void rows_are_relayed_once_as_binary_cloud_events_keyed_by_cutover_in_order() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        try (RawTopicReader topic = RawTopicReader.atEnd(RealServers.bootstrap(), Topics.INCIDENT)) {
            append(resolved(first, "1"));
            append(resolved(second, "1"));
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.append(resolved(first, "2"));
                outbox.append(resolved(second, "2"));
                outbox.append(resolved(first, "3"));
            });
            append(resolved(first, "4"));

            List<ConsumerRecord<String, byte[]>> firsts = topic.awaitRecords(r -> first.equals(r.key()), 4, CatalogEvents.WAIT);
            List<ConsumerRecord<String, byte[]>> seconds = topic.awaitRecords(r -> second.equals(r.key()), 2, CatalogEvents.WAIT);

            assertThat(firsts).extracting(r -> ((IncidentResolved) CatalogEvents.decode(r)).incidentId())
                    .containsExactly("1", "2", "3", "4");
            assertThat(seconds).extracting(r -> ((IncidentResolved) CatalogEvents.decode(r)).incidentId())
                    .containsExactly("1", "2");
            List<OutboxEvent> rows = Db.outbox(first);
            assertThat(firsts).extracting(r -> RawTopicReader.header(r, CloudEventHeaders.ID))
                    .containsExactlyElementsOf(rows.stream().map(row -> row.id.toString()).toList());
            assertThat(firsts).allSatisfy(r -> {
                assertThat(RawTopicReader.header(r, CloudEventHeaders.TYPE)).isEqualTo(EventCatalog.INCIDENT_RESOLVED.name());
                assertThat(RawTopicReader.header(r, CloudEventHeaders.SOURCE)).isEqualTo("golive/messaging-test");
                assertThat(RawTopicReader.header(r, CloudEventHeaders.SUBJECT)).isEqualTo(first);
            });

            await().atMost(CatalogEvents.WAIT).until(() -> Db.outbox(first).stream().allMatch(row -> row.publishedAt != null)
                    && Db.outbox(second).stream().allMatch(row -> row.publishedAt != null));
            topic.awaitNone(r -> first.equals(r.key()) || second.equals(r.key()), Duration.ofSeconds(2));
        }
    }

    @Test
    void a_change_that_rolls_back_takes_its_events_with_it() {
        String cutoverId = UUID.randomUUID().toString();
        try (RawTopicReader topic = RawTopicReader.atEnd(RealServers.bootstrap(), Topics.INCIDENT)) {
            QuarkusTransaction.begin();
            outbox.append(resolved(cutoverId, "rolled back"));
            QuarkusTransaction.rollback();
            append(resolved(cutoverId, "committed"));

            List<ConsumerRecord<String, byte[]>> records = topic.awaitRecords(r -> cutoverId.equals(r.key()), 1, CatalogEvents.WAIT);
            assertThat(((IncidentResolved) CatalogEvents.decode(records.get(0))).incidentId()).isEqualTo("committed");
            assertThat(Db.outbox(cutoverId)).hasSize(1);
            topic.awaitNone(r -> cutoverId.equals(r.key()), Duration.ofSeconds(1));
        }
    }

    /**
     * Rows of one cutover keep coming while the broker is away for several relay rounds (each gives up
     * after the send timeout, 5 s here): once it is back, the first copy of each event is in the order
     * the rows were written. (A row the relay gave up on may still arrive again later: at least once.)
     */
    @Test
    void a_cutovers_events_keep_their_order_across_a_broker_outage_of_several_rounds() {
        String cutoverId = UUID.randomUUID().toString();
        KafkaBroker broker = KafkaBroker.shared();
        int[] written = {0};
        try (RawTopicReader topic = RawTopicReader.atEnd(RealServers.bootstrap(), Topics.INCIDENT)) {
            broker.stop();
            try {
                await("rows written while the broker is away").during(Duration.ofSeconds(16))
                        .atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(300))
                        .until(() -> {
                            append(resolved(cutoverId, String.valueOf(written[0]++)));
                            return true;
                        });
            } finally {
                broker.start();
            }
            List<String> firstCopies = new ArrayList<>();
            await("every row relayed").atMost(Duration.ofSeconds(90)).until(() -> {
                while (topic.arrived(r -> cutoverId.equals(r.key()))) {
                    String id = ((IncidentResolved) CatalogEvents.decode(
                            topic.awaitRecords(r -> cutoverId.equals(r.key()), 1, CatalogEvents.WAIT).get(0))).incidentId();
                    if (!firstCopies.contains(id)) {
                        firstCopies.add(id);
                    }
                }
                return firstCopies.size() == written[0];
            });
            assertThat(firstCopies).containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, written[0]).mapToObj(String::valueOf).toList());
        }
    }

    private void append(IncidentResolved event) {
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event));
    }

    private static IncidentResolved resolved(String cutoverId, String incidentId) {
        return new IncidentResolved(cutoverId, incidentId, "fixed", "oscar", Instant.parse("2026-04-04T10:00:00Z"));
    }
}
