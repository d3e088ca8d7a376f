package dev.golive.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads a topic from its end at the moment of opening (every partition), on a thread of its own,
 * handing each record to a handler: how the benchmark counts what the platform wrote.
 */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    TopicTail(String bootstrap, String topic, Consumer<ConsumerRecord<String, byte[]>> handler) {
        consumer = RawKafka.consumer(bootstrap, "bench-tail-" + UUID.randomUUID());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolves the end offsets now, before anything is produced, rather than at the first poll.
        partitions.forEach(consumer::position);
        thread = new Thread(() -> {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    handler.accept(r);
                }
            }
        }, "bench-tail-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close();
    }
}
