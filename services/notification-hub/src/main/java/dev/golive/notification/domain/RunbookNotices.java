package dev.golive.notification.domain;

import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static dev.golive.notification.domain.Facts.*;

/**
 * What the events of the runbook mean to people (see the table of {@link Notices}): an overdue task,
 * and the projection of the upgrade when it crosses the point of no return or comes back within it.
 * Other projection changes, the tasks' moves and the readiness make no notice: the console shows them.
 */
final class RunbookNotices {

    private RunbookNotices() {
    }

    static List<Notice> from(NoticeMaker m, GoliveEvent event, CutoverContext context) {
        if (event instanceof RunbookTaskOverdue e) {
            FactSheet f = m.facts().put(TASK_ID, e.taskId()).put(TITLE, e.title())
                    .put(STATUS, e.status() == null ? null : e.status().name())
                    .put(PLANNED_FINISH, e.plannedFinish()).firedLateMillis(e.latenessMillis());
            if (e.owner() != null) {
                f.put(OWNER, e.owner().name()).put(OWNER_KIND, e.owner().kind() == null ? null : e.owner().kind().name());
            }
            if (e.plannedFinish() != null && e.detectedAt() != null && e.detectedAt().isAfter(e.plannedFinish())) {
                f.put(OVERDUE_BY, Duration.between(e.plannedFinish(), e.detectedAt()));
            }
            return m.one(NoticeKind.RUNBOOK_TASK_OVERDUE, Severity.WARNING, e.detectedAt(), f);
        }
        if (event instanceof RunbookProjectionChanged e) {
            boolean turned = e.crossesPointOfNoReturn() != context.upgradePastPointOfNoReturn();
            if (!turned) {
                return List.of();
            }
            FactSheet f = m.facts().put(PROJECTED_SYSTEM_BACK, e.projectedSystemBackAt())
                    .put(POINT_OF_NO_RETURN, e.pointOfNoReturnAt() != null ? e.pointOfNoReturnAt()
                            : context.milestone(Milestone.POINT_OF_NO_RETURN).orElse(null))
                    .put(BUSINESS_RESUME, e.businessResumeAt() != null ? e.businessResumeAt()
                            : context.milestone(Milestone.BUSINESS_RESUME).orElse(null));
            return e.crossesPointOfNoReturn()
                    ? m.one(NoticeKind.RUNBOOK_PAST_POINT_OF_NO_RETURN, Severity.CRITICAL, e.changedAt(), f)
                    : m.one(NoticeKind.RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN, Severity.NOTICE, e.changedAt(), f);
        }
        return List.of();
    }

    /**
     * The notice for each of {@code usernames} personally (in their feed, whatever they subscribed to:
     * see the caller), e.g. an overdue task of a role told to the cutover's members holding it. Blank
     * names are left out, and a name given twice in any case once.
     */
    static List<Notice> toEach(Notice notice, Collection<String> usernames) {
        Set<String> seen = new LinkedHashSet<>();
        return usernames.stream().filter(u -> u != null && !u.isBlank())
                .map(String::strip)
                .filter(u -> seen.add(u.toLowerCase(Locale.ROOT)))
                .map(u -> new Notice(notice.kind(), notice.severity(), notice.cutoverId(), notice.sourceEventId(),
                        notice.sourceEventType(), notice.facts(), Optional.of(u)))
                .toList();
    }
}
