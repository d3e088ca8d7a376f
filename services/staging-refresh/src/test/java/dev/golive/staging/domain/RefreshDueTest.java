package dev.golive.staging.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.golive.staging.domain.RefreshReason.DRIFTED;
import static dev.golive.staging.domain.RefreshReason.FAILED;
import static dev.golive.staging.domain.RefreshReason.NONE_YET;
import static dev.golive.staging.domain.RefreshReason.TOO_OLD;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefreshDueTest {

    private static final Instant DEADLINE = Instant.parse("2026-05-26T16:00:00Z");
    private static final Instant NOW = Instant.parse("2026-05-20T09:00:00Z");
    private static final Instant RECENT_BACKUP = Instant.parse("2026-05-15T02:00:00Z");
    private static final Instant OLDER_BACKUP = Instant.parse("2026-05-10T02:00:00Z");

    private static Optional<RefreshReason> due(List<Rehearsal> rehearsals, Drift drift) {
        return RefreshDue.at(rehearsals, drift, FreshnessPolicy.defaults(), DEADLINE, NOW);
    }

    @Test
    void a_refresh_is_due_before_any_rehearsal_has_succeeded() {
        assertThat(due(List.of(), Drift.NONE)).contains(NONE_YET);
    }

    @Test
    void none_yet_comes_before_failed_when_the_only_rehearsal_failed() {
        assertThat(due(List.of(Rehearsals.failed(RECENT_BACKUP)), Drift.NONE)).contains(NONE_YET);
    }

    @Test
    void a_failed_most_recent_rehearsal_calls_for_a_refresh_even_after_a_fresh_success() {
        List<Rehearsal> rehearsals = List.of(Rehearsals.succeeded(RECENT_BACKUP), Rehearsals.failed(RECENT_BACKUP.plus(Duration.ofDays(1))));

        assertThat(due(rehearsals, Drift.NONE)).contains(FAILED);
    }

    @Test
    void failed_comes_before_too_old_and_drifted() {
        List<Rehearsal> rehearsals = List.of(Rehearsals.succeeded(OLDER_BACKUP), Rehearsals.failed(RECENT_BACKUP));

        assertThat(due(rehearsals, new Drift(2, 2))).contains(FAILED);
    }

    @Test
    void too_old_at_the_deadline_comes_before_drifted() {
        assertThat(due(List.of(Rehearsals.succeeded(OLDER_BACKUP)), new Drift(1, 0))).contains(TOO_OLD);
    }

    @Test
    void a_fresh_success_that_production_drifted_away_from_is_due_for_refresh() {
        assertThat(due(List.of(Rehearsals.succeeded(RECENT_BACKUP)), new Drift(0, 1))).contains(DRIFTED);
    }

    @Test
    void a_fresh_success_without_drift_needs_no_refresh() {
        assertThat(due(List.of(Rehearsals.succeeded(RECENT_BACKUP)), Drift.NONE)).isEmpty();
    }

    @Test
    void a_failed_push_is_answered_by_the_next_push_not_by_a_refresh() {
        List<Rehearsal> rehearsals = List.of(Rehearsals.succeeded(RECENT_BACKUP),
                Rehearsals.awaitingAfterFailedAttempt(RECENT_BACKUP.plus(Duration.ofDays(1))));

        assertThat(due(rehearsals, Drift.NONE)).isEmpty();
    }

    @Test
    void a_tolerant_policy_tolerates_the_drift_it_allows() {
        FreshnessPolicy tolerant = new FreshnessPolicy(Duration.ofDays(14), 5, 1);

        assertThat(RefreshDue.at(List.of(Rehearsals.succeeded(RECENT_BACKUP)), new Drift(5, 1), tolerant, DEADLINE, NOW)).isEmpty();
    }
}
