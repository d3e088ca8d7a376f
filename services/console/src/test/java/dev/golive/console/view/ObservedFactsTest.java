package dev.golive.console.view;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ObservedFactsTest {

    @Test
    void the_three_milestones_that_plan_a_fact_show_what_was_observed_and_nothing_before() {
        Map<String, Object> observed = new HashMap<>();
        observed.put("downtimeStartedAt", "2026-12-11T17:04:12Z");
        observed.put("systemBackAt", null);
        observed.put("businessResumedAt", null);
        Map<String, Object> cutover = Map.of("id", "c-1", "observed", observed);

        assertThat(ObservedFacts.at(cutover, "DOWNTIME_START")).isEqualTo("2026-12-11T17:04:12Z");
        // the system was expected back, but nobody reported it: nothing to show as observed
        assertThat(ObservedFacts.observable("SYSTEM_BACK_EXPECTED")).isTrue();
        assertThat(ObservedFacts.at(cutover, "SYSTEM_BACK_EXPECTED")).isNull();
        assertThat(ObservedFacts.observable("BUSINESS_RESUME")).isTrue();
    }

    @Test
    void other_milestones_plan_nothing_observed_and_a_cutover_without_observations_shows_none() {
        assertThat(ObservedFacts.observable("GO_NO_GO")).isFalse();
        assertThat(ObservedFacts.observable("POINT_OF_NO_RETURN")).isFalse();
        assertThat(ObservedFacts.at(Map.of("id", "c-1"), "DOWNTIME_START")).isNull();
        assertThat(ObservedFacts.at(Map.of("id", "c-1", "observed", Map.of("downtimeStartedAt", "2026-12-11T17:00:00Z")),
                "GO_NO_GO")).isNull();
    }
}
