package dev.golive.console.page;

import dev.golive.console.backend.PlannerClient;
import dev.golive.console.backend.RollbackClient;
import dev.golive.console.backend.TestingClient;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import dev.golive.console.live.LiveEvents;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether Monday is safe, for a stakeholder: per upcoming cutover its status, the next milestone,
 * the go/no-go recommendation, the rollback recommendation and the test coverage. Read-only, and
 * only status-level facts (no incident texts, no names).
 */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
public class StatusPage {

    @Inject
    @Location("status.html")
    Template status;

    @Inject
    @Location("status-list.html")
    Template statusList;

    @Inject
    Viewer viewer;

    @Inject
    @RestClient
    PlannerClient planner;

    @Inject
    @RestClient
    RollbackClient rollback;

    @Inject
    @RestClient
    TestingClient testing;

    @Inject
    Clock clock;

    @Inject
    LiveEvents live;

    /** Server-sent events: that something changed ({@code event: status}, no data). */
    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.STAKEHOLDER, Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Multi<OutboundSseEvent> events(@Context Sse sse) {
        return live.statusEvents(sse);
    }

    /** One cutover's status-level facts. */
    @TemplateData
    public record CutoverStatus(CalendarEntry entry, Section<Map<String, Object>> gates,
                                Section<Map<String, Object>> assessment, Section<Map<String, Object>> coverage) {
    }

    @GET
    @RolesAllowed({Roles.STAKEHOLDER, Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance show() {
        Statuses now = statuses();
        return status.data("viewer", viewer.who()).data("cutovers", now.cutovers()).data("unavailable", now.unavailable());
    }

    /** The same list alone, fetched again by the page when a live event arrives. */
    @GET
    @Path("/list")
    @RolesAllowed({Roles.STAKEHOLDER, Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance list() {
        Statuses now = statuses();
        return statusList.data("viewer", viewer.who()).data("cutovers", now.cutovers())
                .data("unavailable", now.unavailable());
    }

    /** The cutovers' statuses and the services that did not answer. */
    record Statuses(List<CutoverStatus> cutovers, Set<String> unavailable) {
    }

    @SuppressWarnings("unchecked")
    private Statuses statuses() {
        Section<Map<String, Object>> cutovers = Section.of(CockpitData.PLANNER, () -> planner.list(100));
        List<Object> sections = new ArrayList<>(List.of(cutovers));
        List<CutoverStatus> result = new ArrayList<>();
        if (cutovers.ok()) {
            for (CalendarEntry entry : CalendarEntry.of((List<Map<String, Object>>) cutovers.data().get("items"),
                    clock.instant())) {
                String id = String.valueOf(entry.cutover().get("id"));
                CutoverStatus s = new CutoverStatus(entry,
                        Section.of(CockpitData.PLANNER, () -> planner.gates(id)),
                        Section.of(CockpitData.ROLLBACK, () -> rollback.assessment(id)),
                        Section.of(CockpitData.TESTING, () -> testing.coverage(id)));
                sections.addAll(List.of(s.gates(), s.assessment(), s.coverage()));
                result.add(s);
            }
        }
        return new Statuses(result, Pages.unavailable(sections));
    }
}
