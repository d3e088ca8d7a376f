package dev.golive.integration.probe;

import dev.golive.problems.field.FieldViolation;
import dev.golive.integration.domain.ProbeRules;
import dev.golive.integration.domain.ProbeSpec;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.integration.readiness.Reevaluation;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Defines and removes the probes of an integration; a new probe that has not run makes the integration not ready. */
@ApplicationScoped
public class ProbeService {

    @Inject
    Clock clock;

    @Inject
    Reevaluation reevaluation;

    @Transactional
    public ProbeRow define(UUID cutoverId, UUID integrationId, ProbeRequest request, String who) {
        ProbeRuns.refuseCancelled(cutoverId);
        IntegrationRow.require(cutoverId, integrationId);
        ProbeSpec spec = parse(request);
        ProbeRow row = new ProbeRow();
        row.id = UUID.randomUUID();
        row.integrationId = integrationId;
        row.cutoverId = cutoverId;
        row.set(spec);
        row.createdBy = who;
        row.createdAt = clock.instant();
        row.persist();
        reevaluation.afterChange(cutoverId);
        return row;
    }

    @Transactional
    public void remove(UUID cutoverId, UUID integrationId, UUID probeId) {
        ProbeRuns.refuseCancelled(cutoverId);
        ProbeRow.require(cutoverId, integrationId, probeId).delete();
        ProbeRow.flush();
        reevaluation.afterChange(cutoverId);
    }

    /** The request with the defaults of {@link ProbeSpec#of} filled in, or a 422 naming every offending field. */
    static ProbeSpec parse(ProbeRequest request) {
        if (request == null) {
            throw ProblemException.invalid("target", "is required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        URI target = null;
        if (request.target() == null || request.target().isBlank()) {
            violations.add(new FieldViolation("target", "is required"));
        } else {
            try {
                target = new URI(request.target().strip());
            } catch (URISyntaxException e) {
                violations.add(new FieldViolation("target", "is not a URI: " + e.getReason()));
            }
        }
        ProbeSpec spec = new ProbeSpec(target,
                request.expectedStatus() != null ? request.expectedStatus() : ProbeSpec.DEFAULT_STATUS,
                request.timeout() != null ? request.timeout() : ProbeSpec.DEFAULT_TIMEOUT,
                request.retries() != null ? request.retries() : ProbeSpec.DEFAULT_RETRIES,
                request.initialBackoff() != null ? request.initialBackoff() : ProbeSpec.DEFAULT_BACKOFF,
                request.jsonAssertions(),
                request.certificateMargin() != null ? request.certificateMargin() : ProbeSpec.DEFAULT_CERTIFICATE_MARGIN);
        for (FieldViolation v : ProbeRules.check(spec)) {
            if (!(v.field().equals("target") && !violations.isEmpty() && violations.get(0).field().equals("target"))) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .toList());
        }
        return spec;
    }
}
