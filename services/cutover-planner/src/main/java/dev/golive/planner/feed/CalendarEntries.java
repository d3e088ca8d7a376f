package dev.golive.planner.feed;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.runbook.RunbookTaskChanged;
import dev.golive.contracts.runbook.TaskOwner;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.RosterPublished;
import dev.golive.planner.cutover.Cutover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the personal feeds' entries from what weekend-testing and the runbook announce: a published
 * plan replaces the cutover's test assignments (one taken away stays, as removed, so calendars cancel
 * it), a changed assignment moves, a published roster replaces the shifts, a runbook task follows its
 * planned times. An entry's sequence grows with every change a calendar would show.
 */
@ApplicationScoped
public class CalendarEntries {

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Cutover cutover, GoliveEvent event) {
        if (event instanceof PlanPublished plan) {
            Set<String> kept = new HashSet<>();
            for (PlanPublished.Assignment a : plan.assignments()) {
                if (a.testerUsername() != null && a.start() != null && a.end() != null) {
                    String key = "assignment-" + a.assignmentId();
                    kept.add(key);
                    put(cutover, key, CalendarEntryRow.TEST, a.testerUsername(), null,
                            "Test: " + a.scenarioTitle() + " (" + cutover.name + ")", a.start(), a.end());
                }
            }
            removeOthers(cutover, CalendarEntryRow.TEST, kept);
        } else if (event instanceof AssignmentChanged changed && changed.testerUsername() != null) {
            CalendarEntryRow known = CalendarEntryRow.findById(new CalendarEntryRow.Key(cutover.id,
                    "assignment-" + changed.assignmentId()));
            String title = known != null ? known.title : "Test assignment (" + cutover.name + ")";
            put(cutover, "assignment-" + changed.assignmentId(), CalendarEntryRow.TEST, changed.testerUsername(), null,
                    title, changed.start(), changed.end());
        } else if (event instanceof RosterPublished roster) {
            Set<String> kept = new HashSet<>();
            for (RosterPublished.Shift s : roster.shifts()) {
                String key = "shift-" + s.shiftId();
                kept.add(key);
                put(cutover, key, CalendarEntryRow.SHIFT, s.person(), null,
                        "On call (" + s.role().toLowerCase(Locale.ROOT) + "): " + cutover.name, s.start(), s.end());
            }
            removeOthers(cutover, CalendarEntryRow.SHIFT, kept);
        } else if (event instanceof RunbookTaskChanged task && task.plannedStart() != null && task.plannedFinish() != null) {
            TaskOwner owner = task.owner();
            String key = "task-" + task.taskId();
            if (owner == null || owner.kind() == TaskOwner.Kind.AUTOMATED) {
                removeOne(cutover, key); // a machine's task is nobody's appointment
                return;
            }
            boolean person = owner.kind() == TaskOwner.Kind.PERSON;
            put(cutover, key, CalendarEntryRow.TASK, person ? owner.name() : null, person ? null : owner.name(),
                    "Task: " + task.title() + " (" + cutover.name + ")", task.plannedStart(), task.plannedFinish());
        }
    }

    private static void put(Cutover cutover, String key, String kind, String person, String role, String title,
                            Instant start, Instant end) {
        if (start == null || end == null) {
            return;
        }
        // PostgreSQL keeps microseconds: compared at that precision, a redelivered event is the same again
        start = start.truncatedTo(ChronoUnit.MICROS);
        end = end.truncatedTo(ChronoUnit.MICROS);
        CalendarEntryRow row = CalendarEntryRow.findById(new CalendarEntryRow.Key(cutover.id, key));
        if (row == null) {
            row = new CalendarEntryRow();
            row.cutoverId = cutover.id;
            row.entryKey = key;
            row.kind = kind;
            row.sequence = 0;
        } else if (!row.removed && Objects.equals(row.person, person) && Objects.equals(row.role, role)
                && row.title.equals(clip(title)) && row.startsAt.equals(start) && row.endsAt.equals(end)) {
            return; // the same again (a redelivery, or a task whose status changed but not its times)
        } else {
            row.sequence++;
        }
        row.person = person;
        row.role = role;
        row.title = clip(title);
        row.startsAt = start;
        row.endsAt = end;
        row.removed = false;
        row.persist();
    }

    private static void removeOthers(Cutover cutover, String kind, Set<String> kept) {
        List<CalendarEntryRow> rows = CalendarEntryRow.list("cutoverId = ?1 AND kind = ?2 AND removed = false",
                cutover.id, kind);
        for (CalendarEntryRow row : rows) {
            if (!kept.contains(row.entryKey)) {
                row.removed = true;
                row.sequence++;
            }
        }
    }

    private static void removeOne(Cutover cutover, String key) {
        CalendarEntryRow row = CalendarEntryRow.findById(new CalendarEntryRow.Key(cutover.id, key));
        if (row != null && !row.removed) {
            row.removed = true;
            row.sequence++;
        }
    }

    /** Titles are built from names the services already limited; the column holds 600. */
    private static String clip(String title) {
        return title.length() <= 600 ? title : title.substring(0, 599) + "…";
    }
}
