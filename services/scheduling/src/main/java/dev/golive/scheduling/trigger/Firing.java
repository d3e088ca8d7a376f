package dev.golive.scheduling.trigger;

import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A one-shot trigger of {@link CutoverTriggers} as its job sees it when it fires: whose it is, which
 * one, when it was due and the job data it was scheduled with.
 *
 * @param cutoverId the cutover the trigger belongs to
 * @param name      the trigger's name within its group
 * @param dueAt     the instant it was scheduled for
 * @param data      the caller's job data (without the keys CutoverTriggers sets itself)
 */
public record Firing(UUID cutoverId, String name, Instant dueAt, Map<String, String> data) {

    /**
     * Reads the firing out of Quartz's context; the keys were written by {@link CutoverTriggers}. A job
     * stored before they were (a store carried over from an earlier version) is read from its key and
     * its trigger's scheduled time instead, so it still fires.
     */
    public static Firing of(JobExecutionContext context) {
        JobDataMap merged = context.getMergedJobDataMap();
        String name = merged.containsKey(CutoverTriggers.NAME) ? merged.getString(CutoverTriggers.NAME)
                : context.getJobDetail().getKey().getName();
        Instant dueAt = merged.containsKey(CutoverTriggers.DUE_AT) ? Instant.parse(merged.getString(CutoverTriggers.DUE_AT))
                : context.getScheduledFireTime().toInstant();
        Map<String, String> data = new HashMap<>();
        for (String key : merged.getKeys()) {
            if (!CutoverTriggers.RESERVED_KEYS.contains(key)) {
                data.put(key, merged.getString(key));
            }
        }
        return new Firing(UUID.fromString(merged.getString(CutoverTriggers.CUTOVER_ID)), name, dueAt, Map.copyOf(data));
    }

    /** A value of the caller's job data; an IllegalStateException names the missing key. */
    public String get(String key) {
        return Optional.ofNullable(data.get(key))
                .orElseThrow(() -> new IllegalStateException("trigger " + name + " of " + cutoverId + " has no '" + key + "'"));
    }

    /** How late the firing is at {@code now}: zero when on time or early. */
    public Duration lateness(Instant now) {
        return latenessOf(dueAt, now);
    }

    /**
     * How late a deadline due at {@code dueAt} is at {@code now}: zero when on time or early. For the
     * service code a job hands its firing's {@link #dueAt} to, which tells it in the events it makes.
     */
    public static Duration latenessOf(Instant dueAt, Instant now) {
        Duration late = Duration.between(dueAt, now);
        return late.isNegative() ? Duration.ZERO : late;
    }
}
