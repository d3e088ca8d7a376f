package dev.golive.contracts.runbook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;

/** An ops lead gave a cutover its runbook, from a template ({@code tasks}: how many it starts with). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunbookInstantiated(String cutoverId, String runbookId, String templateName, int tasks,
                                  String instantiatedBy, Instant instantiatedAt) implements GoliveEvent {
}
