package dev.golive.staging.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The production upgrade's forecast with its basis: what the rehearsal {@code measured}, production's
 * database size over the rehearsal's ({@code sizeRatio}, null unless both are known), the {@code floor}
 * no forecast goes below, and whether the measurement is {@code plausible} ({@code reason} says why
 * not). {@code forecast} is the figure against the window's expected downtime.
 *
 * <p>{@code forecast = max(floor, measured × safetyFactor × sizeRatio)} (ratio 1 when unknown), rounded
 * up to the whole second. The floor stands for what an Odoo major-version upgrade of a production
 * database never takes less than; a measurement below the plausible minimum says the rehearsal's
 * durations were not recorded as they happened (a rehearsal reported after the fact in seconds), so the
 * forecast built on it cannot be trusted, whatever the floor makes of it.
 */
public record ProductionForecast(Duration measured, Double sizeRatio, Duration floor, boolean plausible, String reason,
                                 Forecast forecast) {

    public ProductionForecast {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(forecast, "forecast");
    }

    /**
     * @param rehearsalSizeMb  the rehearsal's database size, null when unknown
     * @param productionSizeMb production's database size, null when unknown
     * @throws DomainRejection          {@code rehearsal-not-succeeded} unless the rehearsal succeeded
     * @throws IllegalArgumentException as {@link UpgradeForecast#estimate}, or for a negative floor or minimum
     */
    public static ProductionForecast of(Rehearsal succeeded, Duration expectedDowntime, double safetyFactor,
                                        Long rehearsalSizeMb, Long productionSizeMb, Duration floor,
                                        Duration plausibleMinimum) {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(plausibleMinimum, "plausibleMinimum");
        if (floor.isNegative() || plausibleMinimum.isNegative()) {
            throw new IllegalArgumentException("the floor and the plausible minimum cannot be negative");
        }
        Forecast measuredOnly = UpgradeForecast.estimate(succeeded, expectedDowntime, safetyFactor);
        Duration measured = UpgradeForecast.measured(succeeded);
        Double ratio = rehearsalSizeMb != null && productionSizeMb != null && rehearsalSizeMb > 0
                ? (double) productionSizeMb / rehearsalSizeMb : null;
        Duration scaled = ratio == null ? measuredOnly.estimate() : times(measuredOnly.estimate(), ratio);
        Duration estimate = scaled.compareTo(floor) < 0 ? floor : scaled;
        Duration margin = expectedDowntime.minus(estimate);
        boolean plausible = measured.compareTo(plausibleMinimum) >= 0;
        String reason = plausible ? null : "the rehearsal measured " + words(measured) + " for the upgrade "
                + succeeded.sourceVersion() + " → " + succeeded.targetVersion() + ", below the plausible "
                + words(plausibleMinimum) + ": record the real durations of the rehearsal";
        return new ProductionForecast(measured, ratio, floor, plausible, reason,
                new Forecast(estimate, expectedDowntime, !margin.isNegative(), margin));
    }

    /** A duration as people say it: "1 s", "5 min", "2 h 30 min", "1 h 0 min 5 s". */
    public static String words(Duration d) {
        long seconds = d.toSeconds();
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        StringBuilder text = new StringBuilder();
        if (h > 0) {
            text.append(h).append(" h");
        }
        if (m > 0 || (h > 0 && s > 0)) {
            text.append(text.isEmpty() ? "" : " ").append(m).append(" min");
        }
        if (s > 0 || text.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(s).append(" s");
        }
        return text.toString();
    }

    private static Duration times(Duration d, double factor) {
        BigDecimal seconds = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        BigDecimal scaled = seconds.multiply(new BigDecimal(Double.toString(factor))).setScale(0, RoundingMode.CEILING);
        return Duration.ofSeconds(scaled.longValueExact());
    }
}
