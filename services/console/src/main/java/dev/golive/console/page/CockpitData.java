package dev.golive.console.page;

import dev.golive.console.backend.IntegrationClient;
import dev.golive.console.backend.NotificationClient;
import dev.golive.console.backend.PlannerClient;
import dev.golive.console.backend.RollbackClient;
import dev.golive.console.backend.StagingClient;
import dev.golive.console.backend.TestingClient;
import dev.golive.console.live.Panels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what each cockpit panel shows, from the service that owns it, with the user's token. A
 * panel is read alone when a live event says it changed; the whole page reads them all.
 */
@RequestScoped
public class CockpitData {

    static final String PLANNER = "cutover-planner";
    static final String STAGING = "staging-refresh";
    static final String INTEGRATION = "integration-readiness";
    static final String TESTING = "weekend-testing";
    static final String ROLLBACK = "rollback-decision";
    static final String NOTIFICATION = "notification-hub";

    @Inject
    @RestClient
    PlannerClient planner;

    @Inject
    @RestClient
    StagingClient staging;

    @Inject
    @RestClient
    IntegrationClient integration;

    @Inject
    @RestClient
    TestingClient testing;

    @Inject
    @RestClient
    RollbackClient rollback;

    @Inject
    @RestClient
    NotificationClient notification;

    public Section<Map<String, Object>> cutover(String id) {
        return Section.of(PLANNER, () -> planner.get(id));
    }

    /** The template data of the given panels (the cutover itself comes with {@link #cutover}). */
    public Map<String, Object> panels(String id, List<String> panels) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (String panel : panels) {
            switch (panel) {
                case Panels.GATES -> data.put("gates", Section.of(PLANNER, () -> planner.gates(id)));
                case Panels.REHEARSAL -> {
                    data.put("rehearsals", Section.of(STAGING, () -> staging.rehearsals(id)));
                    data.put("stagingReadiness", Section.of(STAGING, () -> staging.readiness(id)));
                }
                case Panels.INTEGRATIONS -> data.put("integrations", Section.of(INTEGRATION, () -> integration.readiness(id)));
                case Panels.INCIDENTS -> {
                    data.put("incidents", Section.of(ROLLBACK, () -> rollback.incidents(id)));
                    data.put("assessment", Section.of(ROLLBACK, () -> rollback.assessment(id)));
                }
                case Panels.TESTS -> {
                    data.put("plan", Section.of(TESTING, () -> testing.plan(id, null)));
                    data.put("coverage", Section.of(TESTING, () -> testing.coverage(id)));
                }
                case Panels.ROSTER -> data.put("roster", Section.of(TESTING, () -> testing.roster(id)));
                case Panels.NOTIFICATIONS -> data.put("deliveries", Section.of(NOTIFICATION, () -> notification.deliveries(id)));
                default -> {
                    // the timeline is drawn from the cutover itself
                }
            }
        }
        return data;
    }
}
