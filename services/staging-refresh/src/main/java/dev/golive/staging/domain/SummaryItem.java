package dev.golive.staging.domain;

import java.util.UUID;

/**
 * One entry of the upgrade summary of a rehearsal, under review. {@code model} and {@code field}
 * use the technical names ({@code sale.order}, {@code x_studio_margin}); {@code owner} is who
 * reviews it. The record holds what it is given: {@link SummaryItemRules} says whether that is valid.
 */
public record SummaryItem(UUID id, SummaryItemKind kind, String model, String field, String description,
                          String owner, SummaryItemStatus status) {

    /** Whether the item still needs a decision (and so blocks readiness). */
    public boolean open() {
        return status == SummaryItemStatus.OPEN;
    }
}
