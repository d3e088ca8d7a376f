package dev.golive.rollback.domain;

import java.time.Duration;

/** Durations for people: {@code 3 h 20 min}, {@code 45 min}, {@code 52 h}; seconds are dropped. */
final class Durations {

    private Durations() {
    }

    static String describe(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        long minutes = d.abs().toMinutes();
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return sign + rest + " min";
        }
        return sign + hours + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}
