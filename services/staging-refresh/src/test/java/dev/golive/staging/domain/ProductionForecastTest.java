package dev.golive.staging.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The production forecast's basis: the size ratio, the floor and the plausibility of what was measured. */
class ProductionForecastTest {

    private static final Instant T = Instant.parse("2026-05-04T09:00:00Z");
    private static final Duration FLOOR = Duration.ofMinutes(30);
    private static final Duration PLAUSIBLE = Duration.ofMinutes(5);

    /** A rehearsal 16 → 19 without custom modules whose three hops took {@code total} together. */
    private static Rehearsal upgradeOf(Duration total) {
        Rehearsal r = Rehearsal.request(UUID.randomUUID(), "c", T.minusSeconds(3600), 16, 19, T);
        r.hopStarted(16, T);
        r.hopFinished(16, true, T);
        r.hopStarted(17, T);
        r.hopFinished(17, true, T);
        r.hopStarted(18, T);
        r.moveTo(RehearsalStage.SUCCEEDED, T.plus(total));
        return r;
    }

    @Test
    void a_plausible_forecast_is_scaled_by_productions_size_over_the_rehearsals() {
        ProductionForecast p = ProductionForecast.of(upgradeOf(Duration.ofHours(1)), Duration.ofHours(4), 1.25,
                10_000L, 25_000L, FLOOR, PLAUSIBLE);
        assertThat(p.measured()).isEqualTo(Duration.ofHours(1));
        assertThat(p.sizeRatio()).isEqualTo(2.5);
        assertThat(p.forecast().estimate()).isEqualTo(Duration.ofMinutes(187).plusSeconds(30)); // 1 h × 1.25 × 2.5
        assertThat(p.forecast().fits()).isTrue();
        assertThat(p.plausible()).isTrue();
        assertThat(p.reason()).isNull();
        assertThat(p.floor()).isEqualTo(FLOOR);
    }

    @Test
    void without_both_sizes_there_is_no_ratio_and_the_forecast_is_the_measurement_times_the_factor() {
        for (Long[] sizes : new Long[][]{{null, 25_000L}, {10_000L, null}, {null, null}}) {
            ProductionForecast p = ProductionForecast.of(upgradeOf(Duration.ofHours(2)), Duration.ofHours(4), 1.25,
                    sizes[0], sizes[1], FLOOR, PLAUSIBLE);
            assertThat(p.sizeRatio()).isNull();
            assertThat(p.forecast().estimate()).isEqualTo(Duration.ofMinutes(150));
        }
    }

    @Test
    void a_one_second_rehearsal_is_implausible_and_says_why_while_the_floor_holds_the_forecast() {
        ProductionForecast p = ProductionForecast.of(upgradeOf(Duration.ofSeconds(1)), Duration.ofHours(4), 1.25,
                null, null, FLOOR, PLAUSIBLE);
        assertThat(p.plausible()).isFalse();
        assertThat(p.reason()).isEqualTo("the rehearsal measured 1 s for the upgrade 16 → 19, below the plausible "
                + "5 min: record the real durations of the rehearsal");
        assertThat(p.measured()).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.forecast().estimate()).isEqualTo(FLOOR);
    }

    @Test
    void the_floor_applies_to_a_plausible_but_short_measurement_and_can_make_it_not_fit() {
        ProductionForecast p = ProductionForecast.of(upgradeOf(Duration.ofMinutes(10)), Duration.ofMinutes(20), 1.25,
                null, null, FLOOR, PLAUSIBLE);
        assertThat(p.plausible()).isTrue();
        assertThat(p.forecast().estimate()).isEqualTo(FLOOR); // 12.5 min measured × factor, below the floor
        assertThat(p.forecast().fits()).isFalse();
        assertThat(p.forecast().margin()).isEqualTo(Duration.ofMinutes(-10));
        // Exactly the plausible minimum is plausible.
        assertThat(ProductionForecast.of(upgradeOf(PLAUSIBLE), Duration.ofHours(1), 1.0, null, null, FLOOR, PLAUSIBLE)
                .plausible()).isTrue();
    }

    @Test
    void durations_are_said_in_words() {
        assertThat(ProductionForecast.words(Duration.ofSeconds(1))).isEqualTo("1 s");
        assertThat(ProductionForecast.words(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(ProductionForecast.words(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
        assertThat(ProductionForecast.words(Duration.ofSeconds(3605))).isEqualTo("1 h 0 min 5 s");
        assertThat(ProductionForecast.words(Duration.ZERO)).isEqualTo("0 s");
    }
}
