package dev.golive.messaging.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consumers' lag in the readiness report: for each incoming channel, how many records of its
 * topic its consumer group has not yet applied (end offset minus committed offset, summed over the
 * partitions; a partition the group never committed counts from its earliest record, as
 * {@code auto.offset.reset=earliest} reads it). Like the outbox check it is always UP — a service
 * stays ready while the broker is away or while it catches up — and says how far behind it is, or
 * that the broker did not answer.
 */
@Readiness
@ApplicationScoped
public class ConsumerLagHealth implements HealthCheck {

    /**
     * How long the whole look at the broker may take, every channel together: the probe must answer
     * quickly even when the broker is away (a service reading six topics once took 6 × 2 s, and its
     * readiness probe gave up).
     */
    static final long TIMEOUT_MS = 2_000;

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** Channel → (topic, group), from the service's configuration. */
    private final SortedMap<String, Consumption> channels;
    /** The Kafka client settings of the service ({@code kafka.*}), for the admin client. */
    private final Map<String, Object> kafka;
    private Admin admin;

    record Consumption(String topic, String group) {
    }

    public ConsumerLagHealth(Config config) {
        this.channels = channelsOf(config);
        this.kafka = kafkaSettingsOf(config);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder lag = HealthCheckResponse.named("consumer-lag").up();
        if (channels.isEmpty() || !kafka.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            return lag.withData("channels", 0).build();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
        for (Map.Entry<String, Consumption> channel : channels.entrySet()) {
            try {
                lag.withData(channel.getKey(), lagOf(channel.getValue(), deadline));
            } catch (TimeoutException | ExecutionException e) {
                if (brokerAway(e)) {
                    // The broker is away (our wait or the client's own timeout ended first): asking again
                    // for the next channels would only make the probe slow.
                    lag.withData("unknown", "the broker did not answer within " + TIMEOUT_MS + " ms");
                    break;
                }
                lag.withData(channel.getKey(), "unknown: " + e.getCause().getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lag.withData("unknown", "interrupted");
                break;
            }
        }
        return lag.build();
    }

    private long lagOf(Consumption consumption, long deadline) throws InterruptedException, ExecutionException,
            TimeoutException {
        Admin broker = admin();
        TopicDescription topic = broker.describeTopics(List.of(consumption.topic())).allTopicNames()
                .get(left(deadline), TimeUnit.NANOSECONDS).get(consumption.topic());
        List<TopicPartition> partitions = topic.partitions().stream()
                .map(p -> new TopicPartition(consumption.topic(), p.partition())).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = broker.listConsumerGroupOffsets(consumption.group())
                .partitionsToOffsetAndMetadata().get(left(deadline), TimeUnit.NANOSECONDS);
        return lag(partitions, offsets(committed), ends(broker, partitions, OffsetSpec.earliest(), deadline),
                ends(broker, partitions, OffsetSpec.latest(), deadline));
    }

    /** Our wait ended, or the client's own timeout did first (it arrives as the cause of an ExecutionException). */
    private static boolean brokerAway(Exception e) {
        return e instanceof TimeoutException || e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException;
    }

    /** The time left before {@code deadline} (System.nanoTime()); none left is a timeout. */
    private static long left(long deadline) throws TimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutException("no time left for the broker");
        }
        return left;
    }

    /**
     * The records not yet applied on {@code partitions}: for each, its latest offset minus the
     * committed one, or minus its earliest when the group never committed there.
     */
    static long lag(List<TopicPartition> partitions, Map<TopicPartition, Long> committed,
                    Map<TopicPartition, Long> earliest, Map<TopicPartition, Long> latest) {
        long behind = 0;
        for (TopicPartition partition : partitions) {
            long end = latest.getOrDefault(partition, 0L);
            long from = committed.containsKey(partition) ? committed.get(partition) : earliest.getOrDefault(partition, end);
            behind += Math.max(0, end - from);
        }
        return behind;
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        committed.forEach((partition, offset) -> {
            if (offset != null) {
                offsets.put(partition, offset.offset());
            }
        });
        return offsets;
    }

    private static Map<TopicPartition, Long> ends(Admin broker, List<TopicPartition> partitions, OffsetSpec which,
                                                  long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
        partitions.forEach(p -> ask.put(p, which));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = broker.listOffsets(ask).all()
                .get(left(deadline), TimeUnit.NANOSECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> settings = new HashMap<>(kafka);
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
            settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "golive-consumer-lag");
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }

    /** Every incoming channel that names a topic, with its consumer group. */
    static SortedMap<String, Consumption> channelsOf(Config config) {
        SortedMap<String, Consumption> channels = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher channel = CHANNEL.matcher(name);
            if (channel.matches()) {
                String prefix = "mp.messaging.incoming." + channel.group(1) + ".";
                config.getOptionalValue(prefix + "group.id", String.class).ifPresent(group -> channels.put(
                        channel.group(1), new Consumption(config.getValue(name, String.class), group)));
            }
        }
        return channels;
    }

    /** The service's {@code kafka.*} settings (bootstrap servers, security), without the prefix. */
    static Map<String, Object> kafkaSettingsOf(Config config) {
        Map<String, Object> settings = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.") && AdminClientConfig.configNames().contains(name.substring(6))) {
                config.getOptionalValue(name, String.class).filter(Objects::nonNull)
                        .ifPresent(value -> settings.put(name.substring(6), value));
            }
        }
        return settings;
    }
}
