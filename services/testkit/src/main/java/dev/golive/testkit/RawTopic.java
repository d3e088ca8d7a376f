package dev.golive.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes raw records (string key, byte value, string headers) to a topic, for tests. */
public final class RawTopic {

    private static final Map<String, KafkaProducer<String, byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PRODUCERS.values().forEach(p -> {
            try {
                p.close(java.time.Duration.ofSeconds(2));
            } catch (RuntimeException ignored) {
                // shutting down anyway
            }
        }), "golive-rawtopic-producers"));
    }

    private RawTopic() {
    }

    /**
     * Writes one record and waits for the broker's acknowledgement ({@code acks=all}).
     *
     * @param key     may be null
     * @param value   may be null (a tombstone)
     * @param headers may be null; values are written as UTF-8
     * @return where the record landed
     */
    public static RecordMetadata write(String bootstrap, String topic, String key, byte[] value,
            Map<String, String> headers) {
        List<org.apache.kafka.common.header.Header> kafkaHeaders = headers == null ? List.of()
                : headers.entrySet().stream()
                        .map(e -> (org.apache.kafka.common.header.Header) new RecordHeader(e.getKey(),
                                e.getValue() == null ? null : e.getValue().getBytes(StandardCharsets.UTF_8)))
                        .toList();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, value, kafkaHeaders);
        try {
            return producer(bootstrap).send(record).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Writing to " + topic + " on " + bootstrap + " failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No ack from " + bootstrap + " for " + topic + " within 60 s", e);
        }
    }

    /** {@link #write(String, String, String, byte[], Map)} without headers. */
    public static RecordMetadata write(String bootstrap, String topic, String key, byte[] value) {
        return write(bootstrap, topic, key, value, Map.of());
    }

    /** {@link #write(String, String, String, byte[], Map)} with a UTF-8 value. */
    public static RecordMetadata write(String bootstrap, String topic, String key, String value,
            Map<String, String> headers) {
        return write(bootstrap, topic, key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Closes the cached producer for a broker that is gone for good (see {@link KafkaBroker#close()}). */
    static void forget(String bootstrap) {
        KafkaProducer<String, byte[]> producer = PRODUCERS.remove(bootstrap);
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return PRODUCERS.computeIfAbsent(bootstrap, b -> {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, b);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "golive-rawtopic-" + Math.abs(b.hashCode()));
            return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        });
    }
}
