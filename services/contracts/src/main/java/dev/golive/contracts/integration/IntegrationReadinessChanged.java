package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/** The readiness of one integration, or of the cutover's integrations as a whole ({@code integrationId} null), changed; not ready carries every reason. A go/no-go gate. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationReadinessChanged(String cutoverId, @OptionalField String integrationId, boolean ready,
                                          List<String> reasons, Instant changedAt) implements GoliveEvent {
}
