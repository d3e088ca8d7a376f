package dev.golive.integration.domain;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations for people: {@code 250 ms}, {@code 1.5 s}, {@code 2 min 30 s}, {@code 3 h 20 min}, {@code 14 days}. */
final class Durations {

    private Durations() {
    }

    static String describe(Duration d) {
        if (d.isNegative()) {
            return "-" + describe(d.negated());
        }
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            return d.toMillis() + " ms";
        }
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
        }
        if (d.toSeconds() % 86_400 == 0) {
            long days = d.toDays();
            return days + (days == 1 ? " day" : " days");
        }
        if (d.compareTo(Duration.ofHours(1)) < 0) {
            return d.toMinutes() + " min" + (d.toSecondsPart() == 0 ? "" : " " + d.toSecondsPart() + " s");
        }
        return d.toHours() + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
    }
}
