package dev.golive.contracts.cutover;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * The ops lead decided GO or NO_GO, with who and why, and the gates that were failing at that
 * moment (a GO over failing gates is allowed but recorded). A NO_GO that moved the cutover to
 * another weekend is followed by {@link GoLiveWindowRescheduled}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoNoGoDecided(String cutoverId, String decision, String decidedBy, String reason,
                            List<String> failingGates, Instant decidedAt) implements GoliveEvent {
}
