package dev.golive.staging.readiness;

import dev.golive.contracts.Roles;
import dev.golive.staging.domain.Forecast;
import dev.golive.staging.domain.ProductionForecast;
import dev.golive.staging.domain.StagingReadiness;
import dev.golive.staging.domain.Verdict;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The staging verdict of a cutover as of now, with the production upgrade forecast. */
@Path("/api/cutovers/{cutoverId}/staging-readiness")
@Produces(MediaType.APPLICATION_JSON)
public class ReadinessResource {

    @Inject
    Clock clock;

    @Inject
    StagingConfig config;

    @GET
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public ReadinessView get(@PathParam("cutoverId") UUID cutoverId) {
        StagingFacts facts = StagingFacts.load(cutoverId);
        Instant now = clock.instant();
        Verdict verdict = facts.verdict(now);
        double factor = config.forecast().safetyFactor();
        ForecastView forecast = facts.productionForecast(config.forecast())
                .map(f -> ForecastView.of(facts.latestSuccessful().orElseThrow().id(), f, factor)).orElse(null);
        return new ReadinessView(cutoverId, verdict.ready(), verdict.reasons().stream().map(Enum::name).toList(),
                verdict.basedOnRehearsal(), now, facts.refreshDeadline(),
                StagingReadiness.judgedAt(facts.refreshDeadline(), now),
                facts.latestSuccessful().map(r -> r.productionBackupAt()).orElse(null),
                new DriftView(facts.drift().customModuleCommits(), facts.drift().moduleListChanges()),
                forecast);
    }

    /**
     * @param judgedAt         the moment freshness is judged at: the refresh deadline, or now once past it
     * @param drift            production changes since the backup of the rehearsal the verdict is based on
     * @param forecast         null until a rehearsal succeeded and the cutover's expected downtime is known
     */
    public record ReadinessView(UUID cutoverId, boolean ready, List<String> reasons, UUID basedOnRehearsalId,
                                Instant evaluatedAt, Instant refreshDeadline, Instant judgedAt,
                                Instant productionBackupAt, DriftView drift, ForecastView forecast) {
    }

    public record DriftView(int customModuleCommits, int moduleListChanges) {
    }

    /**
     * The forecast and its basis: {@code estimate = max(floor, measured × safetyFactor × sizeRatio)}
     * ({@code sizeRatio} null unless both database sizes are known); {@code plausible} false, with
     * {@code reason}, when the rehearsal measured less than a real upgrade takes.
     */
    public record ForecastView(UUID rehearsalId, Duration estimate, Duration expectedDowntime, boolean fits,
                               Duration margin, double safetyFactor, Duration measured, Double sizeRatio,
                               Duration floor, boolean plausible, String reason) {
        static ForecastView of(UUID rehearsalId, ProductionForecast p, double factor) {
            Forecast f = p.forecast();
            return new ForecastView(rehearsalId, f.estimate(), f.expectedDowntime(), f.fits(), f.margin(), factor,
                    p.measured(), p.sizeRatio(), p.floor(), p.plausible(), p.reason());
        }
    }
}
