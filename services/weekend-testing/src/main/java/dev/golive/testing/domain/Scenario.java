package dev.golive.testing.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * One flow a power user tests on the upgraded system: its id (unique within a cutover), a title,
 * the business area, how critical it is, an estimate in minutes, and optionally the scenario it
 * must come after ({@code dependsOn}: a delivery is tested after the quotation that creates it).
 * Not checked here: see {@link ScenarioRules}.
 */
public record Scenario(String id, String title, BusinessArea area, Criticality criticality, int estimatedMinutes,
                       String dependsOn) {

    public boolean critical() {
        return criticality == Criticality.CRITICAL;
    }

    public Optional<String> prerequisite() {
        return Optional.ofNullable(dependsOn);
    }

    public Duration estimate() {
        return Duration.ofMinutes(estimatedMinutes);
    }
}
