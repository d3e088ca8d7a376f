package dev.golive.notification.domain;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reading the values of event records, any of which may be missing (an older producer, a partial
 * record): a missing value reads as nothing rather than failing.
 */
final class EventValues {

    private EventValues() {
    }

    /** The list without its missing elements; a missing list is empty. */
    static List<String> strings(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    /** A verdict or outcome as compared: trimmed, upper case, empty when missing. */
    static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    /** When the milestone is in the list, or null. */
    static Instant instantOf(List<MilestoneTime> milestones, Milestone milestone) {
        if (milestones == null) {
            return null;
        }
        return milestones.stream().filter(t -> t.milestone() == milestone).map(MilestoneTime::instant).findFirst().orElse(null);
    }
}
