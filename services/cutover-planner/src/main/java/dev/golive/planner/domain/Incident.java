package dev.golive.planner.domain;

import java.time.Instant;

/**
 * An incident of a cutover as far as the go/no-go gate cares: its title (how the gate names it),
 * severity, status, and when it was first reported (null while only an update is known). Kept one
 * per incident apart from the rest of the evidence, as there may be thousands of them.
 */
public record Incident(String incidentId, String title, String severity, String status, Instant reportedAt) {

    public static final String CRITICAL = "CRITICAL";
    public static final String RESOLVED = "RESOLVED";

    /**
     * Reported or updated: the incident's whole new state over what was {@code known} (null if
     * nothing); an update keeps the first report's time, and the known title when it carries none.
     */
    public static Incident changed(Incident known, String incidentId, String title, String severity, String status,
                                   Instant reportedAt) {
        Instant reported = known != null && known.reportedAt() != null ? known.reportedAt() : reportedAt;
        String name = title != null ? title : known == null ? null : known.title();
        return new Incident(incidentId, name, severity, status, reported);
    }

    public Incident resolved() {
        return new Incident(incidentId, title, severity, RESOLVED, reportedAt);
    }

    /** What the gate counts (before the downtime start): critical, and OPEN or MITIGATED. */
    public boolean criticalAndUnresolved() {
        return CRITICAL.equals(severity) && !RESOLVED.equals(status);
    }

    /** Whether it was reported before {@code downtimeStart}: one reported during the weekend is no go/no-go matter. */
    public boolean before(Instant downtimeStart) {
        return downtimeStart == null || reportedAt == null || reportedAt.isBefore(downtimeStart);
    }
}
