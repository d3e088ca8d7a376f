package dev.golive.bench;

import dev.golive.testkit.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 1: what the platform's broker does for a plain Kafka client in this JVM, the baselines of
 * the other scenarios. Records of 1 KB, keyed like Golive's (a cutover id), on topics with as many
 * partitions as Golive's; produced with {@code acks=all} and idempotence, as the outbox relays do.
 */
final class RawKafka {

    static final String SCENARIO = "1 raw Kafka";
    static final String LOOP = "consume→produce loop";
    static final int RECORD_BYTES = 1024;
    static final int PARTITIONS = 3;

    private final KafkaBroker kafka;
    private final Figures figures;
    private final int produceCount = Integer.getInteger("golive.bench.raw.records", 50_000);
    private final int loopCount = Integer.getInteger("golive.bench.raw.loop", 10_000);
    private final int latencyCount = 5_000;
    private final int latencyRate = 1_000;

    RawKafka(KafkaBroker kafka, Figures figures) {
        this.kafka = kafka;
        this.figures = figures;
    }

    void round(int round) {
        String topic = "bench.raw." + round;
        kafka.createTopic(topic, PARTITIONS);
        produce(topic);
        consume(topic);
        latency("bench.latency." + round);
        loop("bench.loop.in." + round, "bench.loop.out." + round);
    }

    private void produce(String topic) {
        byte[] value = new byte[RECORD_BYTES];
        List<String> keys = keys();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            long start = System.nanoTime();
            for (int i = 0; i < produceCount; i++) {
                producer.send(new ProducerRecord<>(topic, keys.get(i % keys.size()), value));
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.add(SCENARIO, "produce (1 KB, acks=all, idempotent)", "records/s", produceCount / seconds);
        }
    }

    private void consume(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer("bench-consume-" + UUID.randomUUID())) {
            consumer.subscribe(List.of(topic));
            int read = 0;
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(2).toNanos();
            while (read < produceCount && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(100)).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (read < produceCount) {
                throw new AssertionError("read " + read + " of " + produceCount + " records back from " + topic);
            }
            figures.add(SCENARIO, "consume", "records/s", produceCount / seconds);
        }
    }

    /** Records paced at {@link #latencyRate}/s, each carrying its send instant; a consumer already at the end reads them. */
    private void latency(String topic) {
        kafka.createTopic(topic, PARTITIONS);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        List<String> keys = keys();
        try (KafkaConsumer<String, byte[]> consumer = consumer("bench-latency-" + UUID.randomUUID());
             KafkaProducer<String, byte[]> producer = producer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            Thread reader = new Thread(() -> {
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (millis.size() < latencyCount && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                        long sent = ByteBuffer.wrap(r.value()).getLong();
                        millis.add((System.nanoTime() - sent) / 1e6);
                    }
                }
            }, "bench-latency-reader");
            reader.start();
            long next = System.nanoTime();
            long gap = 1_000_000_000L / latencyRate;
            for (int i = 0; i < latencyCount; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                byte[] value = new byte[RECORD_BYTES];
                ByteBuffer.wrap(value).putLong(System.nanoTime());
                producer.send(new ProducerRecord<>(topic, keys.get(i % keys.size()), value));
                next += gap;
            }
            producer.flush();
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        String at = " at " + latencyRate + "/s";
        figures.add(SCENARIO, "produce→consume latency p50" + at, "ms", Figures.percentile(sorted, 0.50));
        figures.add(SCENARIO, "produce→consume latency p99" + at, "ms", Figures.percentile(sorted, 0.99));
    }

    /**
     * What a service does with each record, without the service: a consumer group reads a topic
     * filled beforehand, writes each record to another topic (acks=all, idempotent), waits for the
     * broker's acknowledgements of each poll's records, then commits that poll's offsets.
     */
    private void loop(String in, String out) {
        kafka.createTopic(in, PARTITIONS);
        kafka.createTopic(out, PARTITIONS);
        byte[] value = new byte[RECORD_BYTES];
        List<String> keys = keys();
        try (KafkaProducer<String, byte[]> filler = producer()) {
            for (int i = 0; i < loopCount; i++) {
                filler.send(new ProducerRecord<>(in, keys.get(i % keys.size()), value));
            }
            filler.flush();
        }
        try (KafkaConsumer<String, byte[]> consumer = consumer("bench-loop-" + UUID.randomUUID());
             KafkaProducer<String, byte[]> producer = producer()) {
            consumer.subscribe(List.of(in));
            int piped = 0;
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(2).toNanos();
            while (piped < loopCount && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, byte[]> r : records) {
                    producer.send(new ProducerRecord<>(out, r.key(), r.value()));
                }
                producer.flush();
                consumer.commitSync();
                piped += records.count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (piped < loopCount) {
                throw new AssertionError("piped " + piped + " of " + loopCount + " records");
            }
            figures.add(SCENARIO, LOOP, "events/s", loopCount / seconds);
        }
    }

    /** Cutover-like keys: a hundred of them, so every partition gets records. */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            keys.add(new UUID(0x601L, i).toString());
        }
        return keys;
    }

    KafkaProducer<String, byte[]> producer() {
        return producer(kafka.bootstrapServers());
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    KafkaConsumer<String, byte[]> consumer(String group) {
        return consumer(kafka.bootstrapServers(), group);
    }

    static KafkaConsumer<String, byte[]> consumer(String bootstrap, String group) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}
