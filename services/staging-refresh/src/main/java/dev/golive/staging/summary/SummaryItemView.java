package dev.golive.staging.summary;

import java.time.Instant;
import java.util.UUID;

public record SummaryItemView(UUID id, UUID rehearsalId, String kind, String model, String field, String description,
                              String owner, String status, String raisedBy, Instant raisedAt, String resolvedBy,
                              Instant resolvedAt) {

    public static SummaryItemView of(SummaryItemRow row) {
        return new SummaryItemView(row.id, row.rehearsalId, row.kind.name(), row.model, row.field, row.description,
                row.owner, row.status.name(), row.raisedBy, row.raisedAt, row.resolvedBy, row.resolvedAt);
    }
}
