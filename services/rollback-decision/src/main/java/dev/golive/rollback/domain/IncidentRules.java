package dev.golive.rollback.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an {@link Incident}; violations name the field as in the JSON body, in the order of
 * the record's components.
 * <ul>
 *   <li>a non-blank {@code title} of at most {@value #MAX_TITLE} characters;</li>
 *   <li>{@code description} optional, at most {@value #MAX_DESCRIPTION} characters;</li>
 *   <li>{@code businessFlow}, {@code severity} and {@code status} required;</li>
 *   <li>{@code estimatedTimeToFix} optional; when given, not negative and at most
 *       {@value #MAX_ESTIMATE_DAYS} days;</li>
 *   <li>a non-blank {@code source} of at most {@value #MAX_SOURCE} characters;
 *       {@code sourceRef} optional, at most {@value #MAX_SOURCE_REF} characters.</li>
 * </ul>
 * The id, cutover id and report time are not checked: the server assigns them.
 */
public final class IncidentRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4_000;
    public static final long MAX_ESTIMATE_DAYS = 14;
    public static final Duration MAX_ESTIMATE = Duration.ofDays(MAX_ESTIMATE_DAYS);
    public static final int MAX_SOURCE = 100;
    public static final int MAX_SOURCE_REF = 200;

    private IncidentRules() {
    }

    public static List<FieldViolation> check(Incident incident) {
        List<FieldViolation> v = new ArrayList<>();
        if (incident == null) {
            v.add(new FieldViolation("incident", "is required"));
            return List.copyOf(v);
        }
        if (!present(incident.title())) {
            v.add(new FieldViolation("title", "is required"));
        } else {
            atMost(v, "title", incident.title(), MAX_TITLE);
        }
        if (incident.description() != null) {
            atMost(v, "description", incident.description(), MAX_DESCRIPTION);
        }
        required(v, "businessFlow", incident.businessFlow());
        required(v, "severity", incident.severity());
        Duration estimate = incident.estimatedTimeToFix();
        if (estimate != null) {
            if (estimate.isNegative()) {
                v.add(new FieldViolation("estimatedTimeToFix", "must not be negative"));
            } else if (estimate.compareTo(MAX_ESTIMATE) > 0) {
                v.add(new FieldViolation("estimatedTimeToFix", "must be at most " + MAX_ESTIMATE + ", was " + estimate));
            }
        }
        required(v, "status", incident.status());
        if (!present(incident.source())) {
            v.add(new FieldViolation("source", "is required"));
        } else {
            atMost(v, "source", incident.source(), MAX_SOURCE);
        }
        if (incident.sourceRef() != null) {
            atMost(v, "sourceRef", incident.sourceRef(), MAX_SOURCE_REF);
        }
        return List.copyOf(v);
    }

    /** Empty when an incident in {@code from} may move to {@code to}, else one violation of {@code status}. */
    public static List<FieldViolation> checkTransition(IncidentStatus from, IncidentStatus to) {
        if (to == null) {
            return List.of(new FieldViolation("status", "is required"));
        }
        if (from != null && from.canMoveTo(to)) {
            return List.of();
        }
        String why = from == IncidentStatus.RESOLVED
                ? ": a resolved incident stays resolved; report a new one if the problem is back"
                : from == to ? ": it is " + to + " already" : "";
        return List.of(new FieldViolation("status", "cannot move from " + from + " to " + to + why));
    }

    private static void required(List<FieldViolation> v, String field, Object value) {
        if (value == null) {
            v.add(new FieldViolation(field, "is required"));
        }
    }

    private static void atMost(List<FieldViolation> v, String field, String value, int max) {
        if (value.length() > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters, was " + value.length()));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
