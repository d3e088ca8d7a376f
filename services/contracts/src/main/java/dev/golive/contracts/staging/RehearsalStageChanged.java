package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** A rehearsal moved from one stage to another (REQUESTED, STANDARD_UPGRADE_RUNNING, AWAITING_CUSTOM_MODULES, CUSTOM_MODULE_UPGRADE, SUCCEEDED, FAILED, ABANDONED). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RehearsalStageChanged(String cutoverId, String rehearsalId, String from, String to, String changedBy,
                                    Instant changedAt) implements GoliveEvent {
}
