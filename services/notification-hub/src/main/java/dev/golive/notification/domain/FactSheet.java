package dev.golive.notification.domain;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.golive.notification.domain.EventValues.instantOf;
import static dev.golive.notification.domain.Facts.*;

/** Facts of a notice being gathered, in order; null values are left out. */
final class FactSheet {

    /** A deadline that fired later than this says so in its message: people read "in 24 h" otherwise. */
    static final Duration SAY_LATE_BEYOND = Duration.ofMinutes(1);

    private final Map<String, Object> values = new LinkedHashMap<>();

    FactSheet put(String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
        return this;
    }

    /** {@link Facts#FIRED_LATE} when the deadline behind the notice fired noticeably late; null reads as on time. */
    FactSheet firedLate(Duration lateness) {
        return lateness != null && lateness.compareTo(SAY_LATE_BEYOND) > 0 ? put(FIRED_LATE, lateness) : this;
    }

    /** The same, from an event's optional {@code latenessMillis}. */
    FactSheet firedLateMillis(Long latenessMillis) {
        return firedLate(latenessMillis == null ? null : Duration.ofMillis(latenessMillis));
    }

    FactSheet by(String who) {
        return put(BY, who);
    }

    FactSheet window(List<MilestoneTime> milestones) {
        return put(DOWNTIME_START, instantOf(milestones, Milestone.DOWNTIME_START))
                .put(GO_NO_GO, instantOf(milestones, Milestone.GO_NO_GO))
                .put(SYSTEM_BACK_EXPECTED, instantOf(milestones, Milestone.SYSTEM_BACK_EXPECTED))
                .put(POINT_OF_NO_RETURN, instantOf(milestones, Milestone.POINT_OF_NO_RETURN))
                .put(BUSINESS_RESUME, instantOf(milestones, Milestone.BUSINESS_RESUME));
    }

    FactSheet incident(String id, String title, String severity, String flow, boolean usable, boolean dataAtRisk,
                       boolean workaround, String status) {
        return put(INCIDENT_ID, id).put(TITLE, title).put(INCIDENT_SEVERITY, severity).put(BUSINESS_FLOW, flow)
                .put(SYSTEM_USABLE, usable).put(DATA_INTEGRITY_AT_RISK, dataAtRisk).put(WORKAROUND_EXISTS, workaround)
                .put(STATUS, status);
    }

    /** The gathered facts; {@link Notice} takes its own copy. */
    Map<String, Object> values() {
        return values;
    }
}
