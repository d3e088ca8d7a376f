package dev.golive.console.weekend;

import dev.golive.console.chart.TimelineChart;
import dev.golive.console.chart.TimelineChart.Lane;
import dev.golive.console.chart.TimelineChart.Mark;
import dev.golive.console.chart.TimelineChart.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The go-live weekend as one chart, from what the services answer: the weekend's phases as planned
 * (downtime and upgrade, technical review, weekend testing) with what was observed of them, a lane per
 * tester holding their assignments, a lane per on-call person holding their shifts, and the go/no-go,
 * the point of no return and business resume as lines.
 *
 * <p>Each source is optional: a viewer the service does not let read the roster (a tester, a
 * stakeholder) simply gets no on-call lanes, and a tester sees only their own assignments because
 * that is all weekend-testing gives them.
 */
public final class WeekendChart {

    /** The span kinds this chart adds to the runbook's (planned, actual): the stylesheet colours each. */
    public static final String ASSIGNMENT = "assignment";
    public static final String SHIFT = "shift";

    private WeekendChart() {
    }

    /**
     * The chart in {@code zone}; {@code cutover} is cutover-planner's view (its window's milestones and
     * what was observed), {@code assignments} weekend-testing's assignments and {@code shifts} its
     * roster's shifts (either may be empty); {@code viewer}'s own lanes are drawn in bold. Null when
     * the cutover has no window yet and nothing else has a time.
     */
    public static TimelineChart of(Map<String, Object> cutover, List<Map<String, Object>> assignments,
                                   List<Map<String, Object>> shifts, ZoneId zone, Instant now, String viewer) {
        Map<String, Instant> planned = milestones(cutover);
        Map<String, Object> observed = map(cutover.get("observed"));
        Instant downStarted = instant(observed.get("downtimeStartedAt"));
        Instant systemBack = instant(observed.get("systemBackAt"));
        Instant resumed = instant(observed.get("businessResumedAt"));

        List<Lane> lanes = new ArrayList<>();
        List<Span> downtime = new ArrayList<>();
        downtime.add(new Span(TimelineChart.PLANNED, "Planned", planned.get("DOWNTIME_START"), planned.get("SYSTEM_BACK_EXPECTED")));
        if (downStarted != null) {
            downtime.add(new Span("actual", systemBack == null ? "Down since" : "Observed down", downStarted,
                    systemBack != null ? systemBack : now));
        }
        lanes.add(new Lane("downtime", "Downtime and upgrade", systemBack != null ? "DONE" : downStarted != null ? "RUNNING" : "PLANNED",
                true, downtime));
        lanes.add(new Lane("review", "Technical review", "PLANNED", false, List.of(
                new Span(TimelineChart.PLANNED, "Planned", planned.get("SYSTEM_BACK_EXPECTED"), planned.get("TECHNICAL_REVIEW_END")))));
        lanes.add(new Lane("testing", "Weekend testing", "PLANNED", false, List.of(
                new Span(TimelineChart.PLANNED, "Planned", planned.get("TECHNICAL_REVIEW_END"), planned.get("WEEKEND_TESTING_END")))));

        Map<String, List<Span>> testers = new LinkedHashMap<>();
        Map<String, String> testerNames = new LinkedHashMap<>();
        for (Map<String, Object> a : assignments) {
            String tester = text(a.get("testerUsername"));
            testerNames.put(tester, text(a.get("testerName")).isBlank() ? tester : text(a.get("testerName")));
            testers.computeIfAbsent(tester, t -> new ArrayList<>()).add(new Span(ASSIGNMENT, text(a.get("scenarioTitle")),
                    instant(a.get("start")), instant(a.get("end"))));
        }
        testers.forEach((tester, spans) -> lanes.add(new Lane("tester-" + tester, "Tests: " + testerNames.get(tester),
                "PLANNED", tester.equals(viewer), spans)));

        Map<String, List<Span>> onCall = new LinkedHashMap<>();
        for (Map<String, Object> s : shifts) {
            String person = text(s.get("person"));
            onCall.computeIfAbsent(person, p -> new ArrayList<>()).add(new Span(SHIFT, role(text(s.get("role"))),
                    instant(s.get("start")), instant(s.get("end"))));
        }
        onCall.forEach((person, spans) -> lanes.add(new Lane("on-call-" + person, "On call: " + person, "PLANNED",
                person.equals(viewer), spans)));

        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark("go-no-go", "Go/no-go", planned.get("GO_NO_GO")));
        marks.add(new Mark("point-of-no-return", "Point of no return", planned.get("POINT_OF_NO_RETURN")));
        marks.add(new Mark("business-resume", resumed != null ? "Business resumed" : "Business resume",
                resumed != null ? resumed : planned.get("BUSINESS_RESUME")));
        return TimelineChart.of(lanes, zone, now, marks);
    }

    /** Each milestone of the cutover's window at its instant (empty before a window is chosen). */
    static Map<String, Instant> milestones(Map<String, Object> cutover) {
        Map<String, Instant> at = new LinkedHashMap<>();
        Object milestones = map(cutover.get("window")).get("milestones");
        if (milestones instanceof List<?> list) {
            for (Object m : list) {
                Map<String, Object> milestone = map(m);
                at.put(text(milestone.get("milestone")), instant(milestone.get("instant")));
            }
        }
        return at;
    }

    /** "PRIMARY" → "Primary on call". */
    private static String role(String role) {
        if (role.isBlank()) {
            return "On call";
        }
        String words = role.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " on call";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Instant instant(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.toString());
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
