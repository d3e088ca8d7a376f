package dev.golive.rollback.incident;

import dev.golive.contracts.EventCodec;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.rollback.assessment.Reassessment;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.BusinessFlow;
import dev.golive.problems.field.FieldViolation;
import dev.golive.rollback.domain.Incident;
import dev.golive.rollback.domain.IncidentRules;
import dev.golive.rollback.domain.IncidentStatus;
import dev.golive.rollback.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The incident use cases: report, update, resolve (through the API) and open or update from a
 * detection of another service. Each runs in one transaction with its event and the new assessment;
 * it first locks the cutover's row, so changes of one cutover are assessed one after the other.
 * Input is checked before anything is written.
 */
@ApplicationScoped
public class IncidentService {

    static final int MAX_RESOLUTION = 4_000;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Reassessment reassessment;

    @Transactional
    public IncidentRow report(UUID cutoverId, IncidentRequest request, String user) {
        List<FieldViolation> violations = new ArrayList<>();
        BusinessFlow flow = parse(violations, "businessFlow", request.businessFlow(), BusinessFlow.class);
        Severity severity = parse(violations, "severity", request.severity(), Severity.class);
        required(violations, "systemUsable", request.systemUsable(), "say whether the system can be used at all");
        required(violations, "dataIntegrityAtRisk", request.dataIntegrityAtRisk(), "say whether data integrity is at risk");
        Instant now = clock.instant();
        Incident incident = new Incident(UUID.randomUUID(), cutoverId.toString(), strip(request.title()),
                request.description(), flow, severity, Boolean.TRUE.equals(request.systemUsable()),
                Boolean.TRUE.equals(request.dataIntegrityAtRisk()), Boolean.TRUE.equals(request.workaroundExists()),
                request.estimatedTimeToFix(), IncidentStatus.OPEN, Incident.SOURCE_REST, null, now);
        refuse(merge(violations, IncidentRules.check(incident)));

        CutoverProjection.lock(cutoverId, now);
        IncidentRow row = open(incident, user, now);
        reassessment.afterChange(cutoverId, "incident " + row.id + " reported");
        return row;
    }

    @Transactional
    public IncidentRow update(UUID cutoverId, UUID incidentId, IncidentPatch patch, Set<String> present, String user) {
        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now);
        IncidentRow row = IncidentRow.of(cutoverId, incidentId).orElseThrow(() -> ProblemException.notFound("incident", incidentId));
        Incident current = row.toDomain();

        List<FieldViolation> violations = new ArrayList<>();
        String title = present.contains("title") ? strip(patch.title()) : current.title();
        String description = present.contains("description") ? patch.description() : current.description();
        BusinessFlow flow = present.contains("businessFlow")
                ? parse(violations, "businessFlow", patch.businessFlow(), BusinessFlow.class) : current.businessFlow();
        Severity severity = present.contains("severity")
                ? parse(violations, "severity", patch.severity(), Severity.class) : current.severity();
        boolean systemUsable = flag(violations, present, "systemUsable", patch.systemUsable(), current.systemUsable());
        boolean dataAtRisk = flag(violations, present, "dataIntegrityAtRisk", patch.dataIntegrityAtRisk(),
                current.dataIntegrityAtRisk());
        boolean workaround = flag(violations, present, "workaroundExists", patch.workaroundExists(),
                current.workaroundExists());
        Duration estimate = present.contains("estimatedTimeToFix") ? patch.estimatedTimeToFix() : current.estimatedTimeToFix();
        IncidentStatus status = current.status();
        if (present.contains("status")) {
            IncidentStatus wanted = parse(violations, "status", patch.status(), IncidentStatus.class);
            if (wanted == IncidentStatus.RESOLVED) {
                violations.add(new FieldViolation("status", "an incident is resolved through POST /api/cutovers/"
                        + cutoverId + "/incidents/" + incidentId + "/resolve, with a resolution"));
            } else if (wanted != null) {
                status = wanted;
            }
        }
        Incident next = new Incident(current.id(), current.cutoverId(), title, description, flow, severity, systemUsable,
                dataAtRisk, workaround, estimate, status, current.source(), current.sourceRef(), current.reportedAt());
        refuse(merge(violations, IncidentRules.check(next)));
        if (current.status() == IncidentStatus.RESOLVED && status == IncidentStatus.RESOLVED) {
            throw ProblemException.conflict("incident-resolved", "incident " + incidentId
                    + " is resolved and stays as it was; report a new incident if the problem is back",
                    List.of("RESOLVED"));
        }
        if (status != current.status()) {
            List<FieldViolation> transition = IncidentRules.checkTransition(current.status(), status);
            if (!transition.isEmpty()) {
                throw forbidden(transition, current.status(), status);
            }
        }
        return change(row, current, next, user, now);
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
        List<FieldViolation> violations = new ArrayList<>();
        BusinessFlow flow = parse(violations, "businessFlow", detected.businessFlow(), BusinessFlow.class);
        Severity severity = parse(violations, "severity", detected.severity(), Severity.class);
        Instant now = clock.instant();
        String source = strip(detected.source());
        String sourceRef = strip(detected.sourceRef());
        Incident incident = new Incident(UUID.randomUUID(), cutoverId.toString(), strip(detected.title()),
                detected.description(), flow, severity, detected.systemUsable(), detected.dataIntegrityAtRisk(),
                detected.workaroundExists(), detected.estimatedTimeToFix(), IncidentStatus.OPEN, source,
                sourceRef == null || sourceRef.isEmpty() ? null : sourceRef,
                detected.detectedAt() != null ? detected.detectedAt() : now);
        violations = merge(violations, IncidentRules.check(incident));
        if (!violations.isEmpty()) {
            throw new EventCodec.UnreadableEventException("IncidentDetected is not a valid incident: "
                    + violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        }

        CutoverProjection.lock(cutoverId, now);
        IncidentRow existing = incident.sourceRef() == null ? null
                : IncidentRow.openFromSource(cutoverId, source, incident.sourceRef()).orElse(null);
        if (existing == null) {
            IncidentRow row = open(incident, source, now);
            reassessment.afterChange(cutoverId, "incident " + row.id + " detected by " + source);
            return;
        }
        Incident current = existing.toDomain();
        Incident next = new Incident(current.id(), current.cutoverId(), incident.title(), incident.description(),
                incident.businessFlow(), incident.severity(), incident.systemUsable(), incident.dataIntegrityAtRisk(),
                incident.workaroundExists(), incident.estimatedTimeToFix(), current.status(), current.source(),
                current.sourceRef(), current.reportedAt());
        change(existing, current, next, source, now);
    }

    private IncidentRow open(Incident incident, String reportedBy, Instant now) {
        IncidentRow row = new IncidentRow();
        row.id = incident.id();
        row.cutoverId = UUID.fromString(incident.cutoverId());
        row.take(incident);
        row.source = incident.source();
        row.sourceRef = incident.sourceRef();
        row.reportedBy = reportedBy;
        row.reportedAt = incident.reportedAt();
        row.updatedBy = reportedBy;
        row.updatedAt = now;
        row.persist();
        outbox.append(new IncidentReported(incident.cutoverId(), row.id.toString(), row.title, row.description,
                row.businessFlow.name(), row.severity.name(), row.systemUsable, row.dataIntegrityAtRisk,
                row.workaroundExists, row.estimatedTimeToFix(), row.status.name(), row.source, row.sourceRef,
                reportedBy, row.reportedAt));
        return row;
    }

    /** Applies {@code next} when it differs from {@code current}: event and new assessment; nothing otherwise. */
    private IncidentRow change(IncidentRow row, Incident current, Incident next, String user, Instant now) {
        List<String> changed = changedFields(current, next);
        if (changed.isEmpty()) {
            return row;
        }
        row.take(next);
        row.updatedBy = user;
        row.updatedAt = now;
        outbox.append(new IncidentUpdated(next.cutoverId(), row.id.toString(), changed, row.title, row.description,
                row.businessFlow.name(), row.severity.name(), row.systemUsable, row.dataIntegrityAtRisk,
                row.workaroundExists, row.estimatedTimeToFix(), row.status.name(), user, now));
        reassessment.afterChange(row.cutoverId, "incident " + row.id + " updated (" + String.join(", ", changed) + ")");
        return row;
    }

    static List<String> changedFields(Incident a, Incident b) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("title", Objects.equals(a.title(), b.title()));
        same.put("description", Objects.equals(a.description(), b.description()));
        same.put("businessFlow", a.businessFlow() == b.businessFlow());
        same.put("severity", a.severity() == b.severity());
        same.put("systemUsable", a.systemUsable() == b.systemUsable());
        same.put("dataIntegrityAtRisk", a.dataIntegrityAtRisk() == b.dataIntegrityAtRisk());
        same.put("workaroundExists", a.workaroundExists() == b.workaroundExists());
        same.put("estimatedTimeToFix", Objects.equals(a.estimatedTimeToFix(), b.estimatedTimeToFix()));
        same.put("status", a.status() == b.status());
        return same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }

    private static ProblemException forbidden(List<FieldViolation> transition, IncidentStatus from, IncidentStatus to) {
        String detail = transition.isEmpty() ? "cannot move from " + from + " to " + to
                : transition.get(0).field() + " " + transition.get(0).message();
        return ProblemException.conflict("forbidden-transition", detail, List.of(from + "->" + to));
    }

    /** The violations found while reading the input, then the rules' ones for the fields not named yet. */
    private static List<FieldViolation> merge(List<FieldViolation> read, List<FieldViolation> rules) {
        Set<String> named = read.stream().map(FieldViolation::field).collect(Collectors.toSet());
        List<FieldViolation> all = new ArrayList<>(read);
        rules.stream().filter(v -> !named.contains(v.field())).forEach(all::add);
        return all;
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .toList());
        }
    }

    private static boolean flag(List<FieldViolation> violations, Set<String> present, String field, Boolean value,
                                boolean current) {
        if (!present.contains(field)) {
            return current;
        }
        if (value == null) {
            violations.add(new FieldViolation(field, "must be true or false"));
            return current;
        }
        return value;
    }

    private static void required(List<FieldViolation> violations, String field, Boolean value, String hint) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required: " + hint));
        }
    }

    private static <E extends Enum<E>> E parse(List<FieldViolation> violations, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
