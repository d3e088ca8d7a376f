package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Test helper: the go-live weekend of the fixtures, and incidents built from a harmless default
 * (an open LOW report-layout problem, system usable, no workaround, no estimate).
 *
 * <p>The system came back on Friday 2026-06-05 at 22:00Z; the point of no return is Sunday
 * 2026-06-07 14:00Z (business resume Monday 06:00Z − 12 h restore − 4 h re-validation).
 */
final class Incidents {

    static final String CUTOVER = "cutover-acme-19";
    static final Instant SYSTEM_BACK = Instant.parse("2026-06-05T22:00:00Z");
    static final Instant PNR = Instant.parse("2026-06-07T14:00:00Z");
    static final Instant BUSINESS_RESUME = Instant.parse("2026-06-08T06:00:00Z");
    static final RollbackWindow WINDOW = new RollbackWindow(SYSTEM_BACK, PNR, BUSINESS_RESUME);

    private Incidents() {
    }

    static UUID id(int n) {
        return new UUID(0x1c1d_0000L, n);
    }

    /** The moment {@code timeLeft} before the point of no return (after it when negative). */
    static Instant beforePnr(Duration timeLeft) {
        return PNR.minus(timeLeft);
    }

    static Builder incident(int n) {
        return new Builder(n);
    }

    static final class Builder {
        private final int n;
        private String title;
        private String description = "found by a power user";
        private BusinessFlow flow = BusinessFlow.REPORTING;
        private Severity severity = Severity.LOW;
        private boolean systemUsable = true;
        private boolean dataIntegrityAtRisk;
        private boolean workaroundExists;
        private Duration estimate;
        private IncidentStatus status = IncidentStatus.OPEN;
        private String source = Incident.SOURCE_REST;
        private String sourceRef;

        private Builder(int n) {
            this.n = n;
            this.title = "incident " + n;
        }

        Builder title(String t) { title = t; return this; }
        Builder description(String d) { description = d; return this; }
        Builder flow(BusinessFlow f) { flow = f; return this; }
        Builder severity(Severity s) { severity = s; return this; }
        Builder critical() { return severity(Severity.CRITICAL); }
        Builder unusable() { systemUsable = false; return this; }
        Builder dataAtRisk() { dataIntegrityAtRisk = true; return this; }
        Builder workaround() { workaroundExists = true; return this; }
        Builder estimate(Duration e) { estimate = e; return this; }
        Builder status(IncidentStatus s) { status = s; return this; }
        Builder source(String s) { source = s; return this; }
        Builder sourceRef(String r) { sourceRef = r; return this; }

        /** Critical, in SALES, no workaround: the incident that may call for a rollback. */
        Builder criticalSales() { return critical().flow(BusinessFlow.SALES); }

        Incident build() {
            return new Incident(id(n), CUTOVER, title, description, flow, severity, systemUsable, dataIntegrityAtRisk,
                    workaroundExists, estimate, status, source, sourceRef, SYSTEM_BACK.plus(Duration.ofHours(n)));
        }
    }
}
