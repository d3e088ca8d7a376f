package dev.golive.integration.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A checklist item of an integration to reopen, and why (for people: the upgrade summary is quoted). */
public record Reopening(UUID integrationId, ChecklistItemKind item, String reason) {

    public Reopening {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code checklist} with this reopening applied. */
    public Checklist applyTo(Checklist checklist, Instant at) {
        return checklist.reopen(item, reason, at);
    }
}
