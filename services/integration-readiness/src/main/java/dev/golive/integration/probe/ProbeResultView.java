package dev.golive.integration.probe;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One run of a probe as the API shows it. */
public record ProbeResultView(UUID id, UUID probeId, UUID integrationId, String runKind, String target, String outcome,
                              Integer httpStatus, Long responseTimeMillis, Instant certificateExpiresAt,
                              List<String> failures, int attempts, Instant startedAt, Instant completedAt) {

    public static ProbeResultView of(ProbeResultRow row) {
        return new ProbeResultView(row.id, row.probeId, row.integrationId, row.runKind.name(), row.target, row.outcome,
                row.httpStatus, row.responseTimeMillis, row.certificateExpiresAt, List.copyOf(row.failures),
                row.attempts, row.startedAt, row.completedAt);
    }
}
