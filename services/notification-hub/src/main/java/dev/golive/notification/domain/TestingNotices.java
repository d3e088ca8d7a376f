package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.contracts.testing.WeekendSignedOff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static dev.golive.notification.domain.EventValues.upper;
import static dev.golive.notification.domain.Facts.*;

/**
 * What the events of weekend testing mean to people (see the table of {@link Notices}). A tester
 * hears of their own assignments only.
 */
final class TestingNotices {

    private TestingNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event) {
        if (event instanceof PlanPublished e) {
            return plan(m, e);
        }
        if (event instanceof AssignmentChanged e) {
            if (e.testerUsername() == null || e.testerUsername().isBlank()) {
                return List.of();
            }
            return List.of(m.notice(NoticeKind.ASSIGNMENT_CHANGED, Severity.NOTICE, e.changedAt(),
                    m.facts().put(SCENARIO, e.scenarioId()).put(START, e.start()).put(END, e.end())
                            .put(REASON, e.reason()).by(e.changedBy()), Optional.of(e.testerUsername())));
        }
        if (event instanceof ResultRecorded e) {
            if (!e.critical() || !"FAILED".equals(upper(e.outcome()))) {
                return List.of();
            }
            FactSheet facts = m.facts().put(SCENARIO, e.scenarioTitle()).put(AREA, e.area()).put(NOTES, e.notes());
            if ("STAGING".equals(upper(e.round()))) {
                // Failed on the upgraded staging database of a rehearsal, not on production.
                facts.put(ROUND, "STAGING").put(REHEARSAL_ID, e.rehearsalId());
            }
            return m.one(NoticeKind.CRITICAL_TEST_FAILED, Severity.WARNING, e.recordedAt(), facts.by(e.recordedBy()));
        }
        if (event instanceof TrainingListSent e) {
            return training(m, e);
        }
        if (event instanceof WeekendSignedOff e) {
            return m.one(NoticeKind.WEEKEND_SIGNED_OFF, Severity.NOTICE, e.signedOffAt(),
                    m.facts().put(CRITICAL_SCENARIOS, e.criticalScenarios()).put(SCENARIOS, e.scenarios())
                            .put(PASSED, e.passed()));
        }
        return List.of();
    }

    /** One TRAINING_LIST per recipient (theirs only, by user name), listing the area's changes. */
    private static List<Notice> training(NoticeMaker m, TrainingListSent e) {
        List<String> changes = e.changes() == null ? List.of() : e.changes().stream().filter(Objects::nonNull)
                .map(c -> c.kind() + ": " + c.description()
                        + (c.scenarioTitle() == null ? "" : " (in " + c.scenarioTitle()
                        + (c.notedBy() == null ? "" : ", noted by " + c.notedBy()) + ")"))
                .toList();
        if (e.recipients() == null || changes.isEmpty()) {
            return List.of();
        }
        return e.recipients().stream()
                .filter(r -> r != null && !r.isBlank())
                .map(r -> r.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .map(r -> m.notice(NoticeKind.TRAINING_LIST, Severity.NOTICE, e.sentAt(),
                        m.facts().put(AREA, e.area()).put(CHANGES, changes).by(e.sentBy()), Optional.of(r)))
                .toList();
    }

    private static List<Notice> plan(NoticeMaker m, PlanPublished e) {
        List<PlanPublished.Assignment> assignments = e.assignments() == null ? List.of() : e.assignments();
        int unassigned = e.unassigned() == null ? 0 : e.unassigned().size();
        List<Notice> out = new ArrayList<>();
        out.add(m.notice(NoticeKind.TEST_PLAN_OVERVIEW, unassigned == 0 ? Severity.NOTICE : Severity.WARNING,
                e.publishedAt(), m.facts().put(ASSIGNMENTS, assignments.size()).put(UNASSIGNED, unassigned)
                        .put(REASONS, e.unassigned() == null ? List.of() : e.unassigned().stream()
                                .map(u -> u.scenarioTitle() + ": " + u.reason()).toList())
                        .by(e.publishedBy()), Optional.empty()));
        Map<String, List<PlanPublished.Assignment>> byTester = new LinkedHashMap<>();
        assignments.stream()
                .filter(a -> a.testerUsername() != null && !a.testerUsername().isBlank())
                .sorted(Comparator.comparing(PlanPublished.Assignment::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> byTester.computeIfAbsent(a.testerUsername().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a));
        byTester.forEach((tester, theirs) -> out.add(m.notice(NoticeKind.TEST_PLAN_PUBLISHED, Severity.NOTICE, e.publishedAt(),
                m.facts().put(ASSIGNMENTS, theirs.size())
                        .put(START, theirs.get(0).start())
                        .put(END, theirs.stream().map(PlanPublished.Assignment::end).filter(Objects::nonNull)
                                .max(Comparator.naturalOrder()).orElse(null))
                        .put(SCENARIO_TITLES, theirs.stream().map(a -> a.scenarioTitle() + (a.critical() ? " (critical)" : ""))
                                .toList())
                        .by(e.publishedBy()), Optional.of(tester))));
        return List.copyOf(out);
    }
}
