package dev.golive.notification.domain;

import java.util.List;
import java.util.Objects;

/**
 * A reason to page on-call staff, from one event. {@code causes} are the names of what it is
 * about, the first its own: an incident is {@code incident:<id>}, a detection
 * {@code detection:<source>:<sourceRef>}, a call to decide {@code decide-now:<point of no return>}.
 * One cause pages once: the caller opens a page only when no page of the cutover has any of these
 * causes yet, and remembers them all with the page — so a critical detection, the incident it
 * becomes and that incident's later updates page one person once, not three times.
 */
public record PageTrigger(String cutoverId, List<String> causes, String reason, String sourceEventId, String sourceEventType) {

    public PageTrigger {
        Objects.requireNonNull(cutoverId, "cutoverId");
        causes = List.copyOf(causes);
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("a page trigger names at least one cause");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
    }

    /** The trigger's own cause. */
    public String cause() {
        return causes.get(0);
    }
}
