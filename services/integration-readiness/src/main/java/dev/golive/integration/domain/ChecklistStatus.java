package dev.golive.integration.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a checklist item stands.
 *
 * <pre>
 *            record                          record
 *   OPEN ───────────▶ PASSED ◀────────────────────────▶ FAILED
 *     │                 ▲                                  ▲
 *     │ record          │ record          record           │
 *     └──▶ NOT_APPLICABLE ─────────────────────────────────┘
 *
 *   any status ──── reopen (by the system, with a reason) ────▶ OPEN
 * </pre>
 *
 * A person records results ({@link #next()}): an open item passes, fails or does not apply; a
 * passed item fails a later check; a failed item passes once fixed and checked again; an item that
 * did not apply may turn out to apply after all. A failed or passed item never becomes
 * {@code NOT_APPLICABLE}: a failure is fixed, not waved away. {@code OPEN} is reached only by
 * {@link Checklist#reopen reopening}, with a reason — the system does it when the upgrade changed
 * something the integration depends on, from any status. Recording the same result again
 * ({@code PASSED → PASSED}) is a re-check that replaces the evidence, not a transition.
 */
public enum ChecklistStatus {
    OPEN,
    PASSED,
    FAILED,
    NOT_APPLICABLE;

    /** The statuses a person may move this one to by recording a check, in declaration order. */
    public Set<ChecklistStatus> next() {
        return Collections.unmodifiableSet(switch (this) {
            case OPEN -> EnumSet.of(PASSED, FAILED, NOT_APPLICABLE);
            case PASSED -> EnumSet.of(FAILED);
            case FAILED -> EnumSet.of(PASSED);
            case NOT_APPLICABLE -> EnumSet.of(PASSED, FAILED);
        });
    }

    public boolean canMoveTo(ChecklistStatus target) {
        return target != null && next().contains(target);
    }

    /** Whether a person may record {@code result} on an item in this status: a transition, or the same result again. */
    public boolean canRecord(ChecklistStatus result) {
        return result != null && result != OPEN && (result == this || canMoveTo(result));
    }

    /** Whether the item no longer stands in the way of readiness: {@code PASSED} or {@code NOT_APPLICABLE}. */
    public boolean satisfied() {
        return this == PASSED || this == NOT_APPLICABLE;
    }
}
