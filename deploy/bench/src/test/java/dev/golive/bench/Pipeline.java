package dev.golive.bench;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.Topics;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.e2e.FaultLoad;
import dev.golive.e2e.Platform;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.RawTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Scenario 2: Golive's event pipeline. A burst of IncidentDetected records written straight onto the
 * incident topic (as weekend-testing's relay writes them) about cutovers rollback-decision knows;
 * rollback-decision consumes each, stores the incident, writes IncidentReported to its outbox, and
 * its relay puts that on the same topic. Every IncidentReported is counted by the detection it
 * came from (its {@code sourceRef}): one each, or the benchmark fails.
 */
final class Pipeline {

    static final String SCENARIO = "2 pipeline";

    private final Platform platform;
    private final Figures figures;
    private final Cpu cpu;
    /** Scenario 6 read alongside, or null. */
    private final OutboxRelay outbox;

    Pipeline(Platform platform, Figures figures, Cpu cpu, OutboxRelay outbox) {
        this.platform = platform;
        this.figures = figures;
        this.cpu = cpu;
        this.outbox = outbox;
    }

    /**
     * One burst of {@code count} detections spread evenly over {@code cutovers}; the figures go under
     * {@code label}. Fails when a detection has no IncidentReported or more than one.
     */
    void burst(String label, int count, List<String> cutovers, int round) {
        String prefix = "bench-" + round + "-" + label.replaceAll("[^A-Za-z0-9]+", "-") + "-";
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, List<Long>> reportedAt = new ConcurrentHashMap<>();
        AtomicInteger distinct = new AtomicInteger();
        String reported = EventCatalog.INCIDENT_REPORTED.name();
        try (TopicTail tail = new TopicTail(platform.kafka.bootstrapServers(), Topics.INCIDENT, r -> {
            if (!reported.equals(RawTopicReader.header(r, CloudEventHeaders.TYPE))) {
                return;
            }
            IncidentReported event = (IncidentReported) CatalogEvents.decode(r);
            String ref = event.sourceRef();
            if (ref != null && ref.startsWith(prefix)) {
                List<Long> times = reportedAt.computeIfAbsent(ref, k -> Collections.synchronizedList(new ArrayList<>()));
                times.add(r.timestamp());
                if (times.size() == 1) {
                    distinct.incrementAndGet();
                }
            }
        })) {
            CpuWindow window = cpu.begin();
            Instant since = outbox == null ? null : outbox.now();
            try (KafkaProducer<String, byte[]> producer = RawKafka.producer(platform.kafka.bootstrapServers())) {
                for (int i = 0; i < count; i++) {
                    String cutover = cutovers.get(i % cutovers.size());
                    String ref = prefix + i;
                    IncidentDetected detected = FaultLoad.detection(cutover, ref);
                    List<Header> headers = new ArrayList<>();
                    CatalogEvents.headers(UUID.randomUUID().toString(), EventCatalog.INCIDENT_DETECTED.name(), cutover)
                            .forEach((k, v) -> headers.add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
                    producer.send(new ProducerRecord<>(Topics.INCIDENT, null, cutover,
                                    EventCodec.toJson(detected).getBytes(StandardCharsets.UTF_8), headers),
                            (metadata, error) -> {
                                if (error == null) {
                                    sentAt.put(ref, metadata.timestamp());
                                }
                            });
                }
                producer.flush();
            }
            // As long as the platform needs, within reason: a few events per second at the very least.
            Duration patience = Duration.ofSeconds(120 + count / 20);
            await(label + ": an IncidentReported for each of " + count + " detections")
                    .atMost(patience).pollInterval(Duration.ofMillis(200))
                    .until(() -> distinct.get() >= count);
            Cpu.Used used = cpu.end(window);
            if (outbox != null) {
                outbox.record("pipeline " + label, since);
            }
            // A second copy would come from a redelivery or a relay sending twice.
            LateCopies.watch(Duration.ofSeconds(3), () -> reportedAt.values().stream().anyMatch(t -> t.size() > 1));

            int duplicates = reportedAt.values().stream().mapToInt(t -> t.size() - 1).sum();
            int lost = (int) sentAt.keySet().stream().filter(ref -> !reportedAt.containsKey(ref)).count()
                    + (count - sentAt.size());
            figures.add(SCENARIO, label + ": lost", "events", lost);
            figures.add(SCENARIO, label + ": duplicated", "events", duplicates);
            if (lost > 0 || duplicates > 0) {
                throw new AssertionError(label + ": " + lost + " detections without IncidentReported, "
                        + duplicates + " duplicate IncidentReported");
            }
            long firstIn = Collections.min(sentAt.values());
            long lastOut = reportedAt.values().stream().mapToLong(t -> t.get(0)).max().orElseThrow();
            double seconds = Math.max(1, lastOut - firstIn) / 1000.0;
            figures.add(SCENARIO, label + ": throughput", "events/s", count / seconds);
            figures.baseline(SCENARIO, label + ": throughput", RawKafka.SCENARIO, RawKafka.LOOP);
            List<Double> latencies = new ArrayList<>();
            sentAt.forEach((ref, in) -> latencies.add((double) (reportedAt.get(ref).get(0) - in)));
            Collections.sort(latencies);
            figures.add(SCENARIO, label + ": in→out p50", "ms", Figures.percentile(latencies, 0.5));
            figures.add(SCENARIO, label + ": in→out p99", "ms", Figures.percentile(latencies, 0.99));
            cpu.record(figures, SCENARIO, label, "event", count, used);
        }
    }
}
