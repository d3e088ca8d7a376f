package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The readiness checklist of one integration: exactly one {@link ChecklistItem} of each
 * {@link ChecklistItemKind}, kept in kind order. Immutable: every change returns a new checklist.
 *
 * <h2>Recording a check ({@link #record})</h2>
 * <ul>
 *   <li>{@code item} and {@code status} required; the status is a result ({@code PASSED},
 *       {@code FAILED}, {@code NOT_APPLICABLE}), never {@code OPEN}: only reopening, with a reason,
 *       opens an item;</li>
 *   <li>{@code PASSED} and {@code FAILED} need evidence of at least {@value #MIN_EVIDENCE}
 *       characters (surrounding blanks not counted) — what was checked and what it showed; evidence
 *       is at most {@value #MAX_EVIDENCE} characters, optional for {@code NOT_APPLICABLE};</li>
 *   <li>a non-blank {@code checkedBy} of at most {@value #MAX_CHECKED_BY} characters;</li>
 *   <li>{@code checkedAt} required and not before the item's last change;</li>
 *   <li>the move allowed by {@link ChecklistStatus#canRecord}.</li>
 * </ul>
 *
 * <h2>Reopening ({@link #reopen})</h2>
 * From any status to {@code OPEN}, with a reason; evidence and checker are cleared (the history
 * keeps them). Reopening an item already reopened adds the new reason to the earlier ones, and the
 * same reason twice changes nothing, so a repeated upgrade-summary item is harmless. A reopening
 * that arrives late (its instant before the item's last change) still reopens: the upgrade changed
 * what the check relied on, whoever looked at it in between.
 */
public record Checklist(List<ChecklistItem> items) {

    public static final int MIN_EVIDENCE = 3;
    public static final int MAX_EVIDENCE = 4_000;
    public static final int MAX_CHECKED_BY = 200;
    /** Between the reasons of an item reopened more than once. */
    public static final String REASON_SEPARATOR = "; ";

    public Checklist {
        Objects.requireNonNull(items, "items");
        Set<ChecklistItemKind> seen = EnumSet.noneOf(ChecklistItemKind.class);
        for (ChecklistItem item : items) {
            Objects.requireNonNull(item, "items contains null");
            if (!seen.add(item.kind())) {
                throw new IllegalArgumentException("a checklist has one " + item.kind() + " item, not two");
            }
        }
        Set<ChecklistItemKind> missing = EnumSet.allOf(ChecklistItemKind.class);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a checklist has one item of each kind, missing " + missing);
        }
        items = items.stream().sorted(Comparator.comparing(ChecklistItem::kind)).toList();
    }

    /** Every item open and untouched. */
    public static Checklist fresh() {
        return new Checklist(Arrays.stream(ChecklistItemKind.values()).map(ChecklistItem::untouched).toList());
    }

    public ChecklistItem item(ChecklistItemKind kind) {
        Objects.requireNonNull(kind, "kind");
        return items.get(kind.ordinal());
    }

    /** Whether every item {@linkplain ChecklistStatus#satisfied() passed or does not apply}. */
    public boolean satisfied() {
        return items.stream().allMatch(i -> i.status().satisfied());
    }

    /** Every rule {@link #record} would break; empty when it would succeed. Fields named as in the request body. */
    public List<FieldViolation> violations(ChecklistItemKind item, ChecklistStatus status, String evidence, String checkedBy,
                                           Instant checkedAt) {
        List<FieldViolation> v = new ArrayList<>();
        if (item == null) {
            v.add(new FieldViolation("item", "is required"));
        }
        if (status == null) {
            v.add(new FieldViolation("status", "is required"));
        } else if (status == ChecklistStatus.OPEN) {
            v.add(new FieldViolation("status", "must be a result (PASSED, FAILED or NOT_APPLICABLE): an item is opened "
                    + "only by reopening it, with a reason"));
        } else if (item != null && !item(item).status().canRecord(status)) {
            v.add(new FieldViolation("status", "cannot move from " + item(item).status() + " to " + status
                    + ": a checked item does not become NOT_APPLICABLE; a failure is fixed, not waved away"));
        }
        String text = evidence == null ? "" : evidence.strip();
        boolean needsEvidence = status == ChecklistStatus.PASSED || status == ChecklistStatus.FAILED;
        if (text.length() > MAX_EVIDENCE) {
            v.add(new FieldViolation("evidence", "must be at most " + MAX_EVIDENCE + " characters, was " + text.length()));
        } else if (needsEvidence && text.isEmpty()) {
            v.add(new FieldViolation("evidence", "is required for " + status + ": say what was checked and what it showed"));
        } else if (needsEvidence && text.length() < MIN_EVIDENCE) {
            v.add(new FieldViolation("evidence", "must be at least " + MIN_EVIDENCE + " characters, was " + text.length()));
        }
        if (checkedBy == null || checkedBy.isBlank()) {
            v.add(new FieldViolation("checkedBy", "is required"));
        } else if (checkedBy.strip().length() > MAX_CHECKED_BY) {
            v.add(new FieldViolation("checkedBy", "must be at most " + MAX_CHECKED_BY + " characters, was " + checkedBy.strip().length()));
        }
        if (checkedAt == null) {
            v.add(new FieldViolation("checkedAt", "is required"));
        } else if (item != null && item(item).changedAt() != null && checkedAt.isBefore(item(item).changedAt())) {
            v.add(new FieldViolation("checkedAt", "must not be before the item's last change at " + item(item).changedAt()
                    + ", was " + checkedAt));
        }
        return List.copyOf(v);
    }

    /**
     * This checklist with {@code item} recorded as {@code status}.
     *
     * @throws DomainRejection naming every rule broken ({@link #violations})
     */
    public Checklist record(ChecklistItemKind item, ChecklistStatus status, String evidence, String checkedBy, Instant checkedAt) {
        List<FieldViolation> v = violations(item, status, evidence, checkedBy, checkedAt);
        if (!v.isEmpty()) {
            throw new DomainRejection(v);
        }
        String text = evidence == null || evidence.isBlank() ? null : evidence.strip();
        return with(new ChecklistItem(item, status, text, checkedBy.strip(), null, checkedAt));
    }

    /**
     * This checklist with {@code item} back to {@code OPEN} because of {@code reason}; this very
     * checklist when the item is already open for that reason.
     *
     * @throws IllegalArgumentException when the reason is blank
     */
    public Checklist reopen(ChecklistItemKind item, String reason, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reopening " + item + " needs a reason");
        }
        String why = reason.strip();
        ChecklistItem current = item(item);
        String reasons = why;
        if (current.reopened()) {
            if (hasReason(current.reason(), why)) {
                return this;
            }
            reasons = current.reason() + REASON_SEPARATOR + why;
        }
        Instant changedAt = current.changedAt() == null || at.isAfter(current.changedAt()) ? at : current.changedAt();
        return with(new ChecklistItem(item, ChecklistStatus.OPEN, null, null, reasons, changedAt));
    }

    private static boolean hasReason(String reasons, String why) {
        return reasons.equals(why) || reasons.startsWith(why + REASON_SEPARATOR) || reasons.endsWith(REASON_SEPARATOR + why)
                || reasons.contains(REASON_SEPARATOR + why + REASON_SEPARATOR);
    }

    private Checklist with(ChecklistItem changed) {
        List<ChecklistItem> next = new ArrayList<>(items);
        next.set(changed.kind().ordinal(), changed);
        return new Checklist(next);
    }
}
