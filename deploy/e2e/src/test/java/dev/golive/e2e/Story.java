package dev.golive.e2e;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventType;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * The events a cutover must have produced, topic by topic, in order: each step of the weekend
 * adds what it must cause ({@link #expect}), then {@link #settle} waits until every topic holds
 * exactly that — no event missing, none extra, none out of order — before the next step acts.
 * Waiting for each step's consequences is what makes the order on each topic a fact to assert
 * rather than a race: a step's events land before the next step can cause more.
 *
 * <p>The deliveries on the notification topic ({@code NotificationDelivered}) are checked apart
 * ({@link NotificationCheck}): deliveries to different people are sent concurrently, so their order is
 * no fact. Everything else on it (pages, and any {@code NotificationFailed}) is in the story.
 * The runbook's projection ({@code RunbookProjectionChanged}) is checked apart too: it moves with the
 * clock while a task runs past its expected duration, so how many there are is no fact either; what
 * it causes (a rollback assessment, a notice) is in the story.
 *
 * <p>After the last step, {@link #settleForGood} waits until nothing more comes about the cutover and
 * compares everything recorded about it with the whole story: an event that comes after the last
 * step settled would otherwise go unnoticed.
 *
 * <p>A step whose events differ is recorded (with both lists) and the story carries on from what
 * actually happened, so one run reports every difference; {@link #assertTold()} fails at the end.
 */
final class Story {

    private static final Duration SETTLE = Duration.ofSeconds(45);

    /**
     * How long nothing more may come about a cutover before its story is judged whole: longer than any
     * chain of consequences of one event (a few hops through outbox relays and consumers, each well
     * under a second here) and than the relays' retry backoff.
     */
    static final Duration QUIET = Duration.ofSeconds(15);

    /** Event types the story leaves to other checks (see the class comment). */
    static final Set<String> CHECKED_APART = Set.of(EventCatalog.NOTIFICATION_DELIVERED.name(),
            EventCatalog.RUNBOOK_PROJECTION_CHANGED.name());

    private final TopicRecorder recorder;
    private final String cutoverId;
    private final UnaryOperator<String> integrationName;
    private final Map<String, List<String>> expected = new LinkedHashMap<>();
    /** The story as the steps told it, never replaced by what happened (unlike {@link #expected}). */
    private final Map<String, List<String>> whole = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    Story(TopicRecorder recorder, String cutoverId, UnaryOperator<String> integrationName) {
        this.recorder = recorder;
        this.cutoverId = cutoverId;
        this.integrationName = integrationName;
        for (String topic : TopicRecorder.TOPICS) {
            expected.put(topic, new ArrayList<>());
            whole.put(topic, new ArrayList<>());
        }
    }

    /**
     * Adds events to the story: each label starts with the event's type name (its topic follows
     * from the catalogue), then what tells it apart (see {@link Labels}); a {@code String[]} adds
     * its labels in order (events that always come together).
     */
    Story expect(Object... labels) {
        for (Object label : labels) {
            if (label instanceof String[] several) {
                expect((Object[]) several);
                continue;
            }
            String text = (String) label;
            String topic = topicOf(text.split(" ", 2)[0]);
            expected.get(topic).add(text);
            whole.get(topic).add(text);
        }
        return this;
    }

    /** Waits until every topic holds exactly the story so far; records a difference otherwise. */
    void settle(String step) {
        steps.add(step);
        try {
            Awaitility.await(step).atMost(SETTLE).pollInterval(Duration.ofMillis(100))
                    .until(() -> compare(actual()) != Comparison.WAITING);
        } catch (ConditionTimeoutException stillShort) {
            // reported below
        }
        if (compare(actual()) == Comparison.SAME) {
            return;
        }
        // Let stragglers land so the report shows the whole step.
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        Map<String, List<String>> actual = actual();
        StringBuilder report = new StringBuilder("step \"" + step + "\" of cutover " + cutoverId + ":");
        for (String topic : expected.keySet()) {
            if (!expected.get(topic).equals(actual.get(topic))) {
                report.append("\n  ").append(topic).append("\n    expected: ").append(expected.get(topic))
                        .append("\n    actual:   ").append(actual.get(topic));
            }
        }
        differences.add(report.toString());
        System.out.println("DIFFERENCE " + report);
        // Carry on from what happened, so the next steps are judged on their own.
        actual.forEach((topic, labels) -> expected.put(topic, new ArrayList<>(labels)));
    }

    private enum Comparison { SAME, WAITING, DIVERGED }

    private Comparison compare(Map<String, List<String>> actual) {
        Comparison result = Comparison.SAME;
        for (String topic : expected.keySet()) {
            List<String> want = expected.get(topic);
            List<String> got = actual.get(topic);
            if (want.equals(got)) {
                continue;
            }
            // More than expected, or something else where the story says otherwise: waiting will not help.
            if (got.size() > want.size() || !want.subList(0, got.size()).equals(got)) {
                return Comparison.DIVERGED;
            }
            result = Comparison.WAITING;
        }
        return result;
    }

    /**
     * After the last step: waits until the cutover is quiet — no new record about it on any topic for
     * {@code hold}, and none of its events left in a service's outbox ({@code unsentEvents}) — then
     * compares everything recorded about it with the whole story as the steps told it: the same events,
     * as many, in the same order on each topic. An event that came after the last step settled, one
     * missing, or one that a step's difference let through is recorded as a difference.
     */
    void settleForGood(Duration hold, ToIntFunction<String> unsentEvents) {
        String step = "once quiet for " + hold.toSeconds() + " s after the last step";
        steps.add(step);
        AtomicInteger recordedBefore = new AtomicInteger(-1);
        StringBuilder report = new StringBuilder("the whole story of cutover " + cutoverId + ", " + step + ":");
        boolean differs = false;
        try {
            Awaitility.await("cutover " + cutoverId + " quiet for " + hold).during(hold).atMost(hold.plus(SETTLE))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        int recorded = recorder.about(cutoverId).size();
                        return recordedBefore.getAndSet(recorded) == recorded && unsentEvents.applyAsInt(cutoverId) == 0;
                    });
        } catch (ConditionTimeoutException neverQuiet) {
            differs = true;
            report.append("\n  never quiet: ").append(unsentEvents.applyAsInt(cutoverId))
                    .append(" event(s) still in an outbox (waiting or set aside), ")
                    .append(recorder.about(cutoverId).size()).append(" records about it so far");
        }
        Map<String, List<String>> actual = actual();
        for (String topic : whole.keySet()) {
            List<String> want = whole.get(topic);
            List<String> got = actual.get(topic);
            if (!want.equals(got)) {
                differs = true;
                report.append("\n  ").append(topic).append("\n    expected: ").append(want)
                        .append("\n    actual:   ").append(got);
            }
        }
        if (differs) {
            differences.add(report.toString());
            System.out.println("DIFFERENCE " + report);
        }
    }

    /** Fails with every step whose events differed from the story. */
    void assertTold() {
        if (!differences.isEmpty()) {
            throw new AssertionError(differences.size() + " step(s) of " + steps.size()
                    + " did not cause the expected events:\n" + String.join("\n", differences));
        }
    }

    /** The story as it is now, per topic (for the report and the docs). */
    Map<String, List<String>> told() {
        return expected;
    }

    private Map<String, List<String>> actual() {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (String topic : expected.keySet()) {
            List<String> labels = recorder.about(cutoverId, topic).stream()
                    .filter(r -> !CHECKED_APART.contains(r.type()))
                    .map(r -> Labels.of(r, integrationName))
                    .toList();
            actual.put(topic, labels);
        }
        return actual;
    }

    private static String topicOf(String shortType) {
        for (EventType<?> type : EventCatalog.all()) {
            if (TopicRecorder.shortType(type.name()).equals(shortType)) {
                return type.topic();
            }
        }
        throw new IllegalArgumentException("no event type " + shortType + " in the catalogue");
    }
}
