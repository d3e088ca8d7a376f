package dev.golive.staging.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.golive.staging.domain.RehearsalStage.ABANDONED;
import static dev.golive.staging.domain.RehearsalStage.AWAITING_CUSTOM_MODULES;
import static dev.golive.staging.domain.RehearsalStage.CUSTOM_MODULE_UPGRADE;
import static dev.golive.staging.domain.RehearsalStage.FAILED;
import static dev.golive.staging.domain.RehearsalStage.REQUESTED;
import static dev.golive.staging.domain.RehearsalStage.STANDARD_UPGRADE_RUNNING;
import static dev.golive.staging.domain.RehearsalStage.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RehearsalStageTest {

    @ParameterizedTest(name = "{0} -> {1} is allowed: {2}")
    @CsvSource({
        // every allowed transition
        "REQUESTED,                STANDARD_UPGRADE_RUNNING, true",
        "REQUESTED,                FAILED,                   true",
        "REQUESTED,                ABANDONED,                true",
        "STANDARD_UPGRADE_RUNNING, AWAITING_CUSTOM_MODULES,  true",
        "STANDARD_UPGRADE_RUNNING, SUCCEEDED,                true",
        "STANDARD_UPGRADE_RUNNING, FAILED,                   true",
        "STANDARD_UPGRADE_RUNNING, ABANDONED,                true",
        "AWAITING_CUSTOM_MODULES,  CUSTOM_MODULE_UPGRADE,    true",
        "AWAITING_CUSTOM_MODULES,  ABANDONED,                true",
        "CUSTOM_MODULE_UPGRADE,    AWAITING_CUSTOM_MODULES,  true",
        "CUSTOM_MODULE_UPGRADE,    SUCCEEDED,                true",
        "CUSTOM_MODULE_UPGRADE,    ABANDONED,                true",
        // a selection of forbidden ones
        "REQUESTED,                REQUESTED,                false",
        "REQUESTED,                AWAITING_CUSTOM_MODULES,  false",
        "REQUESTED,                CUSTOM_MODULE_UPGRADE,    false",
        "REQUESTED,                SUCCEEDED,                false",
        "STANDARD_UPGRADE_RUNNING, CUSTOM_MODULE_UPGRADE,    false",
        "STANDARD_UPGRADE_RUNNING, REQUESTED,                false",
        "AWAITING_CUSTOM_MODULES,  SUCCEEDED,                false",
        "AWAITING_CUSTOM_MODULES,  FAILED,                   false",
        "AWAITING_CUSTOM_MODULES,  STANDARD_UPGRADE_RUNNING, false",
        "CUSTOM_MODULE_UPGRADE,    FAILED,                   false",
        "CUSTOM_MODULE_UPGRADE,    CUSTOM_MODULE_UPGRADE,    false",
        "SUCCEEDED,                AWAITING_CUSTOM_MODULES,  false",
        "SUCCEEDED,                ABANDONED,                false",
        "FAILED,                   REQUESTED,                false",
        "FAILED,                   STANDARD_UPGRADE_RUNNING, false",
        "ABANDONED,                AWAITING_CUSTOM_MODULES,  false",
    })
    void the_stages_allow_only_their_transitions(RehearsalStage from, RehearsalStage to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        assertThat(from.next().contains(to)).isEqualTo(allowed);
    }

    @Test
    void the_allowed_transitions_are_exactly_the_documented_ones() {
        assertThat(REQUESTED.next()).containsExactly(STANDARD_UPGRADE_RUNNING, FAILED, ABANDONED);
        assertThat(STANDARD_UPGRADE_RUNNING.next()).containsExactly(AWAITING_CUSTOM_MODULES, SUCCEEDED, FAILED, ABANDONED);
        assertThat(AWAITING_CUSTOM_MODULES.next()).containsExactly(CUSTOM_MODULE_UPGRADE, ABANDONED);
        assertThat(CUSTOM_MODULE_UPGRADE.next()).containsExactly(AWAITING_CUSTOM_MODULES, SUCCEEDED, ABANDONED);
    }

    @ParameterizedTest
    @EnumSource(value = RehearsalStage.class, names = {"SUCCEEDED", "FAILED", "ABANDONED"})
    void an_ended_rehearsal_goes_nowhere(RehearsalStage stage) {
        assertThat(stage.terminal()).isTrue();
        assertThat(stage.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RehearsalStage.class, names = {"SUCCEEDED", "FAILED", "ABANDONED"}, mode = EnumSource.Mode.EXCLUDE)
    void a_rehearsal_still_running_can_always_be_abandoned(RehearsalStage stage) {
        assertThat(stage.terminal()).isFalse();
        assertThat(stage.canMoveTo(ABANDONED)).isTrue();
    }

    @Test
    void a_failed_custom_module_attempt_cannot_fail_the_rehearsal() {
        assertThat(CUSTOM_MODULE_UPGRADE.canMoveTo(FAILED)).isFalse();
        assertThat(AWAITING_CUSTOM_MODULES.canMoveTo(FAILED)).isFalse();
    }

    @Test
    void no_stage_can_move_to_nothing() {
        assertThat(REQUESTED.canMoveTo(null)).isFalse();
    }
}
