package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FreshnessPolicyTest {

    @Test
    void the_default_policy_allows_fourteen_days_and_no_drift_at_all() {
        assertThat(FreshnessPolicy.defaults()).isEqualTo(new FreshnessPolicy(Duration.ofDays(14), 0, 0));
        assertThat(FreshnessPolicy.defaults().violations()).isEmpty();
    }

    @Test
    void the_maximum_age_must_be_positive() {
        assertThat(new FreshnessPolicy(Duration.ZERO, 0, 0).violations())
                .containsExactly(new FieldViolation("maxAge", "must be positive"));
        assertThat(new FreshnessPolicy(Duration.ofDays(-1), 0, 0).violations())
                .containsExactly(new FieldViolation("maxAge", "must be positive"));
        assertThat(new FreshnessPolicy(null, 0, 0).violations())
                .containsExactly(new FieldViolation("maxAge", "is required"));
    }

    @Test
    void the_maximum_age_may_be_a_year_but_not_more() {
        assertThat(new FreshnessPolicy(Duration.ofDays(365), 0, 0).violations()).isEmpty();
        assertThat(new FreshnessPolicy(Duration.ofDays(365).plusSeconds(1), 0, 0).violations())
                .extracting(FieldViolation::field).containsExactly("maxAge");
    }

    @Test
    void the_drift_allowances_must_not_be_negative() {
        assertThat(new FreshnessPolicy(Duration.ofDays(7), -1, -2).violations()).containsExactly(
                new FieldViolation("maxCustomModuleCommits", "must not be negative"),
                new FieldViolation("maxModuleListChanges", "must not be negative"));
    }

    @Test
    void drift_goes_beyond_a_policy_when_either_count_exceeds_its_allowance() {
        FreshnessPolicy tolerant = new FreshnessPolicy(Duration.ofDays(14), 2, 1);

        assertThat(new Drift(2, 1).beyond(tolerant)).isFalse();
        assertThat(new Drift(3, 0).beyond(tolerant)).isTrue();
        assertThat(new Drift(0, 2).beyond(tolerant)).isTrue();
        assertThat(Drift.NONE.beyond(FreshnessPolicy.defaults())).isFalse();
    }

    @Test
    void drift_cannot_be_negative() {
        assertThatThrownBy(() -> new Drift(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Drift(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
