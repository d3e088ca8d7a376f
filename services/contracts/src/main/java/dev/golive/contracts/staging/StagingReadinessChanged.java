package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/** The staging verdict changed: ready, or not ready with every reason (NO_SUCCESSFUL_REHEARSAL, STALE, DRIFTED, LAST_ATTEMPT_FAILED, OPEN_SUMMARY_ITEMS). A go/no-go gate. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StagingReadinessChanged(String cutoverId, boolean ready, List<String> reasons,
                                      @OptionalField String basedOnRehearsalId, Instant at) implements GoliveEvent {
}
