package dev.golive.staging.webhook;

import dev.golive.staging.domain.AttemptOutcome;
import dev.golive.staging.domain.ErrorCategory;
import dev.golive.staging.domain.RehearsalStage;

import java.time.Instant;
import java.util.UUID;

/**
 * The body of a webhook call: one report about one rehearsal.
 *
 * <ul>
 *   <li>{@code stage-changed}: {@code rehearsalId}, {@code stage} (STANDARD_UPGRADE_RUNNING, FAILED, ABANDONED,
 *       or SUCCEEDED for a database without custom modules);</li>
 *   <li>{@code hop-started}: {@code rehearsalId}, {@code fromVersion};</li>
 *   <li>{@code hop-finished}: {@code rehearsalId}, {@code fromVersion}, {@code outcome} (SUCCEEDED, FAILED);</li>
 *   <li>{@code attempt-started}: {@code rehearsalId}, {@code commitRef} (a push);</li>
 *   <li>{@code attempt-finished}: {@code rehearsalId}, {@code outcome}, {@code errorCategory} when failed,
 *       {@code logExcerpt}, optionally {@code attemptNumber} (must be the running attempt).</li>
 * </ul>
 * {@code at}, optional, is when it happened (not in the future); the time of receipt otherwise.
 */
public record WebhookCall(String action, UUID rehearsalId, RehearsalStage stage, Integer fromVersion,
                          AttemptOutcome outcome, String commitRef, Integer attemptNumber,
                          ErrorCategory errorCategory, String logExcerpt, Instant at) {
}
