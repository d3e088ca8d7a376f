package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * One go/no-go gate of a cutover changed state. {@code gate} names it (STAGING_REHEARSAL,
 * UPGRADE_SUMMARY_REVIEWED, UPGRADE_FORECAST_FITS, STAGING_ACCEPTANCE, INTEGRATIONS_READY, CRITICAL_SCENARIOS_ASSIGNED,
 * ON_CALL_COVERED, NO_OPEN_CRITICAL_INCIDENT, RUNBOOK_READY); {@code state} is PASSED, FAILED or UNKNOWN (no
 * evidence yet); {@code reasons} say why it is not passed; {@code since} is when it took this state.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GateChanged(String cutoverId, String gate, String state, List<String> reasons, Instant since)
        implements GoliveEvent {
}
