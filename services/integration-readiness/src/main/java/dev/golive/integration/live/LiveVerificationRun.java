package dev.golive.integration.live;

import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.integration.cutover.CutoverProjection;
import dev.golive.integration.domain.Criticality;
import dev.golive.integration.domain.IntegrationKind;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.probe.ProbeResultRow;
import dev.golive.integration.probe.ProbeRow;
import dev.golive.integration.probe.ProbeRuns;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.scheduling.trigger.Firing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs a planned live verification once: the probes of each integration on production (LIVE results,
 * each announced as ProbeCompleted), then LiveVerificationCompleted per integration; a failed live check
 * of a CRITICAL integration is also announced as IncidentDetected (source {@code integration-readiness},
 * sourceRef the integration id), which rollback-decision turns into an incident. A verification of a
 * cancelled cutover, or one already started, does nothing.
 */
@ApplicationScoped
public class LiveVerificationRun {

    private static final Logger LOG = Logger.getLogger(LiveVerificationRun.class);
    public static final String SOURCE = "integration-readiness";

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ProbeRuns probeRuns;

    @Inject
    EntityManager entityManager;

    private record Target(UUID integrationId, String name, IntegrationKind kind, Criticality criticality,
                          List<ProbeRuns.Planned> probes) {
    }

    /** {@code dueAt}: the verification's planned instant; every event it makes tells how late it started. */
    public void run(UUID cutoverId, int windowRevision, Instant dueAt) {
        long latenessMillis = Firing.latenessOf(dueAt, clock.instant()).toMillis();
        List<Target> targets = QuarkusTransaction.requiringNew().call(() -> start(cutoverId, windowRevision));
        try {
            for (Target target : targets) {
                List<ProbeResultRow> results = probeRuns.runAll(target.probes(), ProbeResultRow.RunKind.LIVE,
                        latenessMillis);
                List<String> failures = new ArrayList<>();
                if (results.isEmpty()) {
                    failures.add("no live check could be run: its probes were removed");
                }
                for (ProbeResultRow result : results) {
                    if (!result.passed()) {
                        result.failures.forEach(f -> failures.add(result.target + ": " + f));
                    }
                }
                QuarkusTransaction.requiringNew().run(() -> completed(cutoverId, windowRevision, target, failures,
                        latenessMillis));
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                LiveVerificationRow row = LiveVerificationRow.lock(cutoverId, windowRevision);
                if (row != null && row.completedAt == null) {
                    row.completedAt = clock.instant();
                }
            });
        }
    }

    private List<Target> start(UUID cutoverId, int windowRevision) {
        LiveVerificationRow row = LiveVerificationRow.lock(cutoverId, windowRevision);
        CutoverProjection cutover = CutoverProjection.of(cutoverId).orElse(null);
        if (row == null || row.startedAt != null || (cutover != null && cutover.cancelled())) {
            LOG.infof("ignoring live verification of %s (revision %d): unknown, already run or cancelled",
                    cutoverId, windowRevision);
            return List.of();
        }
        row.startedAt = clock.instant();
        List<Target> targets = new ArrayList<>();
        for (String id : row.integrationIds) {
            IntegrationRow integration = IntegrationRow.findById(UUID.fromString(id));
            if (integration == null) {
                continue;
            }
            targets.add(new Target(integration.id, integration.name, integration.kind, integration.criticality,
                    ProbeRow.ofIntegration(integration.id).stream().map(p -> new ProbeRuns.Planned(p.id,
                            p.integrationId, p.cutoverId, p.spec())).toList()));
        }
        return targets;
    }

    private void completed(UUID cutoverId, int windowRevision, Target target, List<String> failures,
                           long latenessMillis) {
        if (IntegrationRow.findById(target.integrationId()) == null) {
            return;
        }
        Instant now = clock.instant();
        boolean passed = failures.isEmpty();
        entityManager.createNativeQuery("""
                        INSERT INTO live_check (cutover_id, window_revision, integration_id, passed, failures, completed_at)
                        VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6)
                        ON CONFLICT (cutover_id, window_revision, integration_id)
                        DO UPDATE SET passed = excluded.passed, failures = excluded.failures, completed_at = excluded.completed_at""")
                .setParameter(1, cutoverId)
                .setParameter(2, windowRevision)
                .setParameter(3, target.integrationId())
                .setParameter(4, passed)
                .setParameter(5, json(failures))
                .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        outbox.append(new LiveVerificationCompleted(cutoverId.toString(), target.integrationId().toString(), passed,
                List.copyOf(failures), now, latenessMillis));
        if (!passed && target.criticality() == Criticality.CRITICAL) {
            outbox.append(new IncidentDetected(cutoverId.toString(), SOURCE, target.integrationId().toString(),
                    "Live check of " + target.name() + " failed",
                    "The live verification after go-live failed for critical integration " + target.name() + ": "
                            + String.join("; ", failures),
                    businessFlow(target.kind()), "CRITICAL", true, false, false, null, now));
        }
        LOG.infof("live verification of %s in %s: %s", target.name(), cutoverId, passed ? "passed" : failures);
    }

    /** The business flow a failing integration of this kind stops. */
    static String businessFlow(IntegrationKind kind) {
        return switch (kind) {
            case PAYMENT_PROVIDER, BANK_FEED -> "INVOICING_AND_ACCOUNTING";
            case SHIPPING_CARRIER -> "INVENTORY_AND_DELIVERY";
            case MARKETPLACE -> "SALES";
            case WEBSITE -> "WEBSITE_AND_PORTAL";
            case EMAIL, CUSTOM_API, OTHER -> "OTHER";
        };
    }

    private static String json(List<String> values) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(values);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
