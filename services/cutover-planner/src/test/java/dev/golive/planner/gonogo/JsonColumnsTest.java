package dev.golive.planner.gonogo;

import dev.golive.planner.domain.CriticalIncidents;
import dev.golive.planner.domain.GateEvidence;
import dev.golive.planner.domain.GoNoGoGates;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence survives its JSON column: the gates read the same from the stored copy. */
class JsonColumnsTest {

    @Test
    void evidence_read_back_evaluates_to_the_same_gates() {
        Instant downtime = Instant.parse("2026-12-11T16:00:00Z");
        GateEvidence evidence = new GateEvidence();
        evidence.stagingReadiness(false, List.of("STALE"));
        evidence.rehearsalCompleted("r1", "SUCCEEDED");
        evidence.summaryItemRaised(new GateEvidence.SummaryItem("i1", "r1", "DISABLED_VIEW", null, null,
                "custom view disabled", null));
        evidence.forecastExceeded(new GateEvidence.ForecastExceeded("r1", Duration.ofMinutes(300),
                Duration.ofHours(4), Duration.ofHours(1)));
        evidence.developerReviewChanged(new GateEvidence.DeveloperReview("r1", false, 2,
                List.of("Important PDF reports print", "Logs reviewed")));
        evidence.stagingRoundChanged(new GateEvidence.StagingRound("r1", "round-1", false,
                List.of(new GateEvidence.CriticalFlow("S-1", "Confirm a sales order", "SALES", "FAILED"))));
        evidence.stagingRoundChanged(new GateEvidence.StagingRound("r2", "none", false, List.of()));
        evidence.integrationReadiness(false, List.of("bank feed not verified"));
        evidence.planPublished(new GateEvidence.TestPlan("p1", 1,
                List.of(new GateEvidence.UnassignedScenario("S-1", "Pay a supplier", "NO_TESTER: nobody", true))));
        evidence.rosterPublished(List.of(new GateEvidence.RosterGap("PRIMARY", downtime, downtime.plusSeconds(60))));

        String json = JsonColumns.write(evidence);
        GateEvidence back = JsonColumns.read(json, GateEvidence.class);

        assertThat(GoNoGoGates.evaluate(back, CriticalIncidents.NONE).verdicts())
                .isEqualTo(GoNoGoGates.evaluate(evidence, CriticalIncidents.NONE).verdicts());
        assertThat(JsonColumns.write(back)).isEqualTo(json);
    }
}
