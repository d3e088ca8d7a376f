package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The developer's first review of a rehearsal's upgraded staging database: a fixed checklist
 * ({@link ReviewItemKey}, in that order). It is done when every item is checked (with evidence of
 * what was looked at) or marked not applicable (with a reason); until then the rehearsal is not
 * ready for power users. Only a rehearsal that succeeded can be reviewed: before that there is no
 * upgraded database to look at.
 *
 * <ul>
 *   <li>CHECKED needs {@code evidence} (at most {@value #MAX_EVIDENCE} characters) and takes no reason;</li>
 *   <li>NOT_APPLICABLE needs a {@code reason} (at most {@value #MAX_REASON} characters) and takes no evidence;</li>
 *   <li>OPEN reopens the item and takes neither: who, when, evidence and reason are cleared.</li>
 * </ul>
 */
public final class DeveloperReview {

    public static final int MAX_EVIDENCE = 2_000;
    public static final int MAX_REASON = 500;

    private final Map<ReviewItemKey, ReviewItem> items;

    private DeveloperReview(Map<ReviewItemKey, ReviewItem> items) {
        this.items = items;
    }

    /** The review as stored: items never marked are open (the checklist needs no rows to exist). */
    public static DeveloperReview of(Collection<ReviewItem> marked) {
        Map<ReviewItemKey, ReviewItem> items = new EnumMap<>(ReviewItemKey.class);
        for (ReviewItemKey key : ReviewItemKey.values()) {
            items.put(key, ReviewItem.open(key));
        }
        for (ReviewItem item : marked) {
            items.put(item.key(), item);
        }
        return new DeveloperReview(items);
    }

    /** The item whose key is written {@code key} (as in the path), if the checklist has one. */
    public static Optional<ReviewItemKey> key(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (ReviewItemKey k : ReviewItemKey.values()) {
            if (k.name().equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The violations of marking an item {@code status} with that evidence and reason (none: acceptable). */
    public static List<FieldViolation> check(ReviewItemStatus status, String evidence, String reason) {
        List<FieldViolation> v = new ArrayList<>();
        if (status == null) {
            v.add(new FieldViolation("status", "is required (OPEN, CHECKED or NOT_APPLICABLE)"));
            return List.copyOf(v);
        }
        switch (status) {
            case CHECKED -> {
                text(v, "evidence", evidence, MAX_EVIDENCE, "is required to check an item: say what was looked at");
                absent(v, "reason", reason, "is only for NOT_APPLICABLE");
            }
            case NOT_APPLICABLE -> {
                absent(v, "evidence", evidence, "is only for CHECKED");
                text(v, "reason", reason, MAX_REASON, "is required to mark an item not applicable: say why");
            }
            case OPEN -> {
                absent(v, "evidence", evidence, "is not taken when reopening an item");
                absent(v, "reason", reason, "is not taken when reopening an item");
            }
        }
        return List.copyOf(v);
    }

    /** Refused (409) unless the rehearsal succeeded: the review is of the upgraded staging database. */
    public static void requireReviewable(Rehearsal rehearsal) {
        if (rehearsal.stage() != RehearsalStage.SUCCEEDED) {
            throw new DomainRejection(DomainRejection.REHEARSAL_NOT_SUCCEEDED, "The developer review is of the"
                    + " upgraded staging database: rehearsal " + rehearsal.id() + " has not succeeded (it is "
                    + rehearsal.stage() + "), so there is nothing to review yet");
        }
    }

    /**
     * The item marked as asked, by {@code by} at {@code at}; empty when that changes nothing (same
     * status, evidence and reason). The values must have passed {@link #check}.
     */
    public Optional<ReviewItem> mark(ReviewItemKey key, ReviewItemStatus status, String evidence, String reason,
                                     String by, Instant at) {
        Objects.requireNonNull(key, "key");
        String e = blankToNull(evidence);
        String r = blankToNull(reason);
        if (!check(status, e, r).isEmpty()) {
            throw new IllegalArgumentException("invalid mark of " + key + ": " + check(status, e, r));
        }
        if (items.get(key).same(status, e, r)) {
            return Optional.empty();
        }
        ReviewItem marked = status == ReviewItemStatus.OPEN ? ReviewItem.open(key)
                : new ReviewItem(key, status, Objects.requireNonNull(by, "by"), Objects.requireNonNull(at, "at"), e, r);
        items.put(key, marked);
        return Optional.of(marked);
    }

    /** Every item, in checklist order. */
    public List<ReviewItem> items() {
        return List.copyOf(items.values());
    }

    public boolean done() {
        return items.values().stream().allMatch(ReviewItem::settled);
    }

    public int checked() {
        return count(ReviewItemStatus.CHECKED);
    }

    public int notApplicable() {
        return count(ReviewItemStatus.NOT_APPLICABLE);
    }

    /** The titles of the items still open, in checklist order. */
    public List<String> openTitles() {
        return items.values().stream().filter(i -> !i.settled()).map(i -> i.key().title()).toList();
    }

    private int count(ReviewItemStatus status) {
        return (int) items.values().stream().filter(i -> i.status() == status).count();
    }

    private static void text(List<FieldViolation> v, String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, missing));
        } else if (value.length() > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters, was " + value.length()));
        }
    }

    private static void absent(List<FieldViolation> v, String field, String value, String why) {
        if (value != null && !value.isBlank()) {
            v.add(new FieldViolation(field, why));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
