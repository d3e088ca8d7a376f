package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A problem found during the go-live weekend. The record holds what it is given:
 * {@link IncidentRules} says whether that is valid.
 *
 * <p>{@code systemUsable} is false when the system cannot be used at all;
 * {@code estimatedTimeToFix} (optional) is the time still needed to fix it, counted from the moment
 * of each assessment — whoever learns more updates it. {@code source} is {@value #SOURCE_REST} for an
 * incident reported through the API, or the name of the service that detected it
 * ({@code weekend-testing}); {@code sourceRef} is that service's reference, so that a repeated
 * detection updates the same incident.
 *
 * <h2>What counts, status by status</h2>
 * {@link #open()} is true for {@code OPEN} and {@code MITIGATED}: both still need work and are listed
 * in an assessment's open incidents. {@code MITIGATED} means a workaround is in place and the system
 * is usable again, so for the rollback policies a mitigated incident:
 * <ul>
 *   <li>does not make the system unusable, whatever its {@code systemUsable} flag says;</li>
 *   <li>has a workaround, whatever its {@code workaroundExists} flag says — so it never blocks a core flow;</li>
 *   <li>still puts data integrity at risk while its {@code dataIntegrityAtRisk} flag is set: a
 *       workaround gives the users their screens back, it does not repair data written wrongly;
 *       the flag is cleared explicitly when the data is safe;</li>
 *   <li>still counts as a critical incident near the point of no return: a mitigation may fail
 *       ({@code MITIGATED → OPEN}), and after the point of no return there is no way back.</li>
 * </ul>
 * A {@code RESOLVED} incident counts for nothing.
 */
public record Incident(UUID id, String cutoverId, String title, String description, BusinessFlow businessFlow,
                       Severity severity, boolean systemUsable, boolean dataIntegrityAtRisk, boolean workaroundExists,
                       Duration estimatedTimeToFix, IncidentStatus status, String source, String sourceRef,
                       Instant reportedAt) {

    /** The {@code source} of an incident reported through the REST API. */
    public static final String SOURCE_REST = "rest";

    /** {@code OPEN} or {@code MITIGATED}: not resolved yet. */
    public boolean open() {
        return status == IncidentStatus.OPEN || status == IncidentStatus.MITIGATED;
    }

    /** Open, not mitigated, and the system cannot be used at all. */
    public boolean makesSystemUnusable() {
        return status == IncidentStatus.OPEN && !systemUsable;
    }

    /** Open (mitigated or not) and data integrity is at risk. */
    public boolean putsDataIntegrityAtRisk() {
        return open() && dataIntegrityAtRisk;
    }

    /** A workaround exists, or the incident is mitigated (which means one is in place). */
    public boolean hasWorkaround() {
        return workaroundExists || status == IncidentStatus.MITIGATED;
    }

    public boolean critical() {
        return severity == Severity.CRITICAL;
    }

    /** Open, critical, in a core business flow, and without any workaround. */
    public boolean blocksCoreFlow() {
        return open() && critical() && businessFlow != null && businessFlow.core() && !hasWorkaround();
    }

    public Optional<Duration> estimate() {
        return Optional.ofNullable(estimatedTimeToFix);
    }

    /**
     * This incident with the fields {@code edit} names replaced, and what that changed. Nothing is
     * checked here: see {@link IncidentRevision} for what must hold before it is accepted.
     */
    public IncidentRevision revise(IncidentEdit edit) {
        Objects.requireNonNull(edit, "edit");
        return IncidentRevision.of(this, edit.applyTo(this));
    }

    /**
     * This incident in status {@code next}.
     *
     * @throws IllegalStateException when {@link IncidentStatus#canMoveTo} does not allow it
     */
    public Incident withStatus(IncidentStatus next) {
        Objects.requireNonNull(next, "next");
        if (status == null || !status.canMoveTo(next)) {
            throw new IllegalStateException("incident " + id + " cannot move from " + status + " to " + next);
        }
        return new Incident(id, cutoverId, title, description, businessFlow, severity, systemUsable,
                dataIntegrityAtRisk, workaroundExists, estimatedTimeToFix, next, source, sourceRef, reportedAt);
    }
}
