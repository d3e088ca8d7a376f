package dev.golive.notification.domain;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.runbook.TaskOwner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which events page the person on call:
 * <ul>
 *   <li>an incident reported, or updated, with severity CRITICAL while it is OPEN (a mitigated one
 *       has a workaround in place: nobody needs waking for it);</li>
 *   <li>a detection of another service with severity CRITICAL — it pages at once, before it has
 *       become an incident;</li>
 *   <li>a rollback assessment that says DECIDE_NOW: the point of no return is near and a critical
 *       incident is open;</li>
 *   <li>a runbook task overdue (once per task and planned finish): a task owned by a person pages that
 *       person first, then the on-call escalation; a task of a role (on-call, ops-lead, tester) or
 *       of a machine pages the on-call escalation from the roster's primary (the members of an
 *       ops-lead or tester role are told in their feed besides, by the hub's intake).</li>
 * </ul>
 * See {@link PageTrigger} for how one cause pages once.
 */
public final class PageTriggers {

    /** The {@code source} of an incident reported through rollback-decision's API, which has no detection behind it. */
    static final String SOURCE_REST = "rest";
    /** Longest reason kept (the rest of the story is in the incident). */
    static final int MAX_REASON = 300;
    /** Longest cause, so that it fits a key column. */
    public static final int MAX_CAUSE = 200;

    private PageTriggers() {
    }

    public static Optional<PageTrigger> from(String eventId, GoliveEvent event) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(event, "event");
        String type = EventCatalog.of(event).name();
        if (event instanceof IncidentReported e && critical(e.severity()) && open(e.status())) {
            List<String> causes = new ArrayList<>(List.of(incident(e.incidentId())));
            if (e.sourceRef() != null && e.source() != null && !SOURCE_REST.equals(e.source())) {
                causes.add(detection(e.source(), e.sourceRef()));
            }
            return Optional.of(new PageTrigger(e.cutoverId(), causes, reason("Critical incident", e.title()), eventId, type));
        }
        if (event instanceof IncidentUpdated e && critical(e.severity()) && open(e.status())) {
            return Optional.of(new PageTrigger(e.cutoverId(), List.of(incident(e.incidentId())),
                    reason("Critical incident", e.title()), eventId, type));
        }
        if (event instanceof IncidentDetected e && critical(e.severity())) {
            String cause = e.sourceRef() == null ? bounded("detection:" + eventId) : detection(e.source(), e.sourceRef());
            return Optional.of(new PageTrigger(e.cutoverId(), List.of(cause),
                    reason("Critical problem detected by " + e.source(), e.title()), eventId, type));
        }
        if (event instanceof RollbackAssessmentChanged e && "DECIDE_NOW".equalsIgnoreCase(strip(e.recommendation()))) {
            String cause = e.pointOfNoReturn() == null ? bounded("decide-now:" + e.assessmentId())
                    : "decide-now:" + e.pointOfNoReturn().getEpochSecond();
            return Optional.of(new PageTrigger(e.cutoverId(), List.of(cause),
                    reason("Decide now: roll back or fix forward before the point of no return",
                            e.pointOfNoReturn() == null ? null : "at " + e.pointOfNoReturn()), eventId, type));
        }
        if (event instanceof RunbookTaskOverdue e) {
            String cause = e.taskId() == null ? bounded("runbook-overdue:" + eventId)
                    : bounded("runbook-overdue:" + e.taskId() + ":" + (e.plannedFinish() == null ? "-"
                    : e.plannedFinish().getEpochSecond()));
            Optional<String> owner = e.owner() != null && e.owner().kind() == TaskOwner.Kind.PERSON
                    ? Optional.ofNullable(e.owner().name()) : Optional.empty();
            return Optional.of(new PageTrigger(e.cutoverId(), List.of(cause), reason("Runbook task overdue", e.title()),
                    eventId, type, owner));
        }
        return Optional.empty();
    }

    private static boolean critical(String severity) {
        return "CRITICAL".equalsIgnoreCase(strip(severity));
    }

    /** OPEN, or not said: only MITIGATED and RESOLVED stop a critical incident from paging. */
    private static boolean open(String status) {
        String s = strip(status).toUpperCase(Locale.ROOT);
        return !s.equals("MITIGATED") && !s.equals("RESOLVED");
    }

    private static String incident(String incidentId) {
        return bounded("incident:" + incidentId);
    }

    private static String detection(String source, String sourceRef) {
        return bounded("detection:" + source + ":" + sourceRef);
    }

    /**
     * A cause of at most {@value #MAX_CAUSE} characters: a longer one (another service's reference
     * can be long) keeps its start and ends with the SHA-256 of the whole, so it stays unique.
     */
    static String bounded(String cause) {
        if (cause.length() <= MAX_CAUSE) {
            return cause;
        }
        String tail = "#" + HexFormat.of().formatHex(Sha256.digest().digest(cause.getBytes(StandardCharsets.UTF_8)));
        return cause.substring(0, MAX_CAUSE - tail.length()) + tail;
    }

    private static String reason(String what, String detail) {
        String text = detail == null || detail.isBlank() ? what : what + ": " + detail.strip();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
