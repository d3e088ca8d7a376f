package dev.golive.messaging.outbox;

import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.messaging.testapp.Db;
import dev.golive.messaging.testapp.RealServers;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.KafkaBroker;
import dev.golive.testkit.RawTopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A row the broker refuses for good although it passed the outbox's own size check: the incident topic
 * is given a {@code max.message.bytes} below one event's size, so the real broker answers
 * RecordTooLargeException. The row is set aside (with its reason, a warning and the counter), and the
 * rows behind it — of its cutover and of another written after it — are published once, in order.
 */
@QuarkusTest
class OutboxSetAsideTest {

    /** Under the outbox's 900,000-byte check, over the topic's limit set below. */
    private static final int LARGE_TEXT = 200_000;
    private static final int TOPIC_LIMIT = 100_000;

    @Inject
    Outbox outbox;

    @Inject
    @Readiness
    OutboxHealth health;

    @Inject
    MeterRegistry registry;

    @Test
    void a_row_the_broker_refuses_for_good_is_set_aside_and_the_rows_behind_it_go_out_once_in_order() throws Exception {
        String refused = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        double setAsideBefore = registry.counter("golive.outbox.set.aside").count();
        Queue<String> warnings = new ConcurrentLinkedQueue<>();
        Logger relayLog = Logger.getLogger(OutboxRelay.class.getName());
        Handler capture = warningsInto(warnings);
        relayLog.addHandler(capture);
        try (RawTopicReader topic = RawTopicReader.atEnd(RealServers.bootstrap(), Topics.INCIDENT)) {
            limitIncidentTopic(String.valueOf(TOPIC_LIMIT));
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.append(resolved(refused, "before", "fixed"));
                    outbox.append(resolved(refused, "too large", "x".repeat(LARGE_TEXT)));
                    outbox.append(resolved(refused, "after", "fixed"));
                });
                append(resolved(other, "1", "fixed"));
                append(resolved(other, "2", "fixed"));

                List<String> refusedCutover = topic.awaitRecords(r -> refused.equals(r.key()), 2, CatalogEvents.WAIT)
                        .stream().map(r -> ((IncidentResolved) CatalogEvents.decode(r)).incidentId()).toList();
                List<String> otherCutover = topic.awaitRecords(r -> other.equals(r.key()), 2, CatalogEvents.WAIT)
                        .stream().map(r -> ((IncidentResolved) CatalogEvents.decode(r)).incidentId()).toList();
                assertThat(refusedCutover).containsExactly("before", "after");
                assertThat(otherCutover).containsExactly("1", "2");

                await().atMost(CatalogEvents.WAIT).until(() -> Db.outbox(refused).stream()
                        .allMatch(row -> row.publishedAt != null || row.setAsideAt != null)
                        && Db.outbox(other).stream().allMatch(row -> row.publishedAt != null));
                List<OutboxEvent> rows = Db.outbox(refused);
                assertThat(rows).extracting(row -> row.publishedAt != null).containsExactly(true, false, true);
                OutboxEvent tooLarge = rows.get(1);
                assertThat(tooLarge.setAsideAt).isNotNull();
                assertThat(tooLarge.setAsideReason).startsWith("RecordTooLargeException");
                assertThat(rows.get(0).setAsideAt).isNull();
                assertThat(rows.get(2).setAsideAt).isNull();

                assertThat(registry.counter("golive.outbox.set.aside").count()).isEqualTo(setAsideBefore + 1);
                assertThat(warnings).anySatisfy(w -> assertThat(w)
                        .contains(tooLarge.id.toString()).contains(refused).contains("set aside")
                        .contains("RecordTooLargeException"));
                assertThat(health.call().getData().orElseThrow()).extractingByKey("setAside")
                        .satisfies(n -> assertThat(((Number) n).longValue()).isPositive());

                // Later rounds send none of them again, the set-aside row included.
                topic.awaitNone(r -> refused.equals(r.key()) || other.equals(r.key()), Duration.ofSeconds(2));
            } finally {
                limitIncidentTopic(null);
            }
        } finally {
            relayLog.removeHandler(capture);
        }
    }

    /** Sets (or, with null, removes) the incident topic's own {@code max.message.bytes}. */
    private static void limitIncidentTopic(String maxMessageBytes) throws Exception {
        KafkaBroker broker = KafkaBroker.shared();
        broker.createTopic(Topics.INCIDENT, 3);
        ConfigResource incidentTopic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.INCIDENT);
        AlterConfigOp op = maxMessageBytes == null
                ? new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""), AlterConfigOp.OpType.DELETE)
                : new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes), AlterConfigOp.OpType.SET);
        try (Admin admin = broker.admin()) {
            admin.incrementalAlterConfigs(Map.of(incidentTopic, List.of(op))).all().get(20, TimeUnit.SECONDS);
        }
    }

    private static Handler warningsInto(Queue<String> warnings) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private void append(IncidentResolved event) {
        QuarkusTransaction.requiringNew().run(() -> outbox.append(event));
    }

    private static IncidentResolved resolved(String cutoverId, String incidentId, String resolution) {
        return new IncidentResolved(cutoverId, incidentId, resolution, "oscar", Instant.parse("2026-04-04T10:00:00Z"));
    }
}
