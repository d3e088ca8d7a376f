package dev.golive.staging.readiness;

import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.UpgradeForecastChanged;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.staging.domain.Forecast;
import dev.golive.staging.domain.ProductionForecast;
import dev.golive.staging.domain.Rehearsal;
import dev.golive.staging.domain.RefreshReason;
import dev.golive.staging.domain.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Called at the end of every change to a cutover's staging facts (rehearsal, attempt, summary
 * item, policy, drift, window), in the same transaction. It announces, through the outbox:
 * <ul>
 *   <li>{@code StagingReadinessChanged} when the verdict differs from the last one announced;</li>
 *   <li>{@code StagingRefreshDue} at once when a change makes the last successful rehearsal
 *       unusable (drift beyond the policy, the most recent rehearsal failed), once per cause as it appears;</li>
 *   <li>{@code UpgradeForecastChanged} when the production forecast or its basis changes (a new
 *       successful rehearsal, a database size, the window's expected downtime moving the forecast)
 *       or its plausibility;</li>
 *   <li>{@code UpgradeForecastExceedsWindow} when the forecast (with the size ratio and the floor) does
 *       not fit the expected downtime, once per rehearsal and expected downtime.</li>
 * </ul>
 * Changes of one cutover are serialised on its {@code readiness_state} row.
 */
@ApplicationScoped
public class Reevaluation {

    private static final Logger LOG = Logger.getLogger(Reevaluation.class);

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    StagingConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public Verdict afterChange(UUID cutoverId) {
        ReadinessState state = ReadinessState.lockOrCreate(cutoverId);
        StagingFacts facts = StagingFacts.load(cutoverId);
        Instant now = clock.instant();
        String cutover = cutoverId.toString();

        Verdict verdict = facts.verdict(now);
        if (!state.announced(verdict)) {
            LOG.debugf("staging of %s: ready %s %s", cutoverId, verdict.ready(), verdict.reasons());
            state.announce(verdict, now);
            outbox.append(new StagingReadinessChanged(cutover, verdict.ready(),
                    verdict.reasons().stream().map(Enum::name).toList(),
                    verdict.basedOnRehearsal() == null ? null : verdict.basedOnRehearsal().toString(), now));
        }

        Set<RefreshReason> causes = facts.immediateRefreshCauses();
        Set<RefreshReason> announced = state.refreshCauses();
        for (RefreshReason cause : causes) {
            if (!announced.contains(cause)) {
                outbox.append(refreshDue(facts, cause, now, null));
            }
        }
        state.refreshCauses(causes);

        Optional<ProductionForecast> production = facts.productionForecast(config.forecast());
        if (production.isPresent()) {
            ProductionForecast p = production.get();
            String rehearsalId = facts.latestSuccessful().orElseThrow().id().toString();
            // In whole seconds, the precision a forecast of hours has: a few microseconds more in a measurement
            // is no new forecast to announce.
            Duration measured = p.measured().truncatedTo(ChronoUnit.SECONDS);
            Duration estimate = p.forecast().estimate().truncatedTo(ChronoUnit.SECONDS);
            String key = String.join("|", rehearsalId, measured.toString(), String.valueOf(p.sizeRatio()),
                    estimate.toString(), p.floor().toString(), String.valueOf(p.plausible()));
            if (!key.equals(state.forecastAnnounced)) {
                state.forecastAnnounced = key;
                outbox.append(new UpgradeForecastChanged(cutover, rehearsalId, measured, p.sizeRatio(),
                        estimate, p.floor(), p.plausible(), p.reason(), now));
            }
        }
        Optional<Forecast> forecast = production.map(ProductionForecast::forecast);
        if (forecast.isPresent() && !forecast.get().fits()) {
            Rehearsal basis = facts.latestSuccessful().orElseThrow();
            Forecast f = forecast.get();
            int inserted = ReadinessState.getEntityManager().createNativeQuery("""
                            INSERT INTO forecast_alert (rehearsal_id, expected_downtime_s, cutover_id, forecast_s, raised_at)
                            VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                    .setParameter(1, basis.id())
                    .setParameter(2, f.expectedDowntime().getSeconds())
                    .setParameter(3, cutoverId)
                    .setParameter(4, f.estimate().getSeconds())
                    .setParameter(5, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .executeUpdate();
            if (inserted == 1) {
                outbox.append(new UpgradeForecastExceedsWindow(cutover, basis.id().toString(), f.estimate(),
                        f.expectedDowntime(), f.margin().negated(), now));
            }
        }
        return verdict;
    }

    /**
     * The event saying a refresh is due for {@code reason}; {@code latenessMillis} how late the refresh
     * deadline fired when it is the deadline that says so, null when a change does.
     */
    public StagingRefreshDue refreshDue(StagingFacts facts, RefreshReason reason, Instant now, Long latenessMillis) {
        return new StagingRefreshDue(facts.cutoverId().toString(), reason.name(), facts.detail(reason, now),
                facts.refreshDeadline(), facts.latestSuccessful().map(r -> r.id().toString()).orElse(null), now,
                latenessMillis);
    }
}
