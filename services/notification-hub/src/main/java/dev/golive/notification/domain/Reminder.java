package dev.golive.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One reminder of a downtime start, {@code before} ahead of it, due {@code at}. Its {@code id}
 * ({@code downtime-<epoch seconds of the start>-<before>}, e.g. {@code downtime-1796403600-PT24H})
 * is the same for the same downtime start and offset, whatever the window revision: a reschedule
 * that moves the start makes new ids (the old reminders are to be dropped), one that keeps it
 * keeps them (nobody is reminded twice).
 */
public record Reminder(String id, Duration before, Instant at, Instant downtimeStart) {

    /** The {@code sourceEventType} of a reminder's deliveries. */
    public static final String SOURCE_TYPE = "REMINDER";

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(downtimeStart, "downtimeStart");
    }

    static Reminder of(Instant downtimeStart, Duration before) {
        return new Reminder("downtime-" + downtimeStart.getEpochSecond() + "-" + before, before,
                downtimeStart.minus(before), downtimeStart);
    }

    /** The source id of its notice: unique across cutovers ({@code reminder:<cutoverId>:<id>}). */
    public String sourceId(String cutoverId) {
        return "reminder:" + cutoverId + ":" + id;
    }
}
