package dev.golive.integration.checklist;

import dev.golive.integration.domain.ChecklistItem;

import java.time.Instant;

/** One checklist item as the API shows it; {@code reason} says why the system reopened it. */
public record ChecklistItemView(String item, String status, String evidence, String checkedBy, String reason,
                                Instant changedAt) {

    public static ChecklistItemView of(ChecklistItem item) {
        return new ChecklistItemView(item.kind().name(), item.status().name(), item.evidence(), item.checkedBy(),
                item.reason(), item.changedAt());
    }

    static ChecklistItemView of(ChecklistHistoryRow row) {
        return new ChecklistItemView(row.item.name(), row.status.name(), row.evidence, row.checkedBy, row.reason,
                row.changedAt);
    }
}
