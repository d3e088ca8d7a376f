package dev.golive.staging.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.golive.staging.domain.RehearsalStage.ABANDONED;
import static dev.golive.staging.domain.RehearsalStage.AWAITING_CUSTOM_MODULES;
import static dev.golive.staging.domain.RehearsalStage.CUSTOM_MODULE_UPGRADE;
import static dev.golive.staging.domain.RehearsalStage.FAILED;
import static dev.golive.staging.domain.RehearsalStage.REQUESTED;
import static dev.golive.staging.domain.RehearsalStage.STANDARD_UPGRADE_RUNNING;
import static dev.golive.staging.domain.RehearsalStage.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RehearsalTest {

    private static final UUID ID = UUID.fromString("6f1c2a8e-0000-4000-8000-000000000019");
    /** The nightly production backup the rehearsal copies. */
    private static final Instant BACKUP = Instant.parse("2026-05-04T02:00:00Z");
    private static final Instant REQUESTED_AT = Instant.parse("2026-05-04T09:00:00Z");

    private static Rehearsal requested() {
        return Rehearsal.request(ID, "cutover-acme-19", BACKUP, 16, 19, REQUESTED_AT);
    }

    private static Instant at(String hhmm) {
        return Instant.parse("2026-05-04T" + hhmm + ":00Z");
    }

    /** Hops of 45, 60 and 75 minutes: three hours of standard upgrade. */
    private static Rehearsal awaitingCustomModules() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));
        r.hopFinished(16, true, at("09:50"));
        r.hopStarted(17, at("09:55"));
        r.hopFinished(17, true, at("10:55"));
        r.hopStarted(18, at("11:00"));
        r.hopFinished(18, true, at("12:15"));
        return r;
    }

    private static void assertRejectedWithoutChange(Rehearsal r, String code, Executable command) {
        Rehearsals.State before = Rehearsals.State.of(r);

        assertThatThrownBy(command::execute)
                .isInstanceOfSatisfying(DomainRejection.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(Rehearsals.State.of(r)).isEqualTo(before);
    }

    // --- creation ---------------------------------------------------------------------------

    @Test
    void a_new_rehearsal_is_requested_with_one_pending_hop_per_major_version() {
        Rehearsal r = requested();

        assertThat(r.stage()).isEqualTo(REQUESTED);
        assertThat(r.hops()).containsExactly(Hop.pending(16), Hop.pending(17), Hop.pending(18));
        assertThat(r.hops()).extracting(Hop::to).containsExactly(17, 18, 19);
        assertThat(r.attempts()).isEmpty();
        assertThat(r.completedAt()).isNull();
        assertThat(r.lastAttempt()).isEmpty();
    }

    @Test
    void a_one_version_upgrade_has_a_single_hop() {
        Rehearsal r = Rehearsal.request(ID, "c", BACKUP, 18, 19, REQUESTED_AT);

        assertThat(r.hops()).containsExactly(Hop.pending(18));
    }

    @Test
    void an_upgrade_must_go_up_by_at_least_one_and_at_most_ten_versions() {
        assertThatThrownBy(() -> Rehearsal.request(ID, "c", BACKUP, 19, 19, REQUESTED_AT))
                .isInstanceOfSatisfying(DomainRejection.class, e -> assertThat(e.code()).isEqualTo("invalid-upgrade-path"));
        assertThatThrownBy(() -> Rehearsal.request(ID, "c", BACKUP, 8, 19, REQUESTED_AT))
                .isInstanceOfSatisfying(DomainRejection.class, e -> assertThat(e.code()).isEqualTo("invalid-upgrade-path"));
        assertThat(Rehearsal.request(ID, "c", BACKUP, 9, 19, REQUESTED_AT).hops()).hasSize(10);
    }

    @Test
    void a_rehearsal_cannot_copy_a_backup_taken_after_it_was_requested() {
        assertThatThrownBy(() -> Rehearsal.request(ID, "c", REQUESTED_AT.plusSeconds(1), 16, 19, REQUESTED_AT))
                .isInstanceOfSatisfying(DomainRejection.class, e -> assertThat(e.code()).isEqualTo("backup-after-request"));
    }

    @Test
    void a_rehearsal_belongs_to_a_cutover() {
        assertThatThrownBy(() -> Rehearsal.request(ID, " ", BACKUP, 16, 19, REQUESTED_AT))
                .isInstanceOfSatisfying(DomainRejection.class, e -> assertThat(e.code()).isEqualTo("cutover-id-required"));
    }

    // --- the full loop ----------------------------------------------------------------------

    @Test
    void the_full_loop_goes_through_every_hop_three_failed_pushes_and_a_fourth_that_succeeds() {
        Rehearsal r = requested();

        assertThat(r.hopStarted(16, at("09:05")).stageChange()).contains(new StageChange(REQUESTED, STANDARD_UPGRADE_RUNNING, at("09:05")));
        assertThat(r.stage()).isEqualTo(STANDARD_UPGRADE_RUNNING);
        assertThat(r.hopFinished(16, true, at("09:50")).stageChange()).isEmpty();
        assertThat(r.stage()).isEqualTo(STANDARD_UPGRADE_RUNNING);
        assertThat(r.hopStarted(17, at("09:55")).stageChange()).isEmpty();
        r.hopFinished(17, true, at("10:55"));
        assertThat(r.stage()).isEqualTo(STANDARD_UPGRADE_RUNNING);
        r.hopStarted(18, at("11:00"));
        HopRecorded last = r.hopFinished(18, true, at("12:15"));
        assertThat(last.hop()).isEqualTo(new Hop(18, 19, HopStatus.SUCCEEDED, at("11:00"), at("12:15")));
        assertThat(last.stageChange()).contains(new StageChange(STANDARD_UPGRADE_RUNNING, AWAITING_CUSTOM_MODULES, at("12:15")));
        assertThat(r.stage()).isEqualTo(AWAITING_CUSTOM_MODULES);

        r.attemptStarted("a1", at("14:00"));
        assertThat(r.stage()).isEqualTo(CUSTOM_MODULE_UPGRADE);
        r.attemptFinished(false, ErrorCategory.PYTHON_ERROR, "ImportError: cannot import name 'api'", at("14:20"));
        assertThat(r.stage()).isEqualTo(AWAITING_CUSTOM_MODULES);

        r.attemptStarted("a2", at("15:00"));
        assertThat(r.stage()).isEqualTo(CUSTOM_MODULE_UPGRADE);
        r.attemptFinished(false, ErrorCategory.XML_OR_VIEW_ERROR, "Element '<xpath expr=\"//field[@name='x']\">' cannot be located", at("15:25"));
        assertThat(r.stage()).isEqualTo(AWAITING_CUSTOM_MODULES);

        r.attemptStarted("a3", at("16:00"));
        r.attemptFinished(false, ErrorCategory.DATA_MIGRATION_ERROR, "psycopg2.errors.NotNullViolation", at("16:30"));
        assertThat(r.stage()).isEqualTo(AWAITING_CUSTOM_MODULES);
        assertThat(r.succeeded()).isFalse();
        assertThat(r.completedAt()).isNull();

        r.attemptStarted("a4", at("17:00"));
        AttemptRecorded fourth = r.attemptFinished(true, null, "Modules loaded.", at("17:40"));

        assertThat(fourth.stageChange()).isEqualTo(new StageChange(CUSTOM_MODULE_UPGRADE, SUCCEEDED, at("17:40")));
        assertThat(r.stage()).isEqualTo(SUCCEEDED);
        assertThat(r.succeeded()).isTrue();
        assertThat(r.completedAt()).isEqualTo(at("17:40"));
        assertThat(r.attempts()).extracting(Attempt::number, Attempt::commitRef, Attempt::outcome, Attempt::errorCategory)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "a1", AttemptOutcome.FAILED, ErrorCategory.PYTHON_ERROR),
                        org.assertj.core.groups.Tuple.tuple(2, "a2", AttemptOutcome.FAILED, ErrorCategory.XML_OR_VIEW_ERROR),
                        org.assertj.core.groups.Tuple.tuple(3, "a3", AttemptOutcome.FAILED, ErrorCategory.DATA_MIGRATION_ERROR),
                        org.assertj.core.groups.Tuple.tuple(4, "a4", AttemptOutcome.SUCCEEDED, null));
    }

    @Test
    void the_standard_upgrade_lasts_the_sum_of_its_hops_without_the_pauses_between_them() {
        Rehearsal r = awaitingCustomModules();

        assertThat(r.hops()).extracting(h -> h.duration().orElseThrow())
                .containsExactly(Duration.ofMinutes(45), Duration.ofMinutes(60), Duration.ofMinutes(75));
        assertThat(r.standardUpgradeDuration()).contains(Duration.ofHours(3));
    }

    @Test
    void the_successful_attempt_duration_is_that_of_the_attempt_that_succeeded_only() {
        Rehearsal r = awaitingCustomModules();
        r.attemptStarted("a1", at("14:00"));
        r.attemptFinished(false, ErrorCategory.REPORT_ERROR, "QWebException", at("14:20"));
        assertThat(r.successfulAttemptDuration()).isEmpty();

        r.attemptStarted("a2", at("17:00"));
        r.attemptFinished(true, null, null, at("17:40"));

        assertThat(r.attempts()).extracting(a -> a.duration().orElseThrow())
                .containsExactly(Duration.ofMinutes(20), Duration.ofMinutes(40));
        assertThat(r.successfulAttemptDuration()).contains(Duration.ofMinutes(40));
    }

    @Test
    void durations_are_unknown_until_the_hops_have_all_succeeded() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));
        r.hopFinished(16, true, at("09:50"));

        assertThat(r.hops().get(0).duration()).contains(Duration.ofMinutes(45));
        assertThat(r.hops().get(1).duration()).isEmpty();
        assertThat(r.standardUpgradeDuration()).isEmpty();
    }

    @Test
    void a_failed_hop_fails_the_rehearsal_and_leaves_the_later_hops_pending() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));
        r.hopFinished(16, true, at("09:50"));
        r.hopStarted(17, at("09:55"));

        HopRecorded failed = r.hopFinished(17, false, at("10:10"));

        assertThat(failed.stageChange()).contains(new StageChange(STANDARD_UPGRADE_RUNNING, FAILED, at("10:10")));
        assertThat(r.stage()).isEqualTo(FAILED);
        assertThat(r.completedAt()).isEqualTo(at("10:10"));
        assertThat(r.hops()).extracting(Hop::status).containsExactly(HopStatus.SUCCEEDED, HopStatus.FAILED, HopStatus.PENDING);
        assertThat(r.standardUpgradeDuration()).isEmpty();
    }

    @Test
    void a_failed_rehearsal_takes_no_push() {
        Rehearsal r = Rehearsals.failed(BACKUP);

        assertRejectedWithoutChange(r, "not-awaiting-custom-modules", () -> r.attemptStarted("a1", at("23:00")));
    }

    // --- hop rejections ---------------------------------------------------------------------

    @Test
    void a_hop_cannot_start_before_the_previous_one_has_succeeded_and_nothing_changes() {
        Rehearsal r = requested();

        assertRejectedWithoutChange(r, "hop-out-of-order", () -> r.hopStarted(17, at("09:05")));
    }

    @Test
    void a_hop_cannot_start_while_the_previous_one_is_still_running() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));

        assertRejectedWithoutChange(r, "hop-out-of-order", () -> r.hopStarted(17, at("09:10")));
    }

    @Test
    void a_hop_cannot_start_twice() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));

        assertRejectedWithoutChange(r, "hop-out-of-order", () -> r.hopStarted(16, at("09:10")));
    }

    @Test
    void a_hop_that_has_not_started_cannot_finish() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));

        assertRejectedWithoutChange(r, "hop-not-running", () -> r.hopFinished(17, true, at("09:10")));
    }

    @Test
    void a_hop_outside_the_upgrade_path_is_unknown() {
        Rehearsal r = requested();

        assertRejectedWithoutChange(r, "unknown-hop", () -> r.hopStarted(15, at("09:05")));
        assertRejectedWithoutChange(r, "unknown-hop", () -> r.hopStarted(19, at("09:05")));
    }

    @Test
    void no_hop_runs_once_the_standard_upgrade_is_over() {
        Rehearsal r = awaitingCustomModules();

        assertRejectedWithoutChange(r, "not-upgrading-standard-modules", () -> r.hopFinished(18, true, at("13:00")));
    }

    // --- attempt rejections -----------------------------------------------------------------

    @Test
    void an_attempt_cannot_finish_without_a_push_having_started_it_and_nothing_changes() {
        Rehearsal r = awaitingCustomModules();

        assertRejectedWithoutChange(r, "no-attempt-running",
                () -> r.attemptFinished(false, ErrorCategory.OTHER, "?", at("14:00")));
    }

    @Test
    void a_push_during_the_standard_upgrade_starts_no_attempt() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));

        assertRejectedWithoutChange(r, "not-awaiting-custom-modules", () -> r.attemptStarted("a1", at("09:10")));
    }

    @Test
    void a_second_push_while_an_attempt_runs_starts_no_second_attempt() {
        Rehearsal r = awaitingCustomModules();
        r.attemptStarted("a1", at("14:00"));

        assertRejectedWithoutChange(r, "not-awaiting-custom-modules", () -> r.attemptStarted("a2", at("14:05")));
    }

    @Test
    void a_failed_attempt_needs_its_error_category() {
        Rehearsal r = awaitingCustomModules();
        r.attemptStarted("a1", at("14:00"));

        assertRejectedWithoutChange(r, "error-category-required", () -> r.attemptFinished(false, null, "boom", at("14:20")));
    }

    @Test
    void a_successful_attempt_has_no_error_category() {
        Rehearsal r = awaitingCustomModules();
        r.attemptStarted("a1", at("14:00"));

        assertRejectedWithoutChange(r, "error-category-on-success",
                () -> r.attemptFinished(true, ErrorCategory.OTHER, null, at("14:20")));
    }

    @Test
    void an_attempt_needs_the_commit_that_started_it() {
        Rehearsal r = awaitingCustomModules();

        assertRejectedWithoutChange(r, "commit-ref-required", () -> r.attemptStarted("  ", at("14:00")));
        assertRejectedWithoutChange(r, "commit-ref-too-long", () -> r.attemptStarted("x".repeat(256), at("14:00")));
    }

    @Test
    void the_commit_reference_is_kept_without_surrounding_blanks() {
        Rehearsal r = awaitingCustomModules();

        assertThat(r.attemptStarted(" 9f8e7d6 \n", at("14:00")).attempt().commitRef()).isEqualTo("9f8e7d6");
    }

    @Test
    void nothing_can_be_recorded_before_what_is_already_recorded() {
        Rehearsal r = awaitingCustomModules();

        assertRejectedWithoutChange(r, "out-of-time-order", () -> r.attemptStarted("a1", at("12:14")));
        r.attemptStarted("a1", at("12:15"));
        assertRejectedWithoutChange(r, "out-of-time-order",
                () -> r.attemptFinished(false, ErrorCategory.OTHER, null, at("12:14")));
    }

    // --- log excerpts -----------------------------------------------------------------------

    @Test
    void a_long_log_keeps_its_end_where_the_error_is_within_4000_characters() {
        Rehearsal r = awaitingCustomModules();
        r.attemptStarted("a1", at("14:00"));
        String error = "odoo.tools.convert.ParseError: while parsing /addons/acme_sale/views/sale_order.xml:12";
        String log = "INFO loading acme_sale\n".repeat(500) + error;

        String kept = r.attemptFinished(false, ErrorCategory.XML_OR_VIEW_ERROR, log, at("14:20")).attempt().logExcerpt();

        assertThat(log.length()).isGreaterThan(10_000);
        assertThat(kept).hasSize(4_000).endsWith(error).startsWith(Attempt.CUT_MARKER);
        assertThat(log).endsWith(kept.substring(Attempt.CUT_MARKER.length()));
    }

    @Test
    void a_log_of_exactly_4000_characters_is_kept_whole() {
        String log = "e".repeat(4_000);

        assertThat(Attempt.capLogExcerpt(log)).isSameAs(log);
        assertThat(Attempt.capLogExcerpt(null)).isNull();
    }

    @Test
    void cutting_a_log_never_leaves_half_of_a_character() {
        // 4,003 characters: keeping the last 3,999 would start with the second half of the emoji.
        String log = "abc" + "😱" + "x".repeat(3_997) + "!";

        String kept = Attempt.capLogExcerpt(log);

        assertThat(kept).hasSize(3_999).isEqualTo(Attempt.CUT_MARKER + "x".repeat(3_997) + "!");
    }

    // --- moveTo -----------------------------------------------------------------------------

    @Test
    void a_rehearsal_waiting_for_a_push_can_be_abandoned_and_then_is_closed() {
        Rehearsal r = awaitingCustomModules();

        assertThat(r.moveTo(ABANDONED, at("18:00"))).isEqualTo(new StageChange(AWAITING_CUSTOM_MODULES, ABANDONED, at("18:00")));
        assertThat(r.completedAt()).isEqualTo(at("18:00"));
        assertRejectedWithoutChange(r, "stage-transition-not-allowed", () -> r.moveTo(AWAITING_CUSTOM_MODULES, at("18:05")));
    }

    @Test
    void the_platform_can_fail_a_rehearsal_before_any_hop_starts() {
        Rehearsal r = requested();

        r.moveTo(FAILED, at("09:30"));

        assertThat(r.stage()).isEqualTo(FAILED);
        assertThat(r.hops()).extracting(Hop::status).containsOnly(HopStatus.PENDING);
    }

    @Test
    void a_succeeded_rehearsal_cannot_be_abandoned() {
        Rehearsal r = Rehearsals.succeeded(BACKUP);

        assertRejectedWithoutChange(r, "stage-transition-not-allowed", () -> r.moveTo(ABANDONED, Instant.parse("2026-05-05T00:00:00Z")));
    }

    @Test
    void moving_to_an_attempt_or_out_of_one_needs_the_attempt_commands() {
        Rehearsal awaiting = awaitingCustomModules();
        assertRejectedWithoutChange(awaiting, "stage-transition-needs-command", () -> awaiting.moveTo(CUSTOM_MODULE_UPGRADE, at("14:00")));

        awaiting.attemptStarted("a1", at("14:00"));
        assertRejectedWithoutChange(awaiting, "stage-transition-needs-command", () -> awaiting.moveTo(SUCCEEDED, at("14:20")));
        assertRejectedWithoutChange(awaiting, "stage-transition-needs-command", () -> awaiting.moveTo(AWAITING_CUSTOM_MODULES, at("14:20")));
    }

    @Test
    void the_standard_upgrade_awaits_the_custom_modules_only_through_its_last_hop() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));

        assertRejectedWithoutChange(r, "stage-transition-needs-command", () -> r.moveTo(AWAITING_CUSTOM_MODULES, at("09:10")));
    }

    @Test
    void a_database_without_custom_modules_succeeds_at_the_end_of_its_last_hop() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));
        r.hopFinished(16, true, at("09:50"));
        r.hopStarted(17, at("09:55"));
        r.hopFinished(17, true, at("10:55"));
        r.hopStarted(18, at("11:00"));

        StageChange change = r.moveTo(SUCCEEDED, at("12:15"));

        assertThat(change).isEqualTo(new StageChange(STANDARD_UPGRADE_RUNNING, SUCCEEDED, at("12:15")));
        assertThat(r.hops().get(2)).isEqualTo(new Hop(18, 19, HopStatus.SUCCEEDED, at("11:00"), at("12:15")));
        assertThat(r.standardUpgradeDuration()).contains(Duration.ofHours(3));
        assertThat(r.attempts()).isEmpty();
        assertThat(r.successfulAttemptDuration()).isEmpty();
    }

    @Test
    void a_database_without_custom_modules_cannot_succeed_before_its_last_hop_runs() {
        Rehearsal r = requested();
        r.hopStarted(16, at("09:05"));

        assertRejectedWithoutChange(r, "hops-not-finished", () -> r.moveTo(SUCCEEDED, at("09:50")));
    }

    // --- restore ----------------------------------------------------------------------------

    private static Rehearsal restoreFrom(Rehearsals.State s) {
        return Rehearsal.restore(s.id(), s.cutoverId(), s.productionBackupAt(), s.sourceVersion(), s.targetVersion(),
                s.hops(), s.stage(), s.requestedAt(), s.completedAt(), s.attempts());
    }

    @Test
    void a_restored_rehearsal_has_the_state_it_was_stored_with_and_goes_on_from_there() {
        Rehearsal original = awaitingCustomModules();
        original.attemptStarted("a1", at("14:00"));
        original.attemptFinished(false, ErrorCategory.PYTHON_ERROR, "boom", at("14:20"));

        Rehearsal restored = restoreFrom(Rehearsals.State.of(original));

        assertThat(Rehearsals.State.of(restored)).isEqualTo(Rehearsals.State.of(original));
        assertThat(restored.attemptStarted("a2", at("15:00")).attempt().number()).isEqualTo(2);
        assertRejectedWithoutChange(restored, "out-of-time-order",
                () -> restored.attemptFinished(true, null, null, at("14:59")));
    }

    @Test
    void restoring_refuses_state_the_commands_could_not_have_produced() {
        Rehearsals.State s = Rehearsals.State.of(awaitingCustomModules());
        Attempt failed = new Attempt(1, "a1", at("14:00"), at("14:20"), AttemptOutcome.FAILED, ErrorCategory.OTHER, null);
        Attempt third = new Attempt(3, "a3", at("15:00"), null, AttemptOutcome.RUNNING, null, null);

        assertThatThrownBy(() -> restoreFrom(new Rehearsals.State(s.id(), s.cutoverId(), s.productionBackupAt(), 16, 19,
                s.hops(), CUSTOM_MODULE_UPGRADE, s.requestedAt(), null, List.of(failed, third))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number 2");
        assertThatThrownBy(() -> restoreFrom(new Rehearsals.State(s.id(), s.cutoverId(), s.productionBackupAt(), 16, 19,
                s.hops(), AWAITING_CUSTOM_MODULES, s.requestedAt(), at("13:00"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("completedAt");
        assertThatThrownBy(() -> restoreFrom(new Rehearsals.State(s.id(), s.cutoverId(), s.productionBackupAt(), 16, 18,
                s.hops(), AWAITING_CUSTOM_MODULES, s.requestedAt(), null, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 hops");
        assertThatThrownBy(() -> restoreFrom(new Rehearsals.State(s.id(), s.cutoverId(), s.productionBackupAt(), 16, 19,
                List.of(Hop.pending(16), new Hop(17, 18, HopStatus.SUCCEEDED, at("10:00"), at("11:00")), Hop.pending(18)),
                STANDARD_UPGRADE_RUNNING, s.requestedAt(), null, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_hops_and_attempts_read_back_cannot_change_the_rehearsal() {
        Rehearsal r = awaitingCustomModules();

        assertThatThrownBy(() -> r.hops().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.attempts().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
