package dev.golive.planner.freeze;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A freeze period as the API shows it. */
public record FreezeView(UUID id, String name, LocalDate from, LocalDate to, String client, String team, String note,
                         String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static FreezeView of(Freeze f) {
        return new FreezeView(f.id, f.name, f.from, f.to, f.client, f.team, f.note, f.createdBy, f.createdAt,
                f.updatedAt, f.version);
    }
}
