package dev.golive.rollback.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An incident before and after an {@link IncidentEdit}, and the fields whose value changed, named
 * as in the JSON body and in the order of {@link Incident}'s components.
 *
 * <p>A revision is what was asked, not yet accepted: the revised incident must pass
 * {@link IncidentRules#check}, must not be a resolved incident edited ({@link #editsResolved()}),
 * and its status change must be allowed ({@link #statusViolations()}). Checking is left to the
 * caller so that it can report the rules' violations together with those it found reading the
 * request, in one refusal.
 */
public record IncidentRevision(Incident before, Incident after, List<String> changedFields) {

    public IncidentRevision {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changedFields = List.copyOf(changedFields);
    }

    /** The revision from {@code before} to {@code after}, with the fields that differ. */
    public static IncidentRevision of(Incident before, Incident after) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("title", Objects.equals(before.title(), after.title()));
        same.put("description", Objects.equals(before.description(), after.description()));
        same.put("businessFlow", before.businessFlow() == after.businessFlow());
        same.put("severity", before.severity() == after.severity());
        same.put("systemUsable", before.systemUsable() == after.systemUsable());
        same.put("dataIntegrityAtRisk", before.dataIntegrityAtRisk() == after.dataIntegrityAtRisk());
        same.put("workaroundExists", before.workaroundExists() == after.workaroundExists());
        same.put("estimatedTimeToFix", Objects.equals(before.estimatedTimeToFix(), after.estimatedTimeToFix()));
        same.put("status", before.status() == after.status());
        List<String> changed = same.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        return new IncidentRevision(before, after, changed);
    }

    /** Something changed: worth saving and announcing. The same values again are no change. */
    public boolean changed() {
        return !changedFields.isEmpty();
    }

    /** A resolved incident edited and left resolved: not allowed, a resolved incident stays as it was. */
    public boolean editsResolved() {
        return before.status() == IncidentStatus.RESOLVED && after.status() == IncidentStatus.RESOLVED;
    }

    /** Empty when the status stays or may move so ({@link IncidentRules#checkTransition}), else why not. */
    public List<FieldViolation> statusViolations() {
        return before.status() == after.status() ? List.of()
                : IncidentRules.checkTransition(before.status(), after.status());
    }
}
