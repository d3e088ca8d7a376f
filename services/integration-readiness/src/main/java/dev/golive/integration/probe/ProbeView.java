package dev.golive.integration.probe;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A probe as the API shows it. */
public record ProbeView(UUID id, UUID integrationId, String target, int expectedStatus, Duration timeout, int retries,
                        Duration initialBackoff, Map<String, String> jsonAssertions, Duration certificateMargin,
                        String createdBy, Instant createdAt) {

    static ProbeView of(ProbeRow row) {
        return new ProbeView(row.id, row.integrationId, row.target, row.expectedStatus,
                Duration.ofMillis(row.timeoutMillis), row.retries, Duration.ofMillis(row.initialBackoffMillis),
                Map.copyOf(row.jsonAssertions), Duration.ofSeconds(row.certificateMarginSeconds), row.createdBy,
                row.createdAt);
    }
}
