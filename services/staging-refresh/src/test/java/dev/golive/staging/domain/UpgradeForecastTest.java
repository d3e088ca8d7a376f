package dev.golive.staging.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UpgradeForecastTest {

    private static final Instant BACKUP = Instant.parse("2026-05-04T02:00:00Z");

    private static Instant at(String hhmm) {
        return Instant.parse("2026-05-04T" + hhmm + ":00Z");
    }

    private static Rehearsal standardUpgradeOfThreeHours() {
        Rehearsal r = Rehearsal.request(UUID.fromString("00000000-0000-4000-8000-0000000000f1"), "c", BACKUP, 16, 19, at("09:00"));
        r.hopStarted(16, at("09:05"));
        r.hopFinished(16, true, at("09:50"));
        r.hopStarted(17, at("09:55"));
        r.hopFinished(17, true, at("10:55"));
        r.hopStarted(18, at("11:00"));
        return r;
    }

    /** Three hours of hops, three failed pushes (20, 25, 30 minutes), a fourth that succeeds in 40 minutes. */
    private static Rehearsal theFullLoop() {
        Rehearsal r = standardUpgradeOfThreeHours();
        r.hopFinished(18, true, at("12:15"));
        r.attemptStarted("a1", at("14:00"));
        r.attemptFinished(false, ErrorCategory.PYTHON_ERROR, null, at("14:20"));
        r.attemptStarted("a2", at("15:00"));
        r.attemptFinished(false, ErrorCategory.XML_OR_VIEW_ERROR, null, at("15:25"));
        r.attemptStarted("a3", at("16:00"));
        r.attemptFinished(false, ErrorCategory.REPORT_ERROR, null, at("16:30"));
        r.attemptStarted("a4", at("17:00"));
        r.attemptFinished(true, null, null, at("17:40"));
        return r;
    }

    @Test
    void the_estimate_is_the_hops_plus_the_successful_attempt_times_the_safety_factor() {
        // (3 h + 40 min) × 1.25 = 4 h 35 min; the 75 minutes of failed pushes do not count.
        Forecast f = UpgradeForecast.estimate(theFullLoop(), Duration.ofHours(5), 1.25);

        assertThat(f.estimate()).isEqualTo(Duration.ofHours(4).plusMinutes(35));
    }

    @Test
    void an_estimate_within_the_expected_downtime_fits_with_the_time_to_spare() {
        Forecast f = UpgradeForecast.estimate(theFullLoop(), Duration.ofHours(5), 1.25);

        assertThat(f).isEqualTo(new Forecast(Duration.ofHours(4).plusMinutes(35), Duration.ofHours(5), true, Duration.ofMinutes(25)));
    }

    @Test
    void an_estimate_beyond_the_expected_downtime_does_not_fit_and_the_margin_says_by_how_much() {
        Forecast f = UpgradeForecast.estimate(theFullLoop(), Duration.ofHours(4), 1.25);

        assertThat(f.fits()).isFalse();
        assertThat(f.margin()).isEqualTo(Duration.ofMinutes(-35));
    }

    @Test
    void an_estimate_exactly_as_long_as_the_downtime_fits_with_no_margin() {
        Forecast f = UpgradeForecast.estimate(theFullLoop(), Duration.ofHours(4).plusMinutes(35), 1.25);

        assertThat(f.fits()).isTrue();
        assertThat(f.margin()).isZero();
    }

    @Test
    void a_database_without_custom_modules_is_estimated_from_its_hops_alone() {
        Rehearsal r = standardUpgradeOfThreeHours();
        r.moveTo(RehearsalStage.SUCCEEDED, at("12:15"));

        assertThat(UpgradeForecast.estimate(r, Duration.ofHours(4), 1.0).estimate()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void the_estimate_is_rounded_up_to_the_second() {
        // Hops of 45 min, 60 min and 60 min 1 s, no custom modules: 9,901 s × 1.1 = 10,891.1 s.
        Rehearsal r = standardUpgradeOfThreeHours();
        r.moveTo(RehearsalStage.SUCCEEDED, at("12:00").plusSeconds(1));

        assertThat(UpgradeForecast.estimate(r, Duration.ofHours(4), 1.1).estimate()).isEqualTo(Duration.ofSeconds(10_892));
    }

    @Test
    void only_a_successful_rehearsal_can_be_forecast_from() {
        Rehearsal unfinished = standardUpgradeOfThreeHours();

        assertThatThrownBy(() -> UpgradeForecast.estimate(unfinished, Duration.ofHours(4), 1.25))
                .isInstanceOfSatisfying(DomainRejection.class, e -> assertThat(e.code()).isEqualTo("rehearsal-not-succeeded"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 10.01, Double.NaN, Double.POSITIVE_INFINITY})
    void a_safety_factor_outside_one_to_ten_is_refused(double factor) {
        Rehearsal r = theFullLoop();

        assertThatThrownBy(() -> UpgradeForecast.estimate(r, Duration.ofHours(4), factor))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_expected_downtime_must_be_positive() {
        Rehearsal r = theFullLoop();

        assertThatThrownBy(() -> UpgradeForecast.estimate(r, Duration.ZERO, 1.25)).isInstanceOf(IllegalArgumentException.class);
    }
}
