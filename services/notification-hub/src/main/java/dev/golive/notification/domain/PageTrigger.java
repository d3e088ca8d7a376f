package dev.golive.notification.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reason to page on-call staff, from one event. {@code causes} are the names of what it is
 * about, the first its own: an incident is {@code incident:<id>}, a detection
 * {@code detection:<source>:<sourceRef>}, a call to decide {@code decide-now:<point of no return>}.
 * One cause pages once: the caller opens a page only when no page of the cutover has any of these
 * causes yet, and remembers them all with the page — so a critical detection, the incident it
 * becomes and that incident's later updates page one person once, not three times. {@code owner}, when
 * present, is paged first (level OWNER), before the on-call escalation: the person whose task it is.
 */
public record PageTrigger(String cutoverId, List<String> causes, String reason, String sourceEventId, String sourceEventType,
                          Optional<String> owner) {

    /** A trigger that pages the on-call escalation from its first level. */
    public PageTrigger(String cutoverId, List<String> causes, String reason, String sourceEventId, String sourceEventType) {
        this(cutoverId, causes, reason, sourceEventId, sourceEventType, Optional.empty());
    }

    public PageTrigger {
        Objects.requireNonNull(cutoverId, "cutoverId");
        causes = List.copyOf(causes);
        if (causes.isEmpty()) {
            throw new IllegalArgumentException("a page trigger names at least one cause");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
        owner = owner.filter(o -> !o.isBlank()).map(String::strip);
    }

    /** The trigger's own cause. */
    public String cause() {
        return causes.get(0);
    }
}
