package dev.golive.console.page;

import dev.golive.console.backend.PlannerClient;
import dev.golive.console.backend.RollbackClient;
import dev.golive.console.backend.TestingClient;
import dev.golive.console.live.LiveEvents;
import dev.golive.console.live.Panels;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cutover cockpit: the timeline with countdowns, the go/no-go gates, the rehearsal, the
 * integrations, incidents with the rollback assessment, the weekend test board, the on-call roster
 * and the notifications sent — each a panel that live events refresh on their own — and the forms
 * of the weekend (report an incident, decide on rollback, decide go/no-go, record a result).
 */
@Path("/cutovers/{id}")
@Produces(MediaType.TEXT_HTML)
public class CockpitPage {

    @Inject
    @Location("cockpit.html")
    Template cockpit;

    @Inject
    Engine engine;

    @Inject
    CockpitData data;

    @Inject
    LiveEvents live;

    @Inject
    Viewer viewer;

    @Inject
    TesterPage myScenarios;

    @Inject
    @RestClient
    RollbackClient rollback;

    @Inject
    @RestClient
    PlannerClient planner;

    @Inject
    @RestClient
    TestingClient testing;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        return page(id, Form.NONE);
    }

    /** One panel alone, as the page's script fetches it when a live event says it changed. */
    @GET
    @Path("/panels/{panel}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance panel(@PathParam("id") String id, @PathParam("panel") String panel) {
        if (!Panels.ALL.contains(panel)) {
            throw new NotFoundException();
        }
        Section<Map<String, Object>> cutover = data.cutover(id);
        Map<String, Object> model = new LinkedHashMap<>(data.panels(id, List.of(panel)));
        model.put("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data());
        model.put("viewer", viewer.who());
        model.put("form", Form.NONE);
        return engine.getTemplate("panels/" + panel + ".html").data(model);
    }

    /** Server-sent events: which panels changed ({@code event: panels}, data their names). */
    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        return live.panelEvents(id, sse);
    }

    @POST
    @Path("/incidents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response reportIncident(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("title", Pages.text(values, "title"));
        incident.put("description", Pages.text(values, "description"));
        incident.put("businessFlow", Pages.text(values, "businessFlow"));
        incident.put("severity", Pages.text(values, "severity"));
        incident.put("systemUsable", !Pages.checked(values, "systemUnusable"));
        incident.put("dataIntegrityAtRisk", Pages.checked(values, "dataIntegrityAtRisk"));
        incident.put("workaroundExists", Pages.checked(values, "workaroundExists"));
        String hours = Pages.text(values, "estimatedHoursToFix");
        if (hours != null) {
            incident.put("estimatedTimeToFix", hoursToDuration(hours));
        }
        return send(id, "incident", values, CockpitData.ROLLBACK, () -> rollback.report(id, incident));
    }

    @POST
    @Path("/rollback-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response decideRollback(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decision", Pages.text(values, "decision"));
        decision.put("rationale", Pages.text(values, "rationale"));
        decision.put("acknowledgePastPointOfNoReturn", Pages.checked(values, "acknowledgePastPointOfNoReturn"));
        return send(id, "rollback", values, CockpitData.ROLLBACK, () -> rollback.decide(id, decision));
    }

    @POST
    @Path("/go-no-go")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response decideGoNoGo(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("decision", Pages.text(values, "decision"));
        decision.put("reason", Pages.text(values, "reason"));
        decision.put("rescheduleToNextWindow", Pages.checked(values, "rescheduleToNextWindow"));
        return send(id, "gonogo", values, CockpitData.PLANNER, () -> planner.goNoGo(id, decision));
    }

    /**
     * Records a result on an assignment. The console offers the form only on the tester's own
     * assignments; weekend-testing decides (a tester on someone else's assignment gets a 403, shown).
     */
    @POST
    @Path("/assignments/{assignmentId}/results")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.TESTER})
    public Response recordResult(@PathParam("id") String id, @PathParam("assignmentId") String assignmentId,
                                 MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put("assignmentId", assignmentId);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", Pages.text(values, "outcome"));
        result.put("notes", Pages.text(values, "notes"));
        result.put("workaroundExists", Pages.checked(values, "workaroundExists"));
        String change = Pages.text(values, "changeDescription");
        if (change != null) {
            result.put("changes", List.of(Map.of("kind", values.getOrDefault("changeKind", "OTHER"), "description", change)));
        }
        boolean fromMyScenarios = "my-scenarios".equals(values.get("from"));
        return Pages.submit("result", values, CockpitData.TESTING, () -> testing.record(id, assignmentId, result),
                refused -> fromMyScenarios ? myScenarios.render(refused) : page(id, refused),
                fromMyScenarios ? "/me/scenarios#a-" + assignmentId : "/cutovers/" + id + "#panel-tests");
    }

    private Response send(String id, String formName, Map<String, String> values, String service, Runnable call) {
        return Pages.submit(formName, values, service, call, form -> page(id, form), "/cutovers/" + id + "#form-" + formName);
    }

    TemplateInstance page(String id, Form form) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        Map<String, Object> panels = data.panels(id, Panels.ALL);
        List<Object> sections = new java.util.ArrayList<>(panels.values());
        sections.add(cutover);
        TemplateInstance page = cockpit.instance();
        panels.forEach(page::data);
        return page.data("cutoverId", id)
                .data("cutoverSection", cutover)
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("viewer", viewer.who())
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }

    /** "1.5" hours as an ISO duration; what is not a number is passed on for the service to name. */
    static String hoursToDuration(String hours) {
        try {
            double h = Double.parseDouble(hours.replace(',', '.'));
            return java.time.Duration.ofMinutes(Math.round(h * 60)).toString();
        } catch (NumberFormatException notANumber) {
            return hours;
        }
    }
}
