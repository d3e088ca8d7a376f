package dev.golive.edge.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The message ids a receiver without a database has accepted lately, for the replay rule of
 * {@link StandardWebhooks}: an id seen within the tolerance is a replay (or a retry of a message
 * already handled). An id needs remembering only as long as its timestamp is acceptable; after
 * that the timestamp check refuses the message anyway. A service with a database keeps ids in its
 * inbox instead, in the same transaction as what the message changes.
 */
public final class RecentIds {

    private final Duration keep;
    private final Map<String, Instant> seen = new LinkedHashMap<>();

    /** Keeps ids twice the tolerance: a message stamped at the edge of the past still meets its id. */
    public RecentIds() {
        this(StandardWebhooks.TOLERANCE.multipliedBy(2));
    }

    public RecentIds(Duration keep) {
        this.keep = Objects.requireNonNull(keep, "keep");
    }

    /** True the first time {@code id} is offered (within the keeping time), false for a repeat. */
    public synchronized boolean firstTime(String id, Instant now) {
        Objects.requireNonNull(id, "id");
        Instant horizon = now.minus(keep);
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (it.next().isBefore(horizon)) {
                it.remove();
            } else {
                break;
            }
        }
        return seen.putIfAbsent(id, now) == null;
    }
}
