package dev.golive.planner.domain;

import dev.golive.contracts.cutover.Blackout;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cutover's details: planned with defaults, edited by merge patch, with what changed. */
class CutoverDetailsTest {

    private static final Blackout CLOSE = new Blackout(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-04"),
            "Year-end close");

    private static CutoverDetails planned() {
        return CutoverDetails.plan(" Acme upgrade ", " Acme ", " Odoo ", 16, 19, "Europe/London", " blue ",
                null, null);
    }

    private static CutoverPatch patch() {
        return new CutoverPatch(null, null, null, null, null, null, null, null, null);
    }

    @Test
    void a_plan_is_trimmed_and_takes_the_default_policy_and_no_blackouts() {
        CutoverDetails d = planned();

        assertThat(d).isEqualTo(new CutoverDetails("Acme upgrade", "Acme", "Odoo", 16, 19, "Europe/London", "blue",
                GoLivePolicy.defaults(), List.of()));
        assertThat(d.upgradePath()).containsExactly(16, 17, 18, 19);
    }

    @Test
    void a_partial_policy_is_completed_from_the_defaults() {
        GoLivePolicy partial = new GoLivePolicy(null, null, Duration.ofHours(6), null, null, null, null, null, null,
                null, null, null, null);

        CutoverDetails d = CutoverDetails.plan("n", "c", "p", 1, 2, "Europe/Paris", "t", partial, List.of(CLOSE));

        assertThat(d.policy()).isEqualTo(partial.orElse(GoLivePolicy.defaults()));
        assertThat(d.blackouts()).containsExactly(CLOSE);
    }

    @Test
    void a_plan_breaking_the_rules_is_refused_naming_every_field() {
        assertThatThrownBy(() -> CutoverDetails.plan(" ", null, "p", 5, 4, "Mars/Olympus", "t", null, null))
                .isInstanceOfSatisfying(CutoverRejection.class, e -> {
                    assertThat(e.code()).isEqualTo(CutoverRejection.INVALID_FIELDS);
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactly("name", "client", "targetVersion", "zone");
                });
    }

    @Test
    void an_empty_patch_changes_nothing() {
        CutoverEdited edited = planned().edit(patch(), CutoverStatus.SCHEDULED);

        assertThat(edited.changedNothing()).isTrue();
        assertThat(edited.planChanged()).isFalse();
        assertThat(edited.details()).isEqualTo(planned());
    }

    @Test
    void the_same_values_with_blanks_around_them_change_nothing() {
        CutoverPatch same = new CutoverPatch(" Acme upgrade", "Acme ", "Odoo", 16, 19, "Europe/London", "blue ",
                GoLivePolicy.defaults(), List.of());

        assertThat(planned().edit(same, CutoverStatus.DRAFT).changed()).isEmpty();
    }

    @Test
    void every_change_is_named_in_order_and_the_plan_ones_re_lay_the_weekend() {
        GoLivePolicy longer = new GoLivePolicy(null, null, Duration.ofHours(6), null, null, null, null, null, null,
                null, null, null, null);
        CutoverPatch all = new CutoverPatch(" Acme go-live ", "Acme Ltd", "Odoo Enterprise", null, 18, "Europe/Paris",
                "green", longer, List.of(CLOSE));

        CutoverEdited edited = planned().edit(all, CutoverStatus.GO_NO_GO_FAILED);

        assertThat(edited.changed()).containsExactly("name", "client", "erpProduct", "upgradePath", "onCallTeam", "zone",
                "policy", "blackouts");
        assertThat(edited.planChanged()).isTrue();
        assertThat(edited.details()).isEqualTo(new CutoverDetails("Acme go-live", "Acme Ltd", "Odoo Enterprise", 16, 18,
                "Europe/Paris", "green", longer.orElse(GoLivePolicy.defaults()), List.of(CLOSE)));
    }

    @Test
    void a_policy_merges_field_by_field_and_blackouts_replace_the_list() {
        CutoverDetails before = CutoverDetails.plan("n", "c", "p", 1, 2, "Europe/Paris", "t",
                GoLivePolicy.defaults(), List.of(CLOSE));
        GoLivePolicy onlyReview = new GoLivePolicy(null, null, null, Duration.ofHours(3), null, null, null, null, null,
                null, null, null, null);

        CutoverEdited edited = before.edit(new CutoverPatch(null, null, null, null, null, null, null, onlyReview,
                List.of()), CutoverStatus.DRAFT);

        assertThat(edited.details().policy()).isEqualTo(onlyReview.orElse(GoLivePolicy.defaults()));
        assertThat(edited.details().policy().expectedDowntime()).isEqualTo(GoLivePolicy.defaults().expectedDowntime());
        assertThat(edited.details().blackouts()).isEmpty();
        assertThat(edited.changed()).containsExactly("policy", "blackouts");
    }

    @Test
    void a_new_name_or_version_is_no_plan_change_and_is_allowed_during_the_go_live() {
        CutoverEdited edited = planned().edit(new CutoverPatch("Renamed", null, null, 15, null, null, null, null, null),
                CutoverStatus.IN_PROGRESS);

        assertThat(edited.changed()).containsExactly("name", "upgradePath");
        assertThat(edited.planChanged()).isFalse();
        assertThat(edited.details().upgradePath()).containsExactly(15, 16, 17, 18, 19);
    }

    @ParameterizedTest
    @EnumSource(value = CutoverStatus.class, names = {"IN_PROGRESS", "WEEKEND_TESTING"})
    void once_the_go_live_started_the_plan_is_frozen(CutoverStatus status) {
        assertThatThrownBy(() -> planned().edit(new CutoverPatch(null, null, null, null, null, "Europe/Paris", null,
                null, null), status))
                .isInstanceOfSatisfying(CutoverRejection.class, e -> {
                    assertThat(e.code()).isEqualTo(CutoverRejection.PLAN_FROZEN);
                    assertThat(e.getMessage()).isEqualTo("The go-live has started (status " + status
                            + "): zone, policy, team and blackouts can no longer change");
                });
        assertThat(planned().edit(new CutoverPatch(null, null, null, null, null, "Europe/London", null, null, null),
                status).changedNothing()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CutoverStatus.class, names = {"COMPLETED", "ROLLED_BACK", "CANCELLED"})
    void a_closed_cutover_refuses_every_patch_even_an_empty_one(CutoverStatus status) {
        assertThatThrownBy(() -> planned().edit(patch(), status))
                .isInstanceOfSatisfying(CutoverRejection.class, e -> {
                    assertThat(e.code()).isEqualTo(CutoverRejection.CUTOVER_CLOSED);
                    assertThat(e.getMessage()).isEqualTo("A cutover in status " + status + " can no longer be edited");
                    assertThat(e.violations()).isEmpty();
                });
    }

    @Test
    void the_result_of_a_patch_is_checked_whole() {
        assertThatThrownBy(() -> planned().edit(new CutoverPatch("", null, null, 20, null, null, null, null,
                List.of(new Blackout(LocalDate.parse("2027-01-04"), LocalDate.parse("2026-12-28"), "backwards"))),
                CutoverStatus.SCHEDULED))
                .isInstanceOfSatisfying(CutoverRejection.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("name", "targetVersion", "blackouts[0].to"));
    }
}
