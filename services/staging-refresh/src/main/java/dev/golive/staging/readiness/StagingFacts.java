package dev.golive.staging.readiness;

import dev.golive.staging.cutover.CutoverProjection;
import dev.golive.staging.domain.Drift;
import dev.golive.staging.domain.Forecast;
import dev.golive.staging.domain.FreshnessPolicy;
import dev.golive.staging.domain.ProductionForecast;
import dev.golive.staging.domain.RefreshDue;
import dev.golive.staging.domain.RefreshReason;
import dev.golive.staging.domain.Rehearsal;
import dev.golive.staging.domain.RehearsalStage;
import dev.golive.staging.domain.StagingReadiness;
import dev.golive.staging.domain.SummaryItem;
import dev.golive.staging.domain.UpgradeForecast;
import dev.golive.staging.domain.Verdict;
import dev.golive.staging.freshness.DriftReportRow;
import dev.golive.staging.freshness.FreshnessPolicyRow;
import dev.golive.staging.production.ProductionDatabaseRow;
import dev.golive.staging.rehearsal.RehearsalRow;
import dev.golive.staging.summary.SummaryItemRow;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the staging verdict of a cutover depends on, read in the caller's transaction:
 * its rehearsals, the summary items of the latest successful one, the drift since that one's
 * backup, the freshness policy, and the window's refresh deadline and expected downtime.
 */
public record StagingFacts(UUID cutoverId, List<Rehearsal> rehearsals, Optional<Rehearsal> latestSuccessful,
                           List<SummaryItem> itemsOfLatestSuccessful, Drift drift, FreshnessPolicy policy,
                           Instant refreshDeadline, Optional<Duration> expectedDowntime,
                           Long latestSuccessfulSizeMb, Long productionSizeMb) {

    public static StagingFacts load(UUID cutoverId) {
        List<Rehearsal> rehearsals = RehearsalRow.ofCutover(cutoverId).stream().map(RehearsalRow::toDomain).toList();
        Optional<Rehearsal> success = StagingReadiness.latestSuccessful(rehearsals);
        List<SummaryItem> items = success.map(r -> SummaryItemRow.ofRehearsal(r.id()).stream()
                .map(SummaryItemRow::toDomain).toList()).orElse(List.of());
        Drift drift = success.map(r -> DriftReportRow.since(cutoverId, r.productionBackupAt())).orElse(Drift.NONE);
        Optional<CutoverProjection> cutover = CutoverProjection.of(cutoverId);
        return new StagingFacts(cutoverId, rehearsals, success, items, drift, FreshnessPolicyRow.policyOf(cutoverId),
                cutover.map(c -> c.refreshDeadline).orElse(null),
                cutover.flatMap(CutoverProjection::expectedDowntime),
                success.map(r -> RehearsalRow.<RehearsalRow>findById(r.id())).map(row -> row.databaseSizeMb).orElse(null),
                ProductionDatabaseRow.sizeOf(cutoverId));
    }

    public Verdict verdict(Instant now) {
        return StagingReadiness.evaluate(rehearsals, itemsOfLatestSuccessful, drift, policy, refreshDeadline, now);
    }

    /** Whether a new rehearsal is due, judged at the refresh deadline (or now, once past it). */
    public Optional<RefreshReason> refreshDue(Instant now) {
        return RefreshDue.at(rehearsals, drift, policy, refreshDeadline, now);
    }

    /**
     * What makes the last successful rehearsal unusable right now, whatever the deadline: drift
     * beyond the policy, or the most recent rehearsal failed.
     */
    public Set<RefreshReason> immediateRefreshCauses() {
        Set<RefreshReason> causes = EnumSet.noneOf(RefreshReason.class);
        if (StagingReadiness.mostRecent(rehearsals).map(Rehearsal::stage).filter(s -> s == RehearsalStage.FAILED)
                .isPresent()) {
            causes.add(RefreshReason.FAILED);
        }
        if (latestSuccessful.isPresent() && drift.beyond(policy)) {
            causes.add(RefreshReason.DRIFTED);
        }
        return causes;
    }

    /** The production upgrade forecast from the latest successful rehearsal, when there is one and the downtime is known. */
    public Optional<Forecast> forecast(double safetyFactor) {
        if (latestSuccessful.isEmpty() || expectedDowntime.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(UpgradeForecast.estimate(latestSuccessful.get(), expectedDowntime.get(), safetyFactor));
    }

    /** The forecast with its basis (measured, size ratio, floor, plausibility), when there is a forecast at all. */
    public Optional<ProductionForecast> productionForecast(StagingConfig.Forecast config) {
        if (latestSuccessful.isEmpty() || expectedDowntime.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProductionForecast.of(latestSuccessful.get(), expectedDowntime.get(), config.safetyFactor(),
                latestSuccessfulSizeMb, productionSizeMb, config.floor(), config.plausibleMinimum()));
    }

    /** A sentence saying why a refresh is due, for {@code StagingRefreshDue.detail}. */
    public String detail(RefreshReason reason, Instant now) {
        return switch (reason) {
            case NONE_YET -> "No rehearsal of this cutover has succeeded yet";
            case FAILED -> "The most recent rehearsal failed; only a new one can go on";
            case TOO_OLD -> latestSuccessful.map(r -> {
                Instant judgedAt = StagingReadiness.judgedAt(refreshDeadline, now);
                return "The production backup of rehearsal " + r.id() + " (" + r.productionBackupAt() + ") is "
                        + StagingReadiness.age(r, refreshDeadline, now) + " old at " + judgedAt
                        + "; the policy allows " + policy.maxAge();
            }).orElse("The last successful rehearsal is too old");
            case DRIFTED -> "Production changed since the backup of the last successful rehearsal: "
                    + drift.customModuleCommits() + " custom-module commit(s) (policy allows "
                    + policy.maxCustomModuleCommits() + "), " + drift.moduleListChanges()
                    + " module-list change(s) (policy allows " + policy.maxModuleListChanges() + ")";
        };
    }
}
