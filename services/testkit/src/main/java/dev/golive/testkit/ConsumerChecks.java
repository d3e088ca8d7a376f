package dev.golive.testkit;

import dev.golive.contracts.CloudEventHeaders;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventCodec;
import dev.golive.contracts.EventType;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The two things every consumer of a catalogue topic must do, checked on the real broker; each
 * service's test adds a probe of the effect that only it can see (its projection, a trigger, an
 * event it announces):
 *
 * <ul>
 *   <li>a record it cannot read goes to its dead-letter topic ({@link Topics#deadLetter}) with a
 *       reason, once, and the records after it on the partition are still applied;</li>
 *   <li>an event delivered again (the same {@code ce_id}) has no second effect: the consumer
 *       records the id once.</li>
 * </ul>
 */
public final class ConsumerChecks {

    /** The header in which a dead letter says why (SmallRye Reactive Messaging's). */
    public static final String REASON_HEADER = "dead-letter-reason";
    /** A payload no consumer can parse. */
    public static final String NOT_JSON = "{not json";
    /** How long "nothing more comes" is held after what was expected came. */
    public static final Duration HOLD = Duration.ofSeconds(2);

    private ConsumerChecks() {
    }

    /**
     * A record its consumer must refuse, written raw: topic, key, value, headers, and what the
     * dead letter's reason must name.
     */
    public record Unreadable(String topic, String key, String value, Map<String, String> headers, String reasonNames) {

        public Unreadable {
            headers = Map.copyOf(headers);
        }

        /** A payload that is not JSON, under {@code type}. */
        public static Unreadable notJson(String cutoverId, EventType<?> type) {
            return new Unreadable(type.topic(), cutoverId, NOT_JSON, CatalogEvents.headers(newId(), type.name(), cutoverId),
                    "");
        }

        /** A good event without its {@code ce_type} header: the reason must name the header. */
        public static Unreadable withoutType(GoliveEvent event) {
            Map<String, String> headers = new LinkedHashMap<>(catalogueHeaders(event, event.cutoverId()));
            headers.remove(CloudEventHeaders.TYPE);
            return new Unreadable(EventCatalog.of(event).topic(), event.cutoverId(), EventCodec.toJson(event), headers,
                    CloudEventHeaders.TYPE);
        }

        /**
         * An event written as its producer would, whose content the consumer must refuse (a
         * value out of its vocabulary, an id that is not one); the reason must name {@code reasonNames}.
         */
        public static Unreadable refused(GoliveEvent event, String reasonNames) {
            return new Unreadable(EventCatalog.of(event).topic(), event.cutoverId(), EventCodec.toJson(event),
                    catalogueHeaders(event, event.cutoverId()), reasonNames);
        }

        /** The same record keyed (and its {@code ce_subject} set) by another cutover id. */
        public Unreadable keyedBy(String cutoverId) {
            Map<String, String> rekeyed = new LinkedHashMap<>(headers);
            rekeyed.put(CloudEventHeaders.SUBJECT, cutoverId);
            return new Unreadable(topic, cutoverId, value, rekeyed, reasonNames);
        }

        /** Its CloudEvents id. */
        public String ceId() {
            return headers.get(CloudEventHeaders.ID);
        }

        void writeTo(String bootstrap) {
            RawTopic.write(bootstrap, topic, key, value, headers);
        }

        private static Map<String, String> catalogueHeaders(GoliveEvent event, String cutoverId) {
            return CatalogEvents.headers(newId(), EventCatalog.of(event).name(), cutoverId);
        }
    }

    /**
     * On the topic of {@code next}, keyed by its cutover: a payload that is not JSON (under the type
     * of {@code next}), then {@code refused}, then {@code next}, a good event. Checks that the two
     * unreadable records reach the dead-letter topic of {@code consumerGroup} in order, unchanged,
     * each with a reason (the second's naming what it must); that the partition kept flowing
     * ({@code nextApplied}, the service's probe of the good event's effect, turns true); and that no
     * other dead letter of that cutover comes after.
     *
     * @return the two dead letters, for the service's own checks
     */
    public static List<ConsumerRecord<String, byte[]>> deadLettersAndFlowsOn(String bootstrap, String consumerGroup,
            Unreadable refused, GoliveEvent next, Callable<Boolean> nextApplied) {
        String topic = EventCatalog.of(next).topic();
        String cutoverId = next.cutoverId();
        requireSameCutover(refused.key(), cutoverId, "the refused record");
        if (!refused.topic().equals(topic)) {
            throw new IllegalArgumentException("The refused record goes to " + refused.topic() + ", not to " + topic);
        }
        Unreadable notJson = Unreadable.notJson(cutoverId, EventCatalog.of(next));
        Predicate<ConsumerRecord<String, byte[]>> ofCutover = r -> cutoverId.equals(r.key());
        try (RawTopicReader dlq = RawTopicReader.atEnd(bootstrap, Topics.deadLetter(topic, consumerGroup))) {
            notJson.writeTo(bootstrap);
            refused.writeTo(bootstrap);
            CatalogEvents.publish(bootstrap, next);

            List<ConsumerRecord<String, byte[]>> dead = dlq.awaitRecords(ofCutover, 2, CatalogEvents.WAIT);
            check(dead.get(0), notJson);
            check(dead.get(1), refused);
            Awaitility.await("the event after the dead letters applied (" + EventCatalog.of(next).name() + " of "
                    + cutoverId + ")").atMost(CatalogEvents.WAIT)
                    .pollInSameThread() // a probe may poll a topic reader, which belongs to this thread
                    .until(nextApplied);
            dlq.awaitNone(ofCutover, HOLD);
            return dead;
        }
    }

    /**
     * Writes {@code refused} and checks it reaches the dead-letter topic of {@code consumerGroup}
     * unchanged with its reason, and that no second dead letter under its key follows.
     *
     * @return the dead letter
     */
    public static ConsumerRecord<String, byte[]> deadLetteredOnce(String bootstrap, String consumerGroup,
            Unreadable refused) {
        Predicate<ConsumerRecord<String, byte[]>> sameKey = r -> Objects.equals(refused.key(), r.key());
        try (RawTopicReader dlq = RawTopicReader.atEnd(bootstrap, Topics.deadLetter(refused.topic(), consumerGroup))) {
            refused.writeTo(bootstrap);
            ConsumerRecord<String, byte[]> dead = dlq.awaitRecords(sameKey, 1, CatalogEvents.WAIT).get(0);
            check(dead, refused);
            dlq.awaitNone(sameKey, HOLD);
            return dead;
        }
    }

    /** Publishes {@code event} twice under one new CloudEvents id; returns the id. */
    public static String publishTwice(String bootstrap, GoliveEvent event) {
        String ceId = newId();
        CatalogEvents.publish(bootstrap, event, ceId);
        CatalogEvents.publish(bootstrap, event, ceId);
        return ceId;
    }

    /**
     * Publishes {@code event} twice under one CloudEvents id, then {@code barrier}; checks the
     * consumer recorded the id once (see {@link #redelivered}).
     *
     * @return the CloudEvents id of {@code event}
     */
    public static String deliveredTwice(String bootstrap, GoliveEvent event, GoliveEvent barrier,
            ToLongFunction<String> timesRecorded) {
        String ceId = newId();
        CatalogEvents.publish(bootstrap, event, ceId);
        redelivered(bootstrap, event, ceId, barrier, timesRecorded);
        return ceId;
    }

    /**
     * Delivers {@code event} again under {@code ceId}, the id of an earlier delivery, then
     * {@code barrier}: a later event of the same cutover on the same topic, so on the same
     * partition — once the consumer has recorded it, it has handled everything before it. Waits for
     * that, then checks the consumer recorded {@code ceId} exactly once.
     *
     * @param timesRecorded how many times the consumer recorded a CloudEvents id as processed
     */
    public static void redelivered(String bootstrap, GoliveEvent event, String ceId, GoliveEvent barrier,
            ToLongFunction<String> timesRecorded) {
        if (!EventCatalog.of(event).topic().equals(EventCatalog.of(barrier).topic())) {
            throw new IllegalArgumentException("The barrier " + EventCatalog.of(barrier).name() + " is not on the topic of "
                    + EventCatalog.of(event).name() + ": it says nothing about what came before it");
        }
        requireSameCutover(barrier.cutoverId(), event.cutoverId(), "the barrier");
        CatalogEvents.publish(bootstrap, event, ceId);
        String barrierId = CatalogEvents.publish(bootstrap, barrier);
        Awaitility.await("the barrier " + EventCatalog.of(barrier).name() + " recorded").atMost(CatalogEvents.WAIT)
                .until(() -> timesRecorded.applyAsLong(barrierId) == 1);
        long times = timesRecorded.applyAsLong(ceId);
        if (times != 1) {
            throw new AssertionError("Event " + ceId + " (" + EventCatalog.of(event).name() + ") delivered twice was recorded "
                    + times + " times, expected once");
        }
    }

    /** The dead letter is the record as written, with a reason that names what it must. */
    private static void check(ConsumerRecord<String, byte[]> dead, Unreadable written) {
        String value = RawTopicReader.text(dead);
        if (!written.value().equals(value)) {
            throw new AssertionError("Dead letter " + dead.topic() + "@" + dead.offset() + " holds " + value
                    + ", expected the record as written: " + written.value());
        }
        String reason = RawTopicReader.header(dead, REASON_HEADER);
        if (reason == null || reason.isBlank() || !reason.contains(written.reasonNames())) {
            throw new AssertionError("Dead letter of " + written.value() + " has reason '" + reason + "', expected one"
                    + (written.reasonNames().isEmpty() ? "" : " naming '" + written.reasonNames() + "'"));
        }
    }

    private static void requireSameCutover(String actual, String expected, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalArgumentException(what + " is about cutover " + actual + ", not " + expected
                    + ": another cutover's records may sit on another partition");
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
