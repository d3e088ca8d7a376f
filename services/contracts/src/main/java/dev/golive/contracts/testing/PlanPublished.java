package dev.golive.contracts.testing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/** The weekend test plan was published: every assignment, and what could not be assigned with the reason. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanPublished(String cutoverId, String planId, List<Assignment> assignments, List<Unassigned> unassigned,
                            String publishedBy, Instant publishedAt) implements GoliveEvent {

    /** One scenario given to one tester for a slot (instants). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assignment(String assignmentId, String scenarioId, String scenarioTitle, String area,
                             boolean critical, String testerId, String testerUsername, Instant start,
                             Instant end) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code critical} is null in plans published before the field existed: read it as "maybe". */
    public record Unassigned(String scenarioId, String scenarioTitle, String reason, Boolean critical) {
    }
}
