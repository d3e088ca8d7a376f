package dev.golive.integration.probe;

import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.integration.cutover.CutoverProjection;
import dev.golive.integration.domain.ProbeResult;
import dev.golive.integration.domain.ProbeSpec;
import dev.golive.integration.domain.ProbeVerdict;
import dev.golive.integration.probe.ProbeResultRow.RunKind;
import dev.golive.integration.readiness.Reevaluation;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.scheduling.trigger.Firing;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs probes — on request, from a scheduled trigger before the go-live, or for the live verification —
 * and records each result. The network is never touched inside a transaction: the probe is read in one,
 * run outside, and its result stored in another with its ProbeCompleted event and the new readiness.
 * Results are judged by {@link ProbeVerdict} against the go-live date in the cutover's zone (today in UTC
 * while no window is known).
 */
@ApplicationScoped
public class ProbeRuns {

    private static final Logger LOG = Logger.getLogger(ProbeRuns.class);

    /** A probe about to run, read from its row. */
    public record Planned(UUID probeId, UUID integrationId, UUID cutoverId, ProbeSpec spec) {
        static Planned of(ProbeRow row) {
            return new Planned(row.id, row.integrationId, row.cutoverId, row.spec());
        }
    }

    @Inject
    Clock clock;

    @Inject
    ProbeRunner runner;

    @Inject
    Outbox outbox;

    @Inject
    Reevaluation reevaluation;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    /** Runs one probe now, for a person who asked. */
    public ProbeResultRow runNow(UUID cutoverId, UUID integrationId, UUID probeId) {
        Planned planned = QuarkusTransaction.requiringNew().call(() -> {
            refuseCancelled(cutoverId);
            return Planned.of(ProbeRow.require(cutoverId, integrationId, probeId));
        });
        return execute(planned, RunKind.MANUAL, null)
                .orElseThrow(() -> ProblemException.notFound("probe", probeId));
    }

    /**
     * A scheduled run before the go-live: every probe of the cutover, once per window revision and
     * trigger. A trigger of an older window, of a cancelled cutover, or a second firing does nothing.
     * Each result tells how late the trigger fired after {@code dueAt}, its instant.
     */
    public void scheduledRun(UUID cutoverId, int windowRevision, String name, Instant dueAt) {
        long latenessMillis = Firing.latenessOf(dueAt, clock.instant()).toMillis();
        List<Planned> probes = QuarkusTransaction.requiringNew().call(() -> {
            CutoverProjection cutover = CutoverProjection.lock(cutoverId);
            if (cutover == null || cutover.cancelled() || cutover.windowRevision != windowRevision
                    || !firstFiring(cutoverId, windowRevision, name)) {
                LOG.infof("ignoring stale or repeated probe run %s of %s (revision %d)", name, cutoverId, windowRevision);
                return List.<Planned>of();
            }
            return ProbeRow.ofCutover(cutoverId).stream().map(Planned::of).toList();
        });
        LOG.infof("scheduled probe run %s of %s: %d probe(s)", name, cutoverId, probes.size());
        runAll(probes, RunKind.SCHEDULED, latenessMillis);
    }

    /**
     * Runs the probes one after the other and returns the results recorded (a probe deleted meanwhile has
     * none); {@code latenessMillis}: how late the trigger that runs them fired, null for no trigger.
     */
    public List<ProbeResultRow> runAll(List<Planned> probes, RunKind kind, Long latenessMillis) {
        List<ProbeResultRow> results = new ArrayList<>();
        for (Planned probe : probes) {
            try {
                execute(probe, kind, latenessMillis).ifPresent(results::add);
            } catch (RuntimeException e) {
                LOG.errorf(e, "probe %s of %s could not be run", probe.probeId(), probe.cutoverId());
            }
        }
        return results;
    }

    private Optional<ProbeResultRow> execute(Planned probe, RunKind kind, Long latenessMillis) {
        Instant started = clock.instant();
        ProbeRunner.Observed observed = runner.run(probe.spec());
        return Optional.ofNullable(QuarkusTransaction.requiringNew().call(() -> record(probe, kind, started, observed, latenessMillis)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    ProbeResultRow record(Planned probe, RunKind kind, Instant started, ProbeRunner.Observed observed,
                          Long latenessMillis) {
        if (ProbeRow.findById(probe.probeId()) == null) {
            LOG.infof("probe %s was removed while it ran: result dropped", probe.probeId());
            return null;
        }
        Optional<CutoverProjection> cutover = CutoverProjection.of(probe.cutoverId());
        ZoneId zone = cutover.map(c -> c.zone).map(ProbeRuns::zone).orElse(ZoneOffset.UTC);
        Instant now = clock.instant();
        LocalDate goLive = cutover.map(c -> c.goLiveDate).orElse(LocalDate.ofInstant(now, zone));
        ProbeResult result = ProbeVerdict.judge(probe.spec(), observed.observation(), goLive, zone);
        ProbeResultRow row = new ProbeResultRow();
        row.id = UUID.randomUUID();
        row.probeId = probe.probeId();
        row.integrationId = probe.integrationId();
        row.cutoverId = probe.cutoverId();
        row.runKind = kind;
        row.target = probe.spec().target().toString();
        row.outcome = result.passed() ? "PASSED" : "FAILED";
        row.httpStatus = observed.observation().httpStatus();
        row.responseTimeMillis = observed.observation().responseTime() == null ? null
                : observed.observation().responseTime().toMillis();
        row.certificateExpiresAt = observed.observation().certificateNotAfter();
        row.failures = new ArrayList<>(result.failures());
        row.attempts = observed.attempts();
        row.startedAt = started;
        row.completedAt = now;
        row.persist();
        outbox.append(new ProbeCompleted(probe.cutoverId().toString(), probe.integrationId().toString(),
                probe.probeId().toString(), row.target, row.outcome, row.httpStatus, row.responseTimeMillis,
                row.certificateExpiresAt, List.copyOf(row.failures), kind != RunKind.MANUAL, now, latenessMillis));
        registry.counter("golive.probe.runs", "kind", kind.name(), "outcome", row.outcome).increment();
        reevaluation.afterChange(probe.cutoverId());
        return row;
    }

    private boolean firstFiring(UUID cutoverId, int windowRevision, String name) {
        return entityManager.createNativeQuery("""
                        INSERT INTO probe_run_fired (cutover_id, window_revision, trigger_name, fired_at)
                        VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, cutoverId)
                .setParameter(2, windowRevision)
                .setParameter(3, name)
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    static void refuseCancelled(UUID cutoverId) {
        CutoverProjection.of(cutoverId).filter(CutoverProjection::cancelled).ifPresent(c -> {
            throw ProblemException.conflict("cutover-cancelled", "cutover " + cutoverId + " was cancelled",
                    List.of("CUTOVER_CANCELLED"));
        });
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
