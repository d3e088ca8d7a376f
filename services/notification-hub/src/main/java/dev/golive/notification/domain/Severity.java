package dev.golive.notification.domain;

import java.util.Locale;

/** How much a notice matters, in increasing order; a subscription names the least it wants to hear. */
public enum Severity {
    INFO,
    NOTICE,
    WARNING,
    CRITICAL;

    /** Whether this severity is {@code minimum} or above. */
    public boolean atLeast(Severity minimum) {
        return compareTo(minimum) >= 0;
    }

    /**
     * The severity of an incident (LOW, MEDIUM, HIGH, CRITICAL in the incident events): LOW is
     * INFO, MEDIUM NOTICE, HIGH WARNING, CRITICAL CRITICAL. An unknown or missing one is taken as
     * WARNING: an incident nobody could classify is not something to hide.
     */
    public static Severity ofIncident(String incidentSeverity) {
        if (incidentSeverity == null) {
            return WARNING;
        }
        return switch (incidentSeverity.strip().toUpperCase(Locale.ROOT)) {
            case "LOW" -> INFO;
            case "MEDIUM" -> NOTICE;
            case "HIGH" -> WARNING;
            case "CRITICAL" -> CRITICAL;
            default -> WARNING;
        };
    }
}
