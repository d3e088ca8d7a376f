package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** Test coverage changed, per business area: how many scenarios (and critical ones) passed, failed, are blocked or not run yet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverageChanged(String cutoverId, List<AreaCoverage> areas, Instant changedAt) implements GoliveEvent {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaCoverage(String area, int scenarios, int passed, int failed, int blocked, int criticalScenarios,
                               int criticalPassed) {
    }
}
