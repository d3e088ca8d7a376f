package dev.golive.scheduling.trigger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One firing of a job at a UTC instant, as every business deadline of Golive is (a milestone, the
 * refresh deadline, a probe run, a point-of-no-return warning, a reminder, a page's escalation).
 *
 * @param name        unique within the cutover's group of this kind, e.g. {@code DOWNTIME_START}
 * @param at          when it is due
 * @param description what a person reading the job store should understand
 * @param data        what the job needs, as strings: the clustered store keeps job data as
 *                    properties, not serialised objects
 * @param misfire     what happens when it was due while no scheduler ran
 */
public record OneShot(String name, Instant at, String description, Map<String, String> data, Misfire misfire) {

    public OneShot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(misfire, "misfire");
        description = description == null ? name : description;
        data = Map.copyOf(data == null ? Map.of() : data);
        for (String reserved : CutoverTriggers.RESERVED_KEYS) {
            if (data.containsKey(reserved)) {
                throw new IllegalArgumentException("job data key '" + reserved + "' is set by CutoverTriggers");
            }
        }
    }

    /** A deadline that must not be lost: when missed, it fires once, late (the usual case). */
    public static OneShot fireOnceLate(String name, Instant at, String description, Map<String, String> data) {
        return new OneShot(name, at, description, data, Misfire.FIRE_ONCE_LATE);
    }

    /**
     * The rule for a trigger that came due while every instance of the service was down (Quartz's
     * misfire instruction, stated per trigger rather than left to the store's default).
     */
    public enum Misfire {
        /** Fire once as soon as a scheduler is back; the firing knows how late it is ({@link Firing#lateness}). */
        FIRE_ONCE_LATE,
        /** Drop it: a reminder that would only be noise once its moment is gone. */
        SKIP
    }
}
