package dev.golive.runbook.domain;

import dev.golive.contracts.cutover.Milestone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A go-live window for domain tests and the built-in template instantiated on it. */
final class Weekend {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Friday 18:00 downtime in Paris, in the week of {@code friday}. */
    static Map<Milestone, Instant> window(LocalDateTime fridayDowntime) {
        Map<Milestone, Instant> m = new EnumMap<>(Milestone.class);
        Instant down = fridayDowntime.atZone(PARIS).toInstant();
        m.put(Milestone.GO_NO_GO, down.minus(Duration.ofHours(2)));
        m.put(Milestone.DOWNTIME_START, down);
        m.put(Milestone.SYSTEM_BACK_EXPECTED, down.plus(Duration.ofHours(5)));
        m.put(Milestone.TECHNICAL_REVIEW_END, fridayDowntime.plusHours(15).atZone(PARIS).toInstant());
        m.put(Milestone.WEEKEND_TESTING_END, fridayDowntime.plusDays(2).atZone(PARIS).toInstant());
        m.put(Milestone.POINT_OF_NO_RETURN, fridayDowntime.plusDays(2).plusHours(1).atZone(PARIS).toInstant());
        m.put(Milestone.BUSINESS_RESUME, fridayDowntime.plusDays(2).plusHours(14).atZone(PARIS).toInstant());
        return m;
    }

    static List<TaskSpec> builtIn(Map<Milestone, Instant> window, Duration forecast) {
        AtomicInteger ids = new AtomicInteger();
        return RunbookTemplate.instantiate(OdooShGoLive.TEMPLATE.tasks(), window, forecast,
                () -> "t" + ids.incrementAndGet());
    }

    static int byKey(TaskGraph graph, String key) {
        for (int i = 0; i < graph.size(); i++) {
            if (graph.task(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private Weekend() {
    }
}
