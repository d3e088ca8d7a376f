package dev.golive.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one event (or reminder, or page step) tells people: its kind and severity, the cutover, the
 * source it came from, the facts a message prints, and — for a personal notice such as a tester's
 * assignments — the one username it is for.
 *
 * <p>Facts are strings, numbers, booleans, {@link java.time.Instant}s (printed for each reader
 * with {@link ReaderTime}), {@link java.time.Duration}s and lists of strings; keys are the
 * constants of {@link Facts}. Insertion order is kept. Every kind has its own template in every
 * supported language (there is no generic one), so a fact is printed only where its words say it.
 */
public record Notice(NoticeKind kind, Severity severity, String cutoverId, String sourceEventId, String sourceEventType,
                     Map<String, Object> facts, Optional<String> onlyForUsername) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(cutoverId, "cutoverId");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(sourceEventType, "sourceEventType");
        Objects.requireNonNull(onlyForUsername, "onlyForUsername");
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        facts.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, printable(k, v));
            }
        });
        facts = Collections.unmodifiableMap(copy);
    }

    /**
     * What makes this notice unique among those of its source: the source event id, the kind, and
     * the person for a personal notice — one event (a published test plan) can make an overview
     * and one notice per tester. The first argument of {@link DeliveryKey#of}.
     */
    public String key() {
        return sourceEventId + "/" + kind + onlyForUsername.map(u -> "/" + u).orElse("");
    }

    private static Object printable(String name, Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Instant
                || value instanceof Duration) {
            return value;
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return List.copyOf(list);
        }
        throw new IllegalArgumentException("fact " + name + " is a " + value.getClass().getName()
                + "; a fact is a string, number, boolean, instant, duration or list of strings");
    }

    /** A fact, when present and of the given type. */
    public <T> Optional<T> fact(String name, Class<T> type) {
        Object v = facts.get(name);
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }
}
