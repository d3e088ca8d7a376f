package dev.golive.testing.staging;

import java.time.Instant;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/staging-rounds}: the rehearsal whose upgraded staging
 * database the power users test (the current one, reviewed), and the stretch of time they test in.
 */
public record StagingRoundRequest(String rehearsalId, Instant from, Instant to) {
}
