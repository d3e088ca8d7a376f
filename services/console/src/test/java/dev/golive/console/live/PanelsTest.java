package dev.golive.console.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PanelsTest {

    @Test
    void a_rollback_or_incident_event_refreshes_the_incident_panel_and_the_gates() {
        assertThat(Panels.changedBy("golive.rollback.RollbackAssessmentChanged.v1")).containsExactly("incidents", "gates");
        assertThat(Panels.changedBy("golive.incident.IncidentReported.v1")).containsExactly("incidents", "gates");
    }

    @Test
    void each_area_refreshes_the_panels_that_show_it() {
        assertThat(Panels.changedBy("golive.cutover.GoLiveWindowRescheduled.v1")).contains("timeline");
        assertThat(Panels.changedBy("golive.staging.RehearsalStageChanged.v1")).contains("rehearsal");
        assertThat(Panels.changedBy("golive.integration.ProbeCompleted.v1")).contains("integrations");
        assertThat(Panels.changedBy("golive.testing.ResultRecorded.v1")).contains("tests", "roster");
        assertThat(Panels.changedBy("golive.notification.DeliverySent.v1")).containsExactly("notifications");
        assertThat(Panels.changedBy("golive.runbook.RunbookTaskChanged.v1")).containsExactly("runbook");
        assertThat(Panels.changedBy("golive.runbook.RunbookProjectionChanged.v1")).containsExactly("runbook");
    }

    @Test
    void an_unknown_or_missing_type_refreshes_nothing() {
        assertThat(Panels.changedBy(null)).isEmpty();
        assertThat(Panels.changedBy("golive.payroll.Paid.v1")).isEmpty();
        assertThat(Panels.changedBy("com.example.Other")).isEmpty();
        assertThat(Panels.changedBy("golive.")).isEmpty();
    }
}
