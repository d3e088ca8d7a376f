package dev.golive.e2e;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventType;
import dev.golive.contracts.Topics;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The events a cutover must have produced, topic by topic, in order: each step of the weekend
 * adds what it must cause ({@link #expect}), then {@link #settle} waits until every topic holds
 * exactly that — no event missing, none extra, none out of order — before the next step acts.
 * Waiting for each step's consequences is what makes the order on each topic a fact to assert
 * rather than a race: a step's events land before the next step can cause more.
 *
 * <p>The notification topic is checked apart ({@link NotificationCheck}): deliveries to different
 * people are sent concurrently, so only the pages among them are in the story.
 *
 * <p>A step whose events differ is recorded (with both lists) and the story carries on from what
 * actually happened, so one run reports every difference; {@link #assertTold()} fails at the end.
 */
final class Story {

    private static final Duration SETTLE = Duration.ofSeconds(45);

    private final TopicRecorder recorder;
    private final String cutoverId;
    private final UnaryOperator<String> integrationName;
    private final Map<String, List<String>> expected = new LinkedHashMap<>();
    private final List<String> differences = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();

    Story(TopicRecorder recorder, String cutoverId, UnaryOperator<String> integrationName) {
        this.recorder = recorder;
        this.cutoverId = cutoverId;
        this.integrationName = integrationName;
        for (String topic : TopicRecorder.TOPICS) {
            expected.put(topic, new ArrayList<>());
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
            expected.get(topicOf(text.split(" ", 2)[0])).add(text);
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
                    .map(r -> Labels.of(r, integrationName))
                    .filter(label -> !topic.equals(Topics.NOTIFICATION) || label.startsWith("Page"))
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
