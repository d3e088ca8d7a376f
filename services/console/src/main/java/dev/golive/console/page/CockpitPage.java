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

    /** Marks an incident mitigated: a workaround holds, the fix is still to come. */
    @POST
    @Path("/incidents/{incidentId}/mitigate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response mitigateIncident(@PathParam("id") String id, @PathParam("incidentId") String incidentId,
                                     MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, incidentId);
        return Pages.submit("mitigate", values, CockpitData.ROLLBACK,
                () -> rollback.updateIncident(id, incidentId, Map.of("status", "MITIGATED")),
                refused -> page(id, refused), "/cutovers/" + id + "#incident-" + incidentId);
    }

    /** Resolves an incident, saying how. */
    @POST
    @Path("/incidents/{incidentId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response resolveIncident(@PathParam("id") String id, @PathParam("incidentId") String incidentId,
                                    MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, incidentId);
        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("resolution", Pages.text(values, "resolution"));
        return Pages.submit("resolve-incident", values, CockpitData.ROLLBACK,
                () -> rollback.resolveIncident(id, incidentId, resolution),
                refused -> page(id, refused), "/cutovers/" + id + "#incident-" + incidentId);
    }

    /**
     * Cancels the cutover with a reason. Nothing is sent until the ops lead has ticked the
     * confirmation: a cancelled cutover cannot be taken back, and its people are told at once.
     */
    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response cancel(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        if (!Pages.checked(values, "confirm")) {
            return Response.status(422).entity(page(id, new Form("cancel", values,
                    Map.of("confirm", "tick this to confirm: a cancelled cutover cannot be taken back"),
                    "Please correct the fields marked below."))).build();
        }
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("reason", Pages.text(values, "reason"));
        return send(id, "cancel", values, CockpitData.PLANNER, () -> planner.cancel(id, reason));
    }

    /**
     * Replaces the cutover's own members, typed one a line as "username role" (the roles as the
     * services name them: ops-lead, on-call, tester, stakeholder). cutover-planner keeps at least one
     * ops lead and names what it refuses; every refusal about a member shows by the list.
     */
    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response setMembers(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        List<Map<String, Object>> members = new java.util.ArrayList<>();
        String[] lines = values.getOrDefault("members", "").split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            if (parts.length != 2) {
                return Response.status(422).entity(page(id, new Form("members", values, Map.of("members",
                        "line " + (n + 1) + " should be a username and a role, e.g. \"oscar on-call\""),
                        "Please correct the fields marked below."))).build();
            }
            members.add(Map.of("member", parts[0], "role", parts[1]));
        }
        return Pages.submit("members", values, CockpitData.PLANNER,
                () -> planner.setMembers(id, Map.of("members", members)),
                refused -> page(id, aboutTheList(refused)), "/cutovers/" + id + "#form-cutover");
    }

    /**
     * The cutover's blackout periods, as a whole list: one row per period (from, to, reason), rows
     * left empty dropped, so a period is removed by clearing its row and one is added in the blank
     * row the form always offers. cutover-planner re-lays a scheduled weekend and refuses one that a
     * new period would cover.
     */
    @POST
    @Path("/blackouts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response setBlackouts(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        List<Map<String, Object>> blackouts = new java.util.ArrayList<>();
        Map<Integer, Integer> rowOfItem = new LinkedHashMap<>();
        for (int row = 0; values.containsKey("from-" + row); row++) {
            String from = Pages.text(values, "from-" + row);
            String to = Pages.text(values, "to-" + row);
            String reason = Pages.text(values, "reason-" + row);
            if (from == null && to == null && reason == null) {
                continue;
            }
            Map<String, Object> blackout = new LinkedHashMap<>();
            blackout.put("from", from);
            blackout.put("to", to);
            blackout.put("reason", reason);
            rowOfItem.put(blackouts.size(), row);
            blackouts.add(blackout);
        }
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("blackouts", blackouts);
        return Pages.submit("blackouts", values, CockpitData.PLANNER, () -> planner.update(id, patch),
                refused -> page(id, byRow(refused, rowOfItem)), "/cutovers/" + id + "#form-cutover");
    }

    /** cutover-planner names {@code blackouts[1].from} by its place in the list sent; the form by its row. */
    private static Form byRow(Form refused, Map<Integer, Integer> rowOfItem) {
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.regex.Pattern item = java.util.regex.Pattern.compile("blackouts\\[(\\d+)]\\.(\\w+)");
        refused.errors().forEach((field, text) -> {
            java.util.regex.Matcher m = item.matcher(field);
            String name = m.matches() && rowOfItem.containsKey(Integer.parseInt(m.group(1)))
                    ? m.group(2) + "-" + rowOfItem.get(Integer.parseInt(m.group(1))) : field;
            errors.merge(name, text, (a, b) -> a + "; " + b);
        });
        return new Form(refused.name(), refused.values(), errors, refused.message());
    }

    /**
     * The go-live policy, field by field (a merge patch: what is left empty keeps its value). Elapsed
     * times are typed in hours, the lead time in days; cutover-planner re-lays a scheduled weekend
     * and refuses a policy that leaves no room for a rollback, naming the field.
     */
    @POST
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response setPolicy(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> policy = new LinkedHashMap<>();
        putIfGiven(policy, "downtimeDay", Pages.text(values, "downtimeDay"));
        putIfGiven(policy, "downtimeStartTime", Pages.text(values, "downtimeStartTime"));
        putIfGiven(policy, "expectedDowntime", hoursOrNull(Pages.text(values, "expectedDowntime")));
        putIfGiven(policy, "goNoGoBeforeDowntime", hoursOrNull(Pages.text(values, "goNoGoBeforeDowntime")));
        putIfGiven(policy, "businessResumeDay", Pages.text(values, "businessResumeDay"));
        putIfGiven(policy, "businessResumeTime", Pages.text(values, "businessResumeTime"));
        String days = Pages.text(values, "minimumLeadTime");
        putIfGiven(policy, "minimumLeadTime", days == null ? null : daysToDuration(days));
        return Pages.submit("policy", values, CockpitData.PLANNER, () -> planner.update(id, Map.of("policy", policy)),
                refused -> page(id, withoutPrefix(refused, "policy.")), "/cutovers/" + id + "#form-cutover");
    }

    private static void putIfGiven(Map<String, Object> map, String field, Object value) {
        if (value != null) {
            map.put(field, value);
        }
    }

    private static String hoursOrNull(String hours) {
        return hours == null ? null : hoursToDuration(hours);
    }

    /** "3" days as an ISO duration; what is not a whole number is passed on for the planner to name. */
    static String daysToDuration(String days) {
        try {
            return java.time.Duration.ofDays(Long.parseLong(days.trim())).toString();
        } catch (NumberFormatException notANumber) {
            return days;
        }
    }

    /** The planner names {@code policy.expectedDowntime}; the form's field is {@code expectedDowntime}. */
    private static Form withoutPrefix(Form refused, String prefix) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.errors().forEach((field, text) -> errors.merge(field.startsWith(prefix) ? field.substring(prefix.length())
                : field, text, (a, b) -> a + "; " + b));
        return new Form(refused.name(), refused.values(), errors, refused.message());
    }

    /** cutover-planner names {@code members[2].role}; the page has one field for the whole list. */
    private static Form aboutTheList(Form refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.errors().forEach((field, text) -> errors.merge(field.startsWith("members") ? "members" : field,
                field.startsWith("members[") ? field + " " + text : text, (a, b) -> a + "; " + b));
        return new Form(refused.name(), refused.values(), errors, refused.message());
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

    /** The days a policy's weekend is laid on, as the planner names them. */
    static final List<String> WEEKDAYS = java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toList();

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
                .data("weekdays", WEEKDAYS)
                .data("members", viewer.who().isOpsLead() ? Section.of(CockpitData.PLANNER, () -> planner.members(id)) : null)
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
