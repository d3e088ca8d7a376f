package dev.golive.integration.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of an integration's checklist. A recorded result ({@code PASSED}, {@code FAILED},
 * {@code NOT_APPLICABLE}) carries who checked it and when, and the evidence ({@code null} allowed
 * only for {@code NOT_APPLICABLE}); an {@code OPEN} item carries neither evidence nor checker, and
 * {@code reason} says why the system reopened it ({@code null} for an item nobody has touched yet,
 * which also has no {@code changedAt}).
 */
public record ChecklistItem(ChecklistItemKind kind, ChecklistStatus status, String evidence, String checkedBy,
                            String reason, Instant changedAt) {

    public ChecklistItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (status == ChecklistStatus.OPEN) {
            if (evidence != null || checkedBy != null) {
                throw new IllegalArgumentException("an OPEN item has no evidence and no checker: " + kind);
            }
            if ((reason == null) != (changedAt == null)) {
                throw new IllegalArgumentException("an OPEN item is either untouched (no reason, no changedAt) or reopened "
                        + "(both): " + kind);
            }
        } else {
            if (checkedBy == null || changedAt == null) {
                throw new IllegalArgumentException("a " + status + " item names who checked it and when: " + kind);
            }
            if (evidence == null && status != ChecklistStatus.NOT_APPLICABLE) {
                throw new IllegalArgumentException("a " + status + " item needs evidence: " + kind);
            }
            if (reason != null) {
                throw new IllegalArgumentException("only an OPEN item has a reopening reason: " + kind);
            }
        }
    }

    /** An item nobody has looked at yet. */
    public static ChecklistItem untouched(ChecklistItemKind kind) {
        return new ChecklistItem(kind, ChecklistStatus.OPEN, null, null, null, null);
    }

    /** Whether the system reopened it (and so {@link #reason()} says why). */
    public boolean reopened() {
        return status == ChecklistStatus.OPEN && reason != null;
    }
}
