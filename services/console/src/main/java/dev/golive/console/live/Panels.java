package dev.golive.console.live;

import java.util.List;

/**
 * Which parts of the cutover cockpit an event changes, by the area in its type
 * ({@code golive.<area>.<Name>.v1}). The go/no-go gates follow every area they are judged on.
 */
public final class Panels {

    public static final String TIMELINE = "timeline";
    public static final String GATES = "gates";
    public static final String REHEARSAL = "rehearsal";
    public static final String INTEGRATIONS = "integrations";
    public static final String INCIDENTS = "incidents";
    public static final String TESTS = "tests";
    public static final String ROSTER = "roster";
    public static final String NOTIFICATIONS = "notifications";
    /** The runbook board (its own page, {@code /cutovers/{id}/runbook}), not a panel of the cockpit. */
    public static final String RUNBOOK = "runbook";

    /** Every panel of the cockpit, in page order. */
    public static final List<String> ALL = List.of(TIMELINE, GATES, REHEARSAL, INTEGRATIONS, INCIDENTS, TESTS, ROSTER,
            NOTIFICATIONS);

    private Panels() {
    }

    /** The panels an event of this CloudEvents type may have changed; empty for a type the console does not know. */
    public static List<String> changedBy(String eventType) {
        if (eventType == null || !eventType.startsWith("golive.")) {
            return List.of();
        }
        String area = eventType.substring("golive.".length(), Math.max("golive.".length(), eventType.indexOf('.', 7)));
        return switch (area) {
            case "cutover" -> List.of(TIMELINE, GATES);
            case "staging" -> List.of(REHEARSAL, GATES);
            case "integration" -> List.of(INTEGRATIONS, GATES);
            case "testing" -> List.of(TESTS, ROSTER, GATES);
            case "incident", "rollback" -> List.of(INCIDENTS, GATES);
            case "notification" -> List.of(NOTIFICATIONS);
            case "runbook" -> List.of(RUNBOOK);
            default -> List.of();
        };
    }
}
