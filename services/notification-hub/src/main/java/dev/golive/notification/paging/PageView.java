package dev.golive.notification.paging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A page and every step of its escalation, as the API shows it (never a token). */
public record PageView(UUID id, UUID cutoverId, String reason, String sourceEventId, String sourceEventType,
                       String status, String level, String currentlyPaged, Instant acknowledgeBy,
                       Acknowledgement acknowledgement, List<Step> steps, Instant createdAt) {

    public record Acknowledgement(String by, String level, String via, boolean asOpsLead, Instant at) {
    }

    public record Step(int seq, String level, String username, Instant sentAt, Instant ackDeadline, String outcome,
                       Instant outcomeAt) {
    }

    static PageView of(PageRow row) {
        List<PageStepRow> steps = PageStepRow.of(row.id);
        PageStepRow last = steps.get(steps.size() - 1);
        boolean waiting = last.outcome == dev.golive.notification.domain.StepOutcome.PENDING && row.acknowledgedBy == null;
        return new PageView(row.id, row.cutoverId, row.reason, row.sourceEventId, row.sourceEventType, row.status.name(),
                last.level.name(), waiting ? last.username : null, waiting ? last.ackDeadline : null,
                row.acknowledgedBy == null ? null : new Acknowledgement(row.acknowledgedBy, row.acknowledgedLevel.name(),
                        row.acknowledgedVia, Boolean.TRUE.equals(row.acknowledgedAsOpsLead), row.acknowledgedAt),
                steps.stream().map(s -> new Step(s.seq, s.level.name(), s.username, s.sentAt, s.ackDeadline,
                        s.outcome.name(), s.outcomeAt)).toList(),
                row.createdAt);
    }
}
