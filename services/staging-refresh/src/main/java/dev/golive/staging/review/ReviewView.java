package dev.golive.staging.review;

import dev.golive.staging.domain.DeveloperReview;
import dev.golive.staging.domain.ReviewItem;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rehearsal's developer review as the API shows it: every item in checklist order, and whether it is done. */
public record ReviewView(UUID rehearsalId, boolean done, boolean readyForPowerUsers, List<ItemView> items) {

    public static ReviewView of(UUID rehearsalId, boolean succeeded, DeveloperReview review) {
        return new ReviewView(rehearsalId, review.done(), succeeded && review.done(),
                review.items().stream().map(ItemView::of).toList());
    }

    public record ItemView(String key, String title, String hint, String status, String by, Instant at,
                           String evidence, String reason) {
        static ItemView of(ReviewItem item) {
            return new ItemView(item.key().name(), item.key().title(), item.key().hint(), item.status().name(),
                    item.by(), item.at(), item.evidence(), item.reason());
        }
    }
}
