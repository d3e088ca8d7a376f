package dev.golive.testing.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StagingRehearsalsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-03T10:00:00Z");

    @Test
    void the_current_rehearsal_is_the_latest_that_succeeded_whatever_order_they_are_known_in() {
        List<StagingRehearsal> rehearsals = List.of(new StagingRehearsal("r2", TUESDAY, false),
                new StagingRehearsal("r1", MONDAY, true), new StagingRehearsal("r3", null, true));
        assertThat(StagingRehearsals.current(rehearsals)).map(StagingRehearsal::id).contains("r2");
        assertThat(StagingRehearsals.isCurrent("r2", rehearsals)).isTrue();
        assertThat(StagingRehearsals.isCurrent("r1", rehearsals)).isFalse();
        assertThat(StagingRehearsals.isCurrent("r3", rehearsals)).isFalse();
    }

    @Test
    void of_two_that_succeeded_at_the_same_instant_the_greater_id_is_current() {
        List<StagingRehearsal> rehearsals = List.of(new StagingRehearsal("b", MONDAY, true),
                new StagingRehearsal("a", MONDAY, true));
        assertThat(StagingRehearsals.current(rehearsals)).map(StagingRehearsal::id).contains("b");
    }

    @Test
    void nothing_is_current_before_a_rehearsal_succeeds() {
        List<StagingRehearsal> rehearsals = List.of(new StagingRehearsal("r1", null, true));
        assertThat(StagingRehearsals.current(rehearsals)).isEmpty();
        assertThat(StagingRehearsals.whyNotPlannable("r1", rehearsals)).get().asString()
                .contains("no rehearsal of this cutover has succeeded yet");
    }

    @Test
    void a_round_is_plannable_on_the_current_rehearsal_once_reviewed_only() {
        List<StagingRehearsal> unreviewed = List.of(new StagingRehearsal("r1", MONDAY, true),
                new StagingRehearsal("r2", TUESDAY, false));
        assertThat(StagingRehearsals.whyNotPlannable("r2", unreviewed)).get().asString()
                .contains("developer review is not done");
        assertThat(StagingRehearsals.whyNotPlannable("r1", unreviewed)).get().asString()
                .contains("r1 is no longer the current one").contains("r2");
        assertThat(StagingRehearsals.whyNotPlannable("nope", unreviewed)).get().asString()
                .contains("nope is not a succeeded rehearsal");

        List<StagingRehearsal> reviewed = List.of(new StagingRehearsal("r1", MONDAY, true),
                new StagingRehearsal("r2", TUESDAY, true));
        assertThat(StagingRehearsals.whyNotPlannable("r2", reviewed)).isEmpty();
        assertThat(reviewed.get(1).readyForPowerUsers()).isTrue();
        assertThat(new StagingRehearsal("r9", null, true).readyForPowerUsers()).isFalse();
    }
}
