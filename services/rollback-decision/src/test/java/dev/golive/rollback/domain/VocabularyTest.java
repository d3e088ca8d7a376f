package dev.golive.rollback.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Arrays;

import static dev.golive.rollback.domain.BusinessFlow.INVENTORY_AND_DELIVERY;
import static dev.golive.rollback.domain.BusinessFlow.INVOICING_AND_ACCOUNTING;
import static dev.golive.rollback.domain.BusinessFlow.MANUFACTURING;
import static dev.golive.rollback.domain.BusinessFlow.PURCHASE;
import static dev.golive.rollback.domain.BusinessFlow.SALES;
import static dev.golive.rollback.domain.Recommendation.DECIDE_NOW;
import static dev.golive.rollback.domain.Recommendation.FIX_FORWARD;
import static dev.golive.rollback.domain.Recommendation.ROLL_BACK;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VocabularyTest {

    @Test
    void the_core_flows_are_the_daily_operations() {
        assertThat(Arrays.stream(BusinessFlow.values()).filter(BusinessFlow::core))
                .containsExactly(SALES, PURCHASE, INVENTORY_AND_DELIVERY, INVOICING_AND_ACCOUNTING, MANUFACTURING);
    }

    @Test
    void rolling_back_outranks_deciding_now_which_outranks_fixing_forward() {
        assertThat(ROLL_BACK.outranks(DECIDE_NOW)).isTrue();
        assertThat(DECIDE_NOW.outranks(FIX_FORWARD)).isTrue();
        assertThat(ROLL_BACK.outranks(FIX_FORWARD)).isTrue();
        assertThat(FIX_FORWARD.outranks(DECIDE_NOW)).isFalse();
        assertThat(DECIDE_NOW.outranks(ROLL_BACK)).isFalse();
        assertThat(ROLL_BACK.outranks(ROLL_BACK)).isFalse();
    }

    @Test
    void the_names_match_the_event_catalogue() {
        assertThat(Recommendation.values()).extracting(Enum::name).containsExactly("FIX_FORWARD", "ROLL_BACK", "DECIDE_NOW");
        assertThat(DecisionKind.values()).extracting(Enum::name).containsExactly("ROLL_BACK", "PROCEED");
        assertThat(Severity.values()).extracting(Enum::name).containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "PT0S,        0 min",
            "PT45M,       45 min",
            "PT59M59S,    59 min",
            "PT3H,        3 h",
            "PT3H20M,     3 h 20 min",
            "PT52H5M,     52 h 5 min",
            "-PT1H15M,    -1 h 15 min"})
    void durations_read_in_hours_and_minutes(Duration d, String text) {
        assertThat(Durations.describe(d)).isEqualTo(text);
    }
}
