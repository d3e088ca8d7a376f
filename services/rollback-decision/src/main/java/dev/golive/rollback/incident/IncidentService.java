package dev.golive.rollback.incident;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.problems.field.FieldViolation;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.BusinessFlow;
import dev.golive.rollback.domain.Incident;
import dev.golive.rollback.domain.IncidentEdit;
import dev.golive.rollback.domain.IncidentRevision;
import dev.golive.rollback.domain.IncidentRules;
import dev.golive.rollback.domain.IncidentStatus;
import dev.golive.rollback.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.golive.problems.Violations.strip;

/**
 * The incident use cases: report, update, resolve (through the API) and open or update from a
 * detection of another service. Each runs in one transaction with its event and the new assessment;
 * it first locks the cutover's row, so changes of one cutover are assessed one after the other.
 * Input is checked before anything is written; what an edit changes is the incident's to say
 * ({@link Incident#revise}).
 */
@ApplicationScoped
public class IncidentService {

    static final int MAX_RESOLUTION = 4_000;

    private final Clock clock;
    private final Outbox outbox;
    private final Reassessment reassessment;

    @Inject
    IncidentService(Clock clock, Outbox outbox, Reassessment reassessment) {
        this.clock = clock;
        this.outbox = outbox;
        this.reassessment = reassessment;
    }

    @Transactional
    public IncidentRow report(UUID cutoverId, IncidentRequest request, String user) {
        Violations violations = new Violations();
        BusinessFlow flow = violations.enumValue("businessFlow", request.businessFlow(), BusinessFlow.class, true);
        Severity severity = violations.enumValue("severity", request.severity(), Severity.class, true);
        required(violations, "systemUsable", request.systemUsable(), "say whether the system can be used at all");
        required(violations, "dataIntegrityAtRisk", request.dataIntegrityAtRisk(), "say whether data integrity is at risk");
        Instant now = clock.instant();
        Incident incident = new Incident(UUID.randomUUID(), cutoverId.toString(), strip(request.title()),
                request.description(), flow, severity, Boolean.TRUE.equals(request.systemUsable()),
                Boolean.TRUE.equals(request.dataIntegrityAtRisk()), Boolean.TRUE.equals(request.workaroundExists()),
                request.estimatedTimeToFix(), IncidentStatus.OPEN, Incident.SOURCE_REST, null, now);
        violations.addRules(IncidentRules.check(incident));
        violations.refuse();

        CutoverProjection.lock(cutoverId, now);
        IncidentRow row = open(incident, user, now);
        reassessment.afterChange(cutoverId, "incident " + row.id + " reported");
        return row;
    }

    /**
     * A JSON merge patch of an incident: the fields named in {@code present} change. Refused with one
     * 422 naming every field that cannot be read or breaks the rules; then with a 409 when the
     * incident is resolved or the status may not move so.
     */
    @Transactional
    public IncidentRow update(UUID cutoverId, UUID incidentId, IncidentPatch patch, Set<String> present, String user) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now);
        IncidentRow row = IncidentRow.of(cutoverId, incidentId).orElseThrow(() -> ProblemException.notFound("incident", incidentId));

        Violations violations = new Violations();
        IncidentEdit edit = read(patch, present, violations, cutoverId, incidentId);
        IncidentRevision revision = row.toDomain().revise(edit);
        violations.addRules(IncidentRules.check(revision.after()));
        violations.refuse();
        if (revision.editsResolved()) {
            throw ProblemException.conflict("incident-resolved", "incident " + incidentId
                    + " is resolved and stays as it was; report a new incident if the problem is back",
                    List.of("RESOLVED"));
        }
        List<FieldViolation> transition = revision.statusViolations();
        if (!transition.isEmpty()) {
            throw forbidden(transition, revision.before().status(), revision.after().status());
        }
        return saved(row, revision, user, now);
    }

    @Transactional
    public IncidentRow resolve(UUID cutoverId, UUID incidentId, String resolution, String user) {
        String text = strip(resolution);
        if (text == null || text.isEmpty()) {
            throw ProblemException.invalid("resolution", "is required: say how the incident was resolved");
        }
        if (text.length() > MAX_RESOLUTION) {
            throw ProblemException.invalid("resolution", "must be at most " + MAX_RESOLUTION + " characters, was "
                    + text.length());
        }
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now);
        IncidentRow row = IncidentRow.of(cutoverId, incidentId).orElseThrow(() -> ProblemException.notFound("incident", incidentId));
        List<FieldViolation> transition = IncidentRules.checkTransition(row.status, IncidentStatus.RESOLVED);
        if (!transition.isEmpty()) {
            throw forbidden(transition, row.status, IncidentStatus.RESOLVED);
        }
        row.status = IncidentStatus.RESOLVED;
        row.resolution = text;
        row.resolvedBy = user;
        row.resolvedAt = now;
        row.updatedBy = user;
        row.updatedAt = now;
        outbox.append(new IncidentResolved(cutoverId.toString(), row.id.toString(), text, user, now));
        reassessment.afterChange(cutoverId, "incident " + row.id + " resolved");
        return row;
    }

    /**
     * Opens an incident from another service's detection, or updates the open one the same
     * detection ({@code source} + {@code sourceRef}) opened before. A detection that does not make
     * a valid incident cannot be read: it goes to the dead letter topic with the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detected(IncidentDetected detected) {
        UUID cutoverId;
        try {
            cutoverId = UUID.fromString(detected.cutoverId());
        } catch (IllegalArgumentException e) {
            throw new EventCodec.UnreadableEventException("cutoverId '" + detected.cutoverId() + "' is not a UUID", e);
        }
        Violations violations = new Violations();
        BusinessFlow flow = violations.enumValue("businessFlow", detected.businessFlow(), BusinessFlow.class, true);
        Severity severity = violations.enumValue("severity", detected.severity(), Severity.class, true);
        Instant now = clock.instant();
        String source = strip(detected.source());
        String sourceRef = strip(detected.sourceRef());
        Incident incident = new Incident(UUID.randomUUID(), cutoverId.toString(), strip(detected.title()),
                detected.description(), flow, severity, detected.systemUsable(), detected.dataIntegrityAtRisk(),
                detected.workaroundExists(), detected.estimatedTimeToFix(), IncidentStatus.OPEN, source,
                sourceRef == null || sourceRef.isEmpty() ? null : sourceRef,
                detected.detectedAt() != null ? detected.detectedAt() : now);
        violations.addRules(IncidentRules.check(incident));
        if (!violations.isEmpty()) {
            throw new EventCodec.UnreadableEventException("IncidentDetected is not a valid incident: "
                    + violations.found().stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }

        CutoverProjection.lock(cutoverId, now);
        IncidentRow existing = incident.sourceRef() == null ? null
                : IncidentRow.openFromSource(cutoverId, source, incident.sourceRef()).orElse(null);
        if (existing == null) {
            IncidentRow row = open(incident, source, now);
            reassessment.afterChange(cutoverId, "incident " + row.id + " detected by " + source);
            return;
        }
        saved(existing, existing.toDomain().revise(IncidentEdit.detailsOf(incident)), source, now);
    }

    /**
     * The fields the patch names, read into an edit of the incident. A value that cannot be read is
     * a violation and is left out of the edit; RESOLVED is not a status a patch may set.
     */
    private static IncidentEdit read(IncidentPatch patch, Set<String> present, Violations violations, UUID cutoverId,
                                     UUID incidentId) {
        IncidentEdit edit = new IncidentEdit();
        if (present.contains("title")) {
            edit.title(strip(patch.title()));
        }
        if (present.contains("description")) {
            edit.description(patch.description());
        }
        if (present.contains("businessFlow")) {
            Optional.ofNullable(violations.enumValue("businessFlow", patch.businessFlow(), BusinessFlow.class, true))
                    .ifPresent(edit::businessFlow);
        }
        if (present.contains("severity")) {
            Optional.ofNullable(violations.enumValue("severity", patch.severity(), Severity.class, true))
                    .ifPresent(edit::severity);
        }
        flag(violations, present, "systemUsable", patch.systemUsable()).ifPresent(edit::systemUsable);
        flag(violations, present, "dataIntegrityAtRisk", patch.dataIntegrityAtRisk()).ifPresent(edit::dataIntegrityAtRisk);
        flag(violations, present, "workaroundExists", patch.workaroundExists()).ifPresent(edit::workaroundExists);
        if (present.contains("estimatedTimeToFix")) {
            edit.estimatedTimeToFix(patch.estimatedTimeToFix());
        }
        if (present.contains("status")) {
            IncidentStatus wanted = violations.enumValue("status", patch.status(), IncidentStatus.class, true);
            if (wanted == IncidentStatus.RESOLVED) {
                violations.add("status", "an incident is resolved through POST /api/cutovers/"
                        + cutoverId + "/incidents/" + incidentId + "/resolve, with a resolution");
            } else if (wanted != null) {
                edit.status(wanted);
            }
        }
        return edit;
    }

    private IncidentRow open(Incident incident, String reportedBy, Instant now) {
        IncidentRow row = IncidentRow.opened(incident, reportedBy, now);
        row.persist();
        outbox.append(new IncidentReported(incident.cutoverId(), row.id.toString(), row.title, row.description,
                row.businessFlow.name(), row.severity.name(), row.systemUsable, row.dataIntegrityAtRisk,
                row.workaroundExists, row.estimatedTimeToFix(), row.status.name(), row.source, row.sourceRef,
                reportedBy, row.reportedAt));
        return row;
    }

    /** Saves and announces a revision that changed something, with the new assessment; one that changed nothing is neither. */
    private IncidentRow saved(IncidentRow row, IncidentRevision revision, String user, Instant now) {
        List<String> changed = revision.changedFields();
        if (changed.isEmpty()) {
            return row;
        }
        row.revised(revision.after(), user, now);
        outbox.append(new IncidentUpdated(revision.after().cutoverId(), row.id.toString(), changed, row.title,
                row.description, row.businessFlow.name(), row.severity.name(), row.systemUsable, row.dataIntegrityAtRisk,
                row.workaroundExists, row.estimatedTimeToFix(), row.status.name(), user, now));
        reassessment.afterChange(row.cutoverId, "incident " + row.id + " updated (" + String.join(", ", changed) + ")");
        return row;
    }

    private static ProblemException forbidden(List<FieldViolation> transition, IncidentStatus from, IncidentStatus to) {
        String detail = transition.isEmpty() ? "cannot move from " + from + " to " + to
                : transition.get(0).field() + " " + transition.get(0).message();
        return ProblemException.conflict("forbidden-transition", detail, List.of(from + "->" + to));
    }

    /** The value of a flag the patch names; empty when it does not name it, or names it without a value (a violation). */
    private static Optional<Boolean> flag(Violations violations, Set<String> present, String field, Boolean value) {
        if (!present.contains(field)) {
            return Optional.empty();
        }
        if (value == null) {
            violations.add(field, "must be true or false");
        }
        return Optional.ofNullable(value);
    }

    private static void required(Violations violations, String field, Boolean value, String hint) {
        if (value == null) {
            violations.add(field, "is required: " + hint);
        }
    }
}
