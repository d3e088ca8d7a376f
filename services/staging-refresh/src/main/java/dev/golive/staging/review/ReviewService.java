package dev.golive.staging.review;

import dev.golive.contracts.staging.DeveloperReviewChanged;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.staging.domain.DeveloperReview;
import dev.golive.staging.domain.Rehearsal;
import dev.golive.staging.domain.RehearsalStage;
import dev.golive.staging.domain.ReviewItemKey;
import dev.golive.staging.domain.ReviewItemStatus;
import dev.golive.staging.rehearsal.RehearsalRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * The developer review of a rehearsal: read by those who run the upgrade, marked item by item. A
 * change is written with its {@code DeveloperReviewChanged} in one transaction; changes to one
 * rehearsal's review are serialised on the rehearsal's row, so each event counts what the review
 * holds once it is committed.
 */
@ApplicationScoped
public class ReviewService {

    private final Clock clock;
    private final Outbox outbox;

    public ReviewService(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /** What a client sends to mark one item. */
    public record Mark(String status, String evidence, String reason) {
    }

    @Transactional
    public ReviewView review(UUID cutoverId, UUID rehearsalId) {
        RehearsalRow rehearsal = RehearsalRow.require(cutoverId, rehearsalId);
        return ReviewView.of(rehearsalId, rehearsal.stage == RehearsalStage.SUCCEEDED,
                ReviewItemRow.reviewOf(rehearsalId));
    }

    @Transactional
    public ReviewView mark(UUID cutoverId, UUID rehearsalId, String itemKey, Mark body, String by) {
        ReviewItemKey key = DeveloperReview.key(itemKey).orElseThrow(() -> ProblemException.notFound(
                "Developer review item", itemKey + " (the checklist has " + Arrays.toString(ReviewItemKey.values())
                        + ")"));
        Violations violations = new Violations();
        ReviewItemStatus status = body == null ? null
                : violations.enumValue("status", body.status(), ReviewItemStatus.class, true);
        if (body == null) {
            violations.add("body", "is required: {\"status\": …, \"evidence\"?, \"reason\"?}");
        } else {
            violations.addRules(DeveloperReview.check(status, body.evidence(), body.reason()));
        }
        RehearsalRow row = RehearsalRow.lock(cutoverId, rehearsalId);
        violations.refuse();
        Rehearsal rehearsal = row.toDomain();
        DeveloperReview.requireReviewable(rehearsal);
        DeveloperReview review = ReviewItemRow.reviewOf(rehearsalId);
        Instant now = clock.instant();
        review.mark(key, status, body.evidence(), body.reason(), by, now).ifPresent(item -> {
            ReviewItemRow.save(rehearsalId, item);
            outbox.append(new DeveloperReviewChanged(cutoverId.toString(), rehearsalId.toString(), review.done(),
                    review.items().size(), review.checked(), review.notApplicable(), review.openTitles(), by, now));
        });
        return ReviewView.of(rehearsalId, true, review);
    }
}
