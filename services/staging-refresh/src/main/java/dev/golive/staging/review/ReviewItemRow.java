package dev.golive.staging.review;

import dev.golive.staging.domain.DeveloperReview;
import dev.golive.staging.domain.ReviewItem;
import dev.golive.staging.domain.ReviewItemKey;
import dev.golive.staging.domain.ReviewItemStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** One marked item of a rehearsal's developer review; an item without a row is open. */
@Entity
@Table(name = "review_item")
public class ReviewItemRow extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewItemStatus status;

    @Column(name = "marked_by")
    public String markedBy;

    @Column(name = "marked_at")
    public Instant markedAt;

    public String evidence;

    public String reason;

    /** The review of a rehearsal, every item in checklist order. */
    public static DeveloperReview reviewOf(UUID rehearsalId) {
        List<ReviewItemRow> rows = list("id.rehearsalId", rehearsalId);
        return DeveloperReview.of(rows.stream().map(ReviewItemRow::toDomain).toList());
    }

    /** The reviews of several rehearsals in one query (a rehearsal without marked items has an open review). */
    public static Map<UUID, DeveloperReview> reviewsOf(Collection<UUID> rehearsalIds) {
        if (rehearsalIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ReviewItem>> marked = ReviewItemRow.<ReviewItemRow>list("id.rehearsalId in ?1", rehearsalIds)
                .stream().collect(Collectors.groupingBy(r -> r.id.rehearsalId,
                        Collectors.mapping(ReviewItemRow::toDomain, Collectors.toList())));
        return rehearsalIds.stream().distinct().collect(Collectors.toMap(id -> id,
                id -> DeveloperReview.of(marked.getOrDefault(id, List.of()))));
    }

    /** Writes one item as the domain marked it. */
    public static void save(UUID rehearsalId, ReviewItem item) {
        ReviewItemRow row = findById(new Key(rehearsalId, item.key()));
        if (row == null) {
            row = new ReviewItemRow();
            row.id = new Key(rehearsalId, item.key());
            row.write(item);
            row.persist();
        } else {
            row.write(item);
        }
    }

    private void write(ReviewItem item) {
        status = item.status();
        markedBy = item.by();
        markedAt = item.at();
        evidence = item.evidence();
        reason = item.reason();
    }

    ReviewItem toDomain() {
        return new ReviewItem(id.itemKey, status, markedBy, markedAt, evidence, reason);
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "rehearsal_id", nullable = false)
        public UUID rehearsalId;

        @Enumerated(EnumType.STRING)
        @Column(name = "item_key", nullable = false)
        public ReviewItemKey itemKey;

        public Key() {
        }

        Key(UUID rehearsalId, ReviewItemKey itemKey) {
            this.rehearsalId = rehearsalId;
            this.itemKey = itemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.rehearsalId, rehearsalId) && k.itemKey == itemKey;
        }

        @Override
        public int hashCode() {
            return Objects.hash(rehearsalId, itemKey);
        }
    }
}
