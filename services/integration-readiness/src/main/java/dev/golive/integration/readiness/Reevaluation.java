package dev.golive.integration.readiness;

import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.integration.IntegrationConfig;
import dev.golive.integration.checklist.ChecklistStore;
import dev.golive.integration.cutover.CutoverProjection;
import dev.golive.integration.domain.CutoverReadiness;
import dev.golive.integration.domain.CutoverVerdict;
import dev.golive.integration.domain.IntegrationReadiness;
import dev.golive.integration.domain.IntegrationVerdict;
import dev.golive.integration.domain.ProbeResult;
import dev.golive.integration.domain.Verdict;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.probe.ProbeResultRow;
import dev.golive.integration.probe.ProbeRow;
import dev.golive.messaging.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Judges the readiness of a cutover's integrations ({@link IntegrationReadiness}, {@link CutoverReadiness})
 * and, in the transaction of every change that can move it, announces each verdict that changed — of an
 * integration, and of the cutover (integrationId null) — as IntegrationReadinessChanged. A verdict changes
 * when it turns ready or not ready, or its reasons change. One cutover is judged by one transaction at a
 * time (an advisory lock on its id).
 */
@ApplicationScoped
public class Reevaluation {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ChecklistStore checklists;

    @Inject
    IntegrationConfig config;

    @Inject
    EntityManager entityManager;

    /** The verdicts as they are now, without announcing anything. */
    public ReadinessReport report(UUID cutoverId) {
        Instant now = clock.instant();
        Optional<CutoverProjection> cutover = CutoverProjection.of(cutoverId);
        ZoneId zone = cutover.map(c -> c.zone).flatMap(Reevaluation::zone).orElse(ZoneOffset.UTC);
        LocalDate known = cutover.map(c -> c.goLiveDate).orElse(null);
        LocalDate goLive = known != null ? known : LocalDate.ofInstant(now, zone);
        List<IntegrationVerdict> verdicts = new ArrayList<>();
        List<ReadinessReport.IntegrationReadinessView> views = new ArrayList<>();
        for (IntegrationRow row : IntegrationRow.ofCutover(cutoverId)) {
            Verdict verdict = verdict(row, goLive);
            verdicts.add(IntegrationVerdict.of(row.toDomain(), verdict));
            views.add(new ReadinessReport.IntegrationReadinessView(row.id, row.name, row.criticality.name(),
                    verdict.ready(), verdict.reasons()));
        }
        CutoverVerdict overall = CutoverReadiness.evaluate(verdicts);
        return new ReadinessReport(cutoverId, overall.ready(), overall.reasons(), overall.notBlocking(), goLive,
                known != null, List.copyOf(views), now);
    }

    private Verdict verdict(IntegrationRow row, LocalDate goLive) {
        List<ProbeRow> probes = ProbeRow.ofIntegration(row.id);
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (ProbeRow probe : probes) {
            Optional<ProbeResultRow> latest = ProbeResultRow.latest(probe.id);
            if (latest.isEmpty()) {
                failures.add("probe of " + probe.target + " has not run yet");
                continue;
            }
            ran++;
            ProbeResult result = latest.get().toDomain();
            if (!result.passed()) {
                failures.add(probes.size() == 1 ? String.join("; ", result.failures())
                        : probe.target + ": " + String.join("; ", result.failures()));
            }
        }
        // The domain judges "the last probe": with several, their latest results together.
        Optional<ProbeResult> lastProbe = ran == 0 ? Optional.empty() : Optional.of(ProbeResult.of(failures));
        return IntegrationReadiness.evaluate(row.toDomain(), checklists.load(row.id), !probes.isEmpty(), lastProbe,
                goLive, config.credentialMargin());
    }

    /** Re-judges the cutover and announces what changed; call it in the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReadinessReport afterChange(UUID cutoverId) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(?1) AS text)")
                .setParameter(1, cutoverId.getMostSignificantBits() ^ cutoverId.getLeastSignificantBits())
                .getSingleResult();
        entityManager.flush();
        ReadinessReport report = report(cutoverId);
        for (ReadinessReport.IntegrationReadinessView integration : report.integrations()) {
            announceIfChanged(cutoverId, integration.integrationId().toString(), integration.integrationId().toString(),
                    integration.ready(), integration.reasons(), report.evaluatedAt());
        }
        List<String> all = new ArrayList<>(report.reasons());
        all.addAll(report.notBlocking());
        announceIfChanged(cutoverId, ReadinessStateRow.CUTOVER, null, report.ready(), all, report.evaluatedAt());
        return report;
    }

    /** Forgets the last verdict of an integration that was removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(UUID cutoverId, UUID integrationId) {
        ReadinessStateRow.deleteById(new ReadinessStateRow.Key(cutoverId, integrationId.toString()));
    }

    private void announceIfChanged(UUID cutoverId, String scope, String integrationId, boolean ready,
                                   List<String> reasons, Instant at) {
        ReadinessStateRow state = ReadinessStateRow.findById(new ReadinessStateRow.Key(cutoverId, scope));
        if (state != null && state.ready == ready && state.reasons.equals(reasons)) {
            return;
        }
        if (state == null) {
            state = new ReadinessStateRow();
            state.key = new ReadinessStateRow.Key(cutoverId, scope);
            state.ready = ready;
            state.reasons = new ArrayList<>(reasons);
            state.evaluatedAt = at;
            state.persist();
        } else {
            state.ready = ready;
            state.reasons = new ArrayList<>(reasons);
            state.evaluatedAt = at;
        }
        outbox.append(new IntegrationReadinessChanged(cutoverId.toString(), integrationId, ready, List.copyOf(reasons), at));
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
