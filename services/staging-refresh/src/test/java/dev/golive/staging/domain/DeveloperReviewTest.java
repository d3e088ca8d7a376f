package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeveloperReviewTest {

    private static final Instant AT = Instant.parse("2026-11-20T14:00:00Z");

    @Test
    void a_new_review_lists_the_eight_items_in_checklist_order_all_open_and_is_not_done() {
        DeveloperReview review = DeveloperReview.of(List.of());

        assertThat(review.items()).extracting(i -> i.key().name()).containsExactly("CUSTOM_MODULES",
                "MENUS_AND_VIEWS", "BUTTONS_AND_ACTIONS", "PDF_REPORTS", "SCHEDULED_ACTIONS", "AUTOMATED_ACTIONS",
                "INTEGRATIONS", "LOGS");
        assertThat(review.items()).extracting(ReviewItem::status).containsOnly(ReviewItemStatus.OPEN);
        assertThat(review.items().get(0).key().title()).isEqualTo("Custom modules installed and updated");
        assertThat(review.items().get(6).key().title()).isEqualTo("Known integrations tested where staging allows");
        assertThat(review.items()).allSatisfy(i -> assertThat(i.key().hint()).isNotBlank());
        assertThat(review.done()).isFalse();
        assertThat(review.openTitles()).hasSize(8).first().isEqualTo("Custom modules installed and updated");
    }

    @Test
    void it_is_done_when_every_item_is_checked_or_not_applicable() {
        DeveloperReview review = DeveloperReview.of(List.of());
        for (ReviewItemKey key : ReviewItemKey.values()) {
            if (key == ReviewItemKey.INTEGRATIONS) {
                review.mark(key, ReviewItemStatus.NOT_APPLICABLE, null, "The project has no integrations", "dev", AT);
            } else {
                assertThat(review.mark(key, ReviewItemStatus.CHECKED, "looked at " + key, null, "dev", AT)).isPresent();
            }
            assertThat(review.done()).isEqualTo(key == ReviewItemKey.LOGS);
        }
        assertThat(review.checked()).isEqualTo(7);
        assertThat(review.notApplicable()).isEqualTo(1);
        assertThat(review.openTitles()).isEmpty();

        review.mark(ReviewItemKey.PDF_REPORTS, ReviewItemStatus.OPEN, null, null, "lead", AT.plusSeconds(60));
        assertThat(review.done()).isFalse();
        assertThat(review.openTitles()).containsExactly("Important PDF reports print");
    }

    @Test
    void marking_records_who_when_and_the_evidence_and_reopening_clears_them() {
        DeveloperReview review = DeveloperReview.of(List.of());
        ReviewItem checked = review.mark(ReviewItemKey.LOGS, ReviewItemStatus.CHECKED,
                "  odoo.log of the upgrade: two deprecation warnings, no error  ", null, "dana", AT).orElseThrow();
        assertThat(checked).isEqualTo(new ReviewItem(ReviewItemKey.LOGS, ReviewItemStatus.CHECKED, "dana", AT,
                "odoo.log of the upgrade: two deprecation warnings, no error", null));

        ReviewItem reopened = review.mark(ReviewItemKey.LOGS, ReviewItemStatus.OPEN, null, null, "lee", AT)
                .orElseThrow();
        assertThat(reopened).isEqualTo(ReviewItem.open(ReviewItemKey.LOGS));
    }

    @Test
    void marking_an_item_as_it_already_is_changes_nothing() {
        DeveloperReview review = DeveloperReview.of(List.of(new ReviewItem(ReviewItemKey.LOGS,
                ReviewItemStatus.CHECKED, "dana", AT, "no errors", null)));
        assertThat(review.mark(ReviewItemKey.LOGS, ReviewItemStatus.CHECKED, "no errors", null, "lee",
                AT.plusSeconds(5))).isEmpty();
        assertThat(review.items().get(7).by()).isEqualTo("dana");
        assertThat(review.mark(ReviewItemKey.CUSTOM_MODULES, ReviewItemStatus.OPEN, null, null, "lee", AT)).isEmpty();
        assertThat(review.mark(ReviewItemKey.LOGS, ReviewItemStatus.CHECKED, "no errors at all", null, "lee",
                AT.plusSeconds(5))).isPresent();
    }

    @Test
    void checked_needs_evidence_not_applicable_a_reason_and_open_neither() {
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.CHECKED, null, null))).containsExactly("evidence");
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.CHECKED, "  ", null))).containsExactly("evidence");
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.CHECKED, "x".repeat(2000), null))).isEmpty();
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.CHECKED, "x".repeat(2001), null)))
                .containsExactly("evidence");
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.CHECKED, "ok", "why"))).containsExactly("reason");

        assertThat(fields(DeveloperReview.check(ReviewItemStatus.NOT_APPLICABLE, null, null))).containsExactly("reason");
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.NOT_APPLICABLE, null, "x".repeat(500)))).isEmpty();
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.NOT_APPLICABLE, null, "x".repeat(501))))
                .containsExactly("reason");
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.NOT_APPLICABLE, "seen", "n/a")))
                .containsExactly("evidence");

        assertThat(fields(DeveloperReview.check(ReviewItemStatus.OPEN, null, null))).isEmpty();
        assertThat(fields(DeveloperReview.check(ReviewItemStatus.OPEN, "e", "r"))).containsExactly("evidence", "reason");
        assertThat(fields(DeveloperReview.check(null, null, null))).containsExactly("status");

        DeveloperReview review = DeveloperReview.of(List.of());
        assertThatThrownBy(() -> review.mark(ReviewItemKey.LOGS, ReviewItemStatus.CHECKED, null, null, "dev", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_a_rehearsal_that_succeeded_can_be_reviewed() {
        Instant backup = Instant.parse("2026-11-19T02:00:00Z");
        DeveloperReview.requireReviewable(Rehearsals.succeeded(backup));
        assertThatThrownBy(() -> DeveloperReview.requireReviewable(Rehearsals.awaitingCustomModules(backup)))
                .isInstanceOfSatisfying(DomainRejection.class, e -> {
                    assertThat(e.code()).isEqualTo(DomainRejection.REHEARSAL_NOT_SUCCEEDED);
                    assertThat(e.getMessage()).contains("has not succeeded", "AWAITING_CUSTOM_MODULES");
                });
        assertThatThrownBy(() -> DeveloperReview.requireReviewable(Rehearsals.failed(backup)))
                .isInstanceOf(DomainRejection.class);
    }

    @Test
    void keys_are_read_exactly_as_the_checklist_writes_them() {
        assertThat(DeveloperReview.key("PDF_REPORTS")).contains(ReviewItemKey.PDF_REPORTS);
        assertThat(DeveloperReview.key("pdf_reports")).isEmpty();
        assertThat(DeveloperReview.key("NOPE")).isEmpty();
        assertThat(DeveloperReview.key(null)).isEmpty();
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }
}
