package dev.golive.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;

/**
 * The operator's view of dead-lettered events: {@code list} shows every record of every dead-letter
 * topic ({@code <topic>.dlq.<consumer group>}) with its cutover, type, id and reason; {@code replay}
 * writes the records of one dead-letter topic (or the one with a given CloudEvents id) back to the
 * topic they came from, with their original key and CloudEvents headers. Every consumer drops an
 * event id it has applied already (its inbox), so a replay has no double effect: only a consumer that
 * had dead-lettered the event applies it, now that its cause is fixed.
 *
 * <p>Run with {@code deploy/dead-letters.sh}.
 */
public final class DeadLetters {

    private static final String DLQ_MARK = ".dlq.";

    private DeadLetters() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = System.getProperty("golive.kafka", System.getenv().getOrDefault("GOLIVE_KAFKA", "127.0.0.1:9092"));
        if (args.length >= 1 && args[0].equals("list")) {
            list(bootstrap);
        } else if (args.length >= 2 && args[0].equals("replay")) {
            String id = args.length >= 4 && args[2].equals("--id") ? args[3] : null;
            int replayed = replay(bootstrap, args[1], id);
            System.out.println("replayed " + replayed + " record(s) from " + args[1]);
        } else {
            System.err.println("""
                    usage: deploy/dead-letters.sh list
                           deploy/dead-letters.sh replay <dead-letter topic> [--id <CloudEvents id>]
                    (GOLIVE_KAFKA=host:port names the broker; default 127.0.0.1:9092)""");
            System.exit(2);
        }
    }

    /** Prints every dead-lettered record, topic by topic. */
    static void list(String bootstrap) throws ExecutionException, InterruptedException {
        for (String topic : deadLetterTopics(bootstrap)) {
            List<ConsumerRecord<String, byte[]>> records = readAll(bootstrap, topic);
            System.out.printf("%s: %d record(s)%n", topic, records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                System.out.printf("  offset %d  %s  cutover %s  %s  id %s%n    reason: %s%n", record.offset(),
                        Instant.ofEpochMilli(record.timestamp()), record.key(), header(record, "ce_type"),
                        header(record, "ce_id"), header(record, "dead-letter-reason"));
            }
        }
    }

    /** Writes the dead-lettered records back to their topic; {@code ceId} null replays them all. */
    static int replay(String bootstrap, String deadLetterTopic, String ceId) {
        int index = deadLetterTopic.indexOf(DLQ_MARK);
        if (index < 0) {
            throw new IllegalArgumentException(deadLetterTopic + " is not a dead-letter topic (<topic>.dlq.<group>)");
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        int replayed = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> record : readAll(bootstrap, deadLetterTopic)) {
                if (ceId != null && !ceId.equals(header(record, "ce_id"))) {
                    continue;
                }
                String origin = header(record, "dead-letter-topic");
                String topic = origin != null ? origin : deadLetterTopic.substring(0, index);
                RecordHeaders headers = new RecordHeaders();
                for (Header header : record.headers()) {
                    if (!header.key().startsWith("dead-letter-")) {
                        headers.add(header);
                    }
                }
                headers.add("golive-replayed-from", (deadLetterTopic + "@" + record.offset()).getBytes(StandardCharsets.UTF_8));
                producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers)).get();
                replayed++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a replayed record", e.getCause());
        }
        return replayed;
    }

    static TreeSet<String> deadLetterTopics(String bootstrap) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TreeSet<String> topics = new TreeSet<>();
            for (String name : admin.listTopics().names().get()) {
                if (name.contains(DLQ_MARK)) {
                    topics.add(name);
                }
            }
            return topics;
        }
    }

    /** Every record of the topic up to its current end. */
    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
