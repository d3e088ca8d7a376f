package dev.golive.staging.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.golive.staging.domain.NotReadyReason.DRIFTED;
import static dev.golive.staging.domain.NotReadyReason.LAST_ATTEMPT_FAILED;
import static dev.golive.staging.domain.NotReadyReason.NO_SUCCESSFUL_REHEARSAL;
import static dev.golive.staging.domain.NotReadyReason.OPEN_SUMMARY_ITEMS;
import static dev.golive.staging.domain.NotReadyReason.STALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StagingReadinessTest {

    private static final FreshnessPolicy DEFAULTS = FreshnessPolicy.defaults();
    /** The cutover's staging refresh deadline: Tuesday before a Friday go-live. */
    private static final Instant DEADLINE = Instant.parse("2026-05-26T16:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T09:00:00Z");
    /** 11 days 14 hours before the deadline. */
    private static final Instant RECENT_BACKUP = Instant.parse("2026-05-15T02:00:00Z");
    /** 10 days 7 hours before now, but 16 days 14 hours before the deadline. */
    private static final Instant OLDER_BACKUP = Instant.parse("2026-05-10T02:00:00Z");

    private static Verdict evaluate(List<Rehearsal> rehearsals, List<SummaryItem> items, Drift drift,
                                    FreshnessPolicy policy, Instant deadline, Instant now) {
        return StagingReadiness.evaluate(rehearsals, items, drift, policy, deadline, now);
    }

    private static Verdict evaluate(List<Rehearsal> rehearsals) {
        return evaluate(rehearsals, List.of(), Drift.NONE, DEFAULTS, DEADLINE, NOW);
    }

    private static SummaryItem item(SummaryItemStatus status) {
        return new SummaryItem(UUID.randomUUID(), SummaryItemKind.DISABLED_AUTOMATED_ACTION, "sale.order", null,
                "Automated action \"Notify carrier\" was disabled", "dana", status);
    }

    @Test
    void without_any_rehearsal_staging_is_not_ready() {
        Verdict v = evaluate(List.of());

        assertThat(v.ready()).isFalse();
        assertThat(v.reasons()).containsExactly(NO_SUCCESSFUL_REHEARSAL);
        assertThat(v.basedOnRehearsal()).isNull();
    }

    @Test
    void with_only_a_failed_rehearsal_nothing_succeeded_and_the_last_one_failed() {
        assertThat(evaluate(List.of(Rehearsals.failed(RECENT_BACKUP))).reasons())
                .containsExactly(NO_SUCCESSFUL_REHEARSAL, LAST_ATTEMPT_FAILED);
    }

    @Test
    void a_fresh_success_without_drift_or_open_items_is_ready_and_says_which_rehearsal_it_rests_on() {
        Rehearsal success = Rehearsals.succeeded(RECENT_BACKUP);

        Verdict v = evaluate(List.of(success));

        assertThat(v).isEqualTo(new Verdict(true, List.of(), success.id()));
    }

    @Test
    void a_success_fresh_today_but_older_than_fourteen_days_at_the_refresh_deadline_is_stale() {
        Rehearsal success = Rehearsals.succeeded(OLDER_BACKUP);

        Verdict v = evaluate(List.of(success));

        assertThat(StagingReadiness.age(success, DEADLINE, NOW)).isEqualTo(Duration.ofDays(16).plusHours(14));
        assertThat(v.reasons()).containsExactly(STALE);
        assertThat(v.basedOnRehearsal()).isEqualTo(success.id());
    }

    @Test
    void a_backup_exactly_fourteen_days_before_the_deadline_is_still_fresh_and_a_second_more_is_not() {
        Instant exactly = DEADLINE.minus(Duration.ofDays(14));

        assertThat(evaluate(List.of(Rehearsals.succeeded(exactly))).ready()).isTrue();
        assertThat(evaluate(List.of(Rehearsals.succeeded(exactly.minusSeconds(1)))).reasons()).containsExactly(STALE);
    }

    @Test
    void a_success_fresh_at_the_deadline_goes_stale_once_now_is_far_enough_past_it() {
        List<Rehearsal> rehearsals = List.of(Rehearsals.succeeded(RECENT_BACKUP));
        Instant fourDaysAfterTheDeadline = Instant.parse("2026-05-30T09:00:00Z");

        assertThat(evaluate(rehearsals, List.of(), Drift.NONE, DEFAULTS, DEADLINE, DEADLINE).ready()).isTrue();
        assertThat(evaluate(rehearsals, List.of(), Drift.NONE, DEFAULTS, DEADLINE, fourDaysAfterTheDeadline).reasons())
                .containsExactly(STALE);
    }

    @Test
    void without_a_window_freshness_is_judged_now() {
        List<Rehearsal> rehearsals = List.of(Rehearsals.succeeded(OLDER_BACKUP));

        assertThat(evaluate(rehearsals, List.of(), Drift.NONE, DEFAULTS, null, NOW).ready()).isTrue();
        assertThat(evaluate(rehearsals, List.of(), Drift.NONE, DEFAULTS, null, Instant.parse("2026-05-25T09:00:00Z")).reasons())
                .containsExactly(STALE);
    }

    @Test
    void one_custom_module_commit_since_the_backup_is_drift_under_the_default_policy() {
        Verdict v = evaluate(List.of(Rehearsals.succeeded(RECENT_BACKUP)), List.of(), new Drift(1, 0), DEFAULTS, DEADLINE, NOW);

        assertThat(v.reasons()).containsExactly(DRIFTED);
    }

    @Test
    void one_custom_module_commit_is_tolerated_by_a_policy_that_allows_it() {
        FreshnessPolicy tolerant = new FreshnessPolicy(Duration.ofDays(14), 1, 0);

        Verdict v = evaluate(List.of(Rehearsals.succeeded(RECENT_BACKUP)), List.of(), new Drift(1, 0), tolerant, DEADLINE, NOW);

        assertThat(v.ready()).isTrue();
    }

    @Test
    void one_module_installed_or_removed_since_the_backup_is_drift_under_the_default_policy() {
        Verdict v = evaluate(List.of(Rehearsals.succeeded(RECENT_BACKUP)), List.of(), new Drift(0, 1), DEFAULTS, DEADLINE, NOW);

        assertThat(v.reasons()).containsExactly(DRIFTED);
    }

    @Test
    void an_open_summary_item_blocks_readiness() {
        Verdict v = evaluate(List.of(Rehearsals.succeeded(RECENT_BACKUP)),
                List.of(item(SummaryItemStatus.FIXED), item(SummaryItemStatus.OPEN)), Drift.NONE, DEFAULTS, DEADLINE, NOW);

        assertThat(v.reasons()).containsExactly(OPEN_SUMMARY_ITEMS);
    }

    @ParameterizedTest
    @EnumSource(value = SummaryItemStatus.class, names = {"ACCEPTED_AS_IS", "FIXED"})
    void summary_items_decided_on_do_not_block_readiness(SummaryItemStatus status) {
        Verdict v = evaluate(List.of(Rehearsals.succeeded(RECENT_BACKUP)), List.of(item(status)), Drift.NONE, DEFAULTS, DEADLINE, NOW);

        assertThat(v.ready()).isTrue();
    }

    @Test
    void every_reason_that_applies_is_given_in_order() {
        Rehearsal oldSuccess = Rehearsals.succeeded(OLDER_BACKUP);
        Rehearsal newerFailure = Rehearsals.failed(RECENT_BACKUP);

        Verdict v = evaluate(List.of(newerFailure, oldSuccess), List.of(item(SummaryItemStatus.OPEN)),
                new Drift(3, 1), DEFAULTS, DEADLINE, NOW);

        assertThat(v.reasons()).containsExactly(STALE, DRIFTED, LAST_ATTEMPT_FAILED, OPEN_SUMMARY_ITEMS);
        assertThat(v.basedOnRehearsal()).isEqualTo(oldSuccess.id());
    }

    @Test
    void a_newer_rehearsal_whose_last_push_failed_counts_against_an_older_success() {
        Rehearsal success = Rehearsals.succeeded(RECENT_BACKUP);
        Rehearsal waitingForTheNextPush = Rehearsals.awaitingAfterFailedAttempt(RECENT_BACKUP.plus(Duration.ofDays(1)));

        assertThat(evaluate(List.of(success, waitingForTheNextPush)).reasons()).containsExactly(LAST_ATTEMPT_FAILED);
    }

    @Test
    void a_newer_rehearsal_abandoned_after_a_failed_push_counts_against_an_older_success() {
        Rehearsal success = Rehearsals.succeeded(RECENT_BACKUP);
        Rehearsal abandoned = Rehearsals.abandonedAfterFailedAttempt(RECENT_BACKUP.plus(Duration.ofDays(1)));

        assertThat(evaluate(List.of(success, abandoned)).reasons()).containsExactly(LAST_ATTEMPT_FAILED);
    }

    @Test
    void a_newer_rehearsal_still_in_progress_without_failure_does_not_count_against_an_older_success() {
        Rehearsal success = Rehearsals.succeeded(RECENT_BACKUP);
        Rehearsal inProgress = Rehearsals.awaitingCustomModules(RECENT_BACKUP.plus(Duration.ofDays(1)));

        assertThat(evaluate(List.of(success, inProgress))).isEqualTo(new Verdict(true, List.of(), success.id()));
    }

    @Test
    void a_success_after_a_failed_rehearsal_clears_the_failure() {
        Rehearsal failure = Rehearsals.failed(OLDER_BACKUP);
        Rehearsal success = Rehearsals.succeeded(RECENT_BACKUP);

        assertThat(evaluate(List.of(failure, success)).ready()).isTrue();
    }

    @Test
    void the_verdict_rests_on_the_most_recently_requested_success_whatever_the_order_of_the_list() {
        Rehearsal older = Rehearsals.succeeded(OLDER_BACKUP);
        Rehearsal newer = Rehearsals.succeeded(RECENT_BACKUP);

        Verdict v = evaluate(List.of(newer, older));

        assertThat(v.ready()).isTrue();
        assertThat(v.basedOnRehearsal()).isEqualTo(newer.id());
        assertThat(StagingReadiness.latestSuccessful(List.of(older, newer))).containsSame(newer);
    }

    @Test
    void an_invalid_policy_is_refused() {
        FreshnessPolicy broken = new FreshnessPolicy(Duration.ZERO, 0, 0);

        assertThatThrownBy(() -> evaluate(List.of(), List.of(), Drift.NONE, broken, DEADLINE, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAge");
    }

    @Test
    void a_verdict_is_ready_exactly_when_it_has_no_reason() {
        assertThatThrownBy(() -> new Verdict(true, List.of(STALE), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(false, List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
