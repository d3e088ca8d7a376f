package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.golive.integration.domain.ChecklistItemKind.CHANGED_FIELDS_AND_MODELS;
import static dev.golive.integration.domain.ChecklistItemKind.CREDENTIALS;
import static dev.golive.integration.domain.ChecklistItemKind.ENDPOINTS;
import static dev.golive.integration.domain.ChecklistItemKind.SCHEDULED_ACTIONS;
import static dev.golive.integration.domain.ChecklistStatus.FAILED;
import static dev.golive.integration.domain.ChecklistStatus.NOT_APPLICABLE;
import static dev.golive.integration.domain.ChecklistStatus.OPEN;
import static dev.golive.integration.domain.ChecklistStatus.PASSED;
import static dev.golive.integration.domain.Integrations.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChecklistTest {

    private static final Instant LATER = TUESDAY.plus(Duration.ofHours(2));

    @Test
    void a_fresh_checklist_has_the_six_items_open_and_untouched_in_order() {
        Checklist fresh = Checklist.fresh();

        assertThat(fresh.items()).extracting(ChecklistItem::kind).containsExactly(ChecklistItemKind.values());
        assertThat(fresh.items()).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(OPEN);
            assertThat(i.reopened()).isFalse();
            assertThat(i.evidence()).isNull();
            assertThat(i.changedAt()).isNull();
        });
        assertThat(fresh.satisfied()).isFalse();
    }

    @Test
    void a_check_that_passed_records_its_evidence_checker_and_moment_and_leaves_the_other_items_alone() {
        Checklist c = Checklist.fresh().record(CREDENTIALS, PASSED, "  production API key present, expires 2027-01  ", " dana ", TUESDAY);

        assertThat(c.item(CREDENTIALS)).isEqualTo(new ChecklistItem(CREDENTIALS, PASSED,
                "production API key present, expires 2027-01", "dana", null, TUESDAY));
        assertThat(c.items()).filteredOn(i -> i.kind() != CREDENTIALS).allMatch(i -> i.status() == OPEN);
    }

    @Test
    void recording_returns_a_new_checklist_and_changes_nothing_in_the_old_one() {
        Checklist before = Checklist.fresh();

        before.record(ENDPOINTS, FAILED, "sandbox URL still configured", "dana", TUESDAY);

        assertThat(before).isEqualTo(Checklist.fresh());
    }

    @Test
    void every_item_passed_or_not_applicable_satisfies_the_checklist() {
        Checklist c = Checklist.fresh().record(SCHEDULED_ACTIONS, NOT_APPLICABLE, null, "dana", TUESDAY);
        for (ChecklistItemKind k : ChecklistItemKind.values()) {
            if (k != SCHEDULED_ACTIONS) {
                c = c.record(k, PASSED, "checked " + k, "dana", TUESDAY);
            }
        }

        assertThat(c.satisfied()).isTrue();
        assertThat(c.record(ENDPOINTS, FAILED, "503 from the carrier", "dana", LATER).satisfied()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ChecklistStatus.class, names = {"PASSED", "FAILED"})
    void passed_and_failed_need_evidence_of_at_least_three_characters(ChecklistStatus status) {
        Checklist fresh = Checklist.fresh();

        assertThat(fresh.violations(ENDPOINTS, status, "ok!", "dana", TUESDAY)).isEmpty();
        assertThat(fresh.violations(ENDPOINTS, status, "  ok  ", "dana", TUESDAY))
                .containsExactly(new FieldViolation("evidence", "must be at least 3 characters, was 2"));
        assertThat(fresh.violations(ENDPOINTS, status, "   ", "dana", TUESDAY))
                .containsExactly(new FieldViolation("evidence", "is required for " + status + ": say what was checked and what it showed"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "no scheduled action drives it"})
    void not_applicable_needs_no_evidence(String evidence) {
        Checklist c = Checklist.fresh().record(SCHEDULED_ACTIONS, NOT_APPLICABLE, evidence, "dana", TUESDAY);

        assertThat(c.item(SCHEDULED_ACTIONS).status()).isEqualTo(NOT_APPLICABLE);
        assertThat(c.item(SCHEDULED_ACTIONS).evidence()).isEqualTo(evidence == null || evidence.isEmpty() ? null : evidence);
    }

    @Test
    void evidence_and_checker_have_length_limits() {
        Checklist fresh = Checklist.fresh();

        assertThat(fresh.violations(ENDPOINTS, PASSED, "e".repeat(4_000), "d".repeat(200), TUESDAY)).isEmpty();
        assertThat(fresh.violations(ENDPOINTS, PASSED, "e".repeat(4_001), "d".repeat(201), TUESDAY)).containsExactly(
                new FieldViolation("evidence", "must be at most 4000 characters, was 4001"),
                new FieldViolation("checkedBy", "must be at most 200 characters, was 201"));
    }

    @Test
    void item_status_checker_and_moment_are_required() {
        assertThat(Checklist.fresh().violations(null, null, null, " ", null)).containsExactly(
                new FieldViolation("item", "is required"),
                new FieldViolation("status", "is required"),
                new FieldViolation("checkedBy", "is required"),
                new FieldViolation("checkedAt", "is required"));
    }

    @Test
    void a_person_cannot_record_open_only_reopening_opens_an_item() {
        assertThat(Checklist.fresh().violations(ENDPOINTS, OPEN, "looking at it", "dana", TUESDAY)).containsExactly(
                new FieldViolation("status", "must be a result (PASSED, FAILED or NOT_APPLICABLE): an item is opened only by "
                        + "reopening it, with a reason"));
    }

    @Test
    void a_failure_is_fixed_not_waved_away_as_not_applicable() {
        Checklist failed = Checklist.fresh().record(ENDPOINTS, FAILED, "503 from the carrier", "dana", TUESDAY);

        assertThatThrownBy(() -> failed.record(ENDPOINTS, NOT_APPLICABLE, null, "dana", LATER))
                .isInstanceOfSatisfying(DomainRejection.class, r -> assertThat(r.violations()).containsExactly(
                        new FieldViolation("status", "cannot move from FAILED to NOT_APPLICABLE: a checked item does not "
                                + "become NOT_APPLICABLE; a failure is fixed, not waved away")));
    }

    @Test
    void a_failed_item_passes_once_fixed_and_checked_again() {
        Checklist c = Checklist.fresh().record(ENDPOINTS, FAILED, "sandbox URL still configured", "dana", TUESDAY)
                .record(ENDPOINTS, PASSED, "production URL set, 200 OK", "sam", LATER);

        assertThat(c.item(ENDPOINTS)).isEqualTo(new ChecklistItem(ENDPOINTS, PASSED, "production URL set, 200 OK", "sam", null, LATER));
    }

    @Test
    void recording_the_same_result_again_is_a_re_check_that_replaces_the_evidence() {
        Checklist c = Checklist.fresh().record(ENDPOINTS, PASSED, "200 OK on staging", "dana", TUESDAY)
                .record(ENDPOINTS, PASSED, "200 OK on production", "sam", LATER);

        assertThat(c.item(ENDPOINTS).evidence()).isEqualTo("200 OK on production");
        assertThat(c.item(ENDPOINTS).checkedBy()).isEqualTo("sam");
    }

    @Test
    void a_check_cannot_be_recorded_before_the_items_last_change() {
        Checklist c = Checklist.fresh().record(ENDPOINTS, PASSED, "200 OK", "dana", LATER);

        assertThat(c.violations(ENDPOINTS, FAILED, "503 now", "dana", TUESDAY)).containsExactly(
                new FieldViolation("checkedAt", "must not be before the item's last change at " + LATER + ", was " + TUESDAY));
    }

    @Test
    void a_rejected_record_names_every_broken_rule_at_once() {
        assertThatThrownBy(() -> Checklist.fresh().record(ENDPOINTS, PASSED, "x", "", TUESDAY))
                .isInstanceOfSatisfying(DomainRejection.class, r -> {
                    assertThat(r.violations()).extracting(FieldViolation::field).containsExactly("evidence", "checkedBy");
                    assertThat(r.getMessage()).isEqualTo("evidence must be at least 3 characters, was 1; checkedBy is required");
                });
    }

    @ParameterizedTest
    @EnumSource(ChecklistStatus.class)
    void the_system_reopens_an_item_from_any_status_with_a_reason_and_clears_the_check(ChecklistStatus from) {
        Checklist c = Checklist.fresh();
        if (from != OPEN) {
            c = c.record(CHANGED_FIELDS_AND_MODELS, from, "fields mapped", "dana", TUESDAY);
        }

        Checklist reopened = c.reopen(CHANGED_FIELDS_AND_MODELS, "the upgrade changed field sale.order:partner_id", LATER);

        assertThat(reopened.item(CHANGED_FIELDS_AND_MODELS)).isEqualTo(new ChecklistItem(CHANGED_FIELDS_AND_MODELS, OPEN,
                null, null, "the upgrade changed field sale.order:partner_id", LATER));
        assertThat(reopened.item(CHANGED_FIELDS_AND_MODELS).reopened()).isTrue();
    }

    @Test
    void reopening_again_for_another_reason_keeps_both_reasons() {
        Checklist c = Checklist.fresh()
                .reopen(CHANGED_FIELDS_AND_MODELS, "changed sale.order:partner_id", TUESDAY)
                .reopen(CHANGED_FIELDS_AND_MODELS, "changed sale.order:state", LATER);

        assertThat(c.item(CHANGED_FIELDS_AND_MODELS).reason()).isEqualTo("changed sale.order:partner_id; changed sale.order:state");
        assertThat(c.item(CHANGED_FIELDS_AND_MODELS).changedAt()).isEqualTo(LATER);
    }

    @Test
    void reopening_twice_for_the_same_reason_changes_nothing() {
        Checklist once = Checklist.fresh()
                .reopen(CHANGED_FIELDS_AND_MODELS, "changed sale.order:partner_id", TUESDAY)
                .reopen(CHANGED_FIELDS_AND_MODELS, "changed sale.order:state", TUESDAY);

        assertThat(once.reopen(CHANGED_FIELDS_AND_MODELS, "changed sale.order:partner_id", LATER)).isSameAs(once);
        assertThat(once.reopen(CHANGED_FIELDS_AND_MODELS, " changed sale.order:state ", LATER)).isSameAs(once);
    }

    @Test
    void a_late_reopening_still_reopens_but_does_not_move_the_items_clock_back() {
        Checklist c = Checklist.fresh().record(CHANGED_FIELDS_AND_MODELS, PASSED, "fields mapped", "dana", LATER)
                .reopen(CHANGED_FIELDS_AND_MODELS, "changed sale.order:partner_id", TUESDAY);

        assertThat(c.item(CHANGED_FIELDS_AND_MODELS).status()).isEqualTo(OPEN);
        assertThat(c.item(CHANGED_FIELDS_AND_MODELS).changedAt()).isEqualTo(LATER);
    }

    @Test
    void a_reopened_item_is_checked_again_like_any_open_one_and_loses_its_reason() {
        Checklist c = Checklist.fresh().reopen(SCHEDULED_ACTIONS, "action disabled", TUESDAY)
                .record(SCHEDULED_ACTIONS, PASSED, "re-enabled and ran at 10:00", "dana", LATER);

        assertThat(c.item(SCHEDULED_ACTIONS).reason()).isNull();
        assertThat(c.item(SCHEDULED_ACTIONS).status()).isEqualTo(PASSED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void reopening_needs_a_reason(String reason) {
        assertThatThrownBy(() -> Checklist.fresh().reopen(ENDPOINTS, reason, TUESDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reopening ENDPOINTS needs a reason");
    }

    @Test
    void a_checklist_has_exactly_one_item_of_each_kind_kept_in_kind_order() {
        List<ChecklistItem> reversed = new ArrayList<>(Checklist.fresh().items());
        java.util.Collections.reverse(reversed);
        assertThat(new Checklist(reversed)).isEqualTo(Checklist.fresh());

        List<ChecklistItem> missing = new ArrayList<>(Checklist.fresh().items());
        missing.remove(0);
        assertThatThrownBy(() -> new Checklist(missing)).hasMessage("a checklist has one item of each kind, missing [CREDENTIALS]");

        List<ChecklistItem> twice = new ArrayList<>(Checklist.fresh().items());
        twice.set(0, ChecklistItem.untouched(ENDPOINTS));
        assertThatThrownBy(() -> new Checklist(twice)).hasMessage("a checklist has one ENDPOINTS item, not two");
    }

    @Test
    void an_item_holds_only_consistent_states() {
        assertThatThrownBy(() -> new ChecklistItem(ENDPOINTS, OPEN, "evidence", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChecklistItem(ENDPOINTS, PASSED, null, "dana", null, TUESDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChecklistItem(ENDPOINTS, PASSED, "ok!", "dana", "a reason", TUESDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChecklistItem(ENDPOINTS, OPEN, null, null, "a reason", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
