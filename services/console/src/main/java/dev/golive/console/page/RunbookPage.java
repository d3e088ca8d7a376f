package dev.golive.console.page;

import dev.golive.console.backend.RunbookClient;
import dev.golive.console.backend.ServiceProblem;
import dev.golive.console.live.Panels;
import dev.golive.console.runbook.RunbookBoard;
import dev.golive.console.runbook.RunbookTask;
import dev.golive.console.runbook.RunbookChart;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cutover's runbook for the people running the weekend: what runs, what may start next, what is
 * late, then the rest of the plan, with the projection against the plan on top and the timeline
 * chart; each task's owner starts, completes, fails or skips it and ticks its checklist here (the
 * buttons only where the runbook service says the viewer may act). Without a runbook yet, the ops
 * lead instantiates one from a template. Live runbook events refresh the board in place.
 */
@Path("/cutovers/{id}/runbook")
@Produces(MediaType.TEXT_HTML)
public class RunbookPage {

    static final String RUNBOOK = "runbook";
    static final Set<String> MOVES = Set.of("start", "complete", "fail", "skip");

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final RunbookClient runbook;
    private final Clock clock;

    public RunbookPage(Engine engine, Viewer viewer, CockpitData data, @RestClient RunbookClient runbook, Clock clock) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.runbook = runbook;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        return page(id, Form.NONE);
    }

    /** The board alone, as the page's script fetches it when a runbook event says it changed. */
    @GET
    @Path("/panels/" + Panels.RUNBOOK)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance board(@PathParam("id") String id) {
        Map<String, Object> model = model(id, Form.NONE, data.cutover(id));
        return engine.getTemplate("runbook-board.html").data(model);
    }

    /** The ops lead creates the cutover's runbook from a template (the built-in one when none is chosen). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response instantiate(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> choice = new LinkedHashMap<>();
        String templateId = Pages.text(values, "templateId");
        if (templateId != null) {
            choice.put("templateId", templateId);
        }
        return Pages.submit("instantiate", values, RUNBOOK, () -> runbook.instantiate(id, choice),
                refused -> page(id, refused), "/cutovers/" + id + "/runbook");
    }

    /** Start, complete (with evidence), fail or skip (with a reason) a task; the runbook service decides who may. */
    @POST
    @Path("/tasks/{taskId}/{move}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Response move(@PathParam("id") String id, @PathParam("taskId") String taskId, @PathParam("move") String move,
                         MultivaluedMap<String, String> form) {
        if (!MOVES.contains(move)) {
            throw new NotFoundException();
        }
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, taskId);
        Map<String, Object> body = new LinkedHashMap<>();
        switch (move) {
            case "complete" -> body.put("evidence", Pages.text(values, "evidence"));
            case "fail", "skip" -> body.put("reason", Pages.text(values, "reason"));
            default -> {
                // starting says nothing more
            }
        }
        return Pages.submit(move, values, RUNBOOK, () -> runbook.move(id, taskId, move, body),
                refused -> page(id, refused), "/cutovers/" + id + "/runbook#task-" + taskId);
    }

    /** Ticks (or unticks) an item of a task's checklist. */
    @POST
    @Path("/tasks/{taskId}/checklist/{itemKey}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Response check(@PathParam("id") String id, @PathParam("taskId") String taskId,
                          @PathParam("itemKey") String itemKey, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, taskId);
        values.put("itemKey", itemKey);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("checked", "true".equals(values.get("checked")));
        item.put("evidence", Pages.text(values, "evidence"));
        return Pages.submit("check", values, RUNBOOK, () -> runbook.check(id, taskId, itemKey, item),
                refused -> page(id, refused), "/cutovers/" + id + "/runbook#task-" + taskId);
    }

    /** The go-live report: planned against actual for every task, then the weekend's timeline. */
    @GET
    @Path("/report")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance report(@PathParam("id") String id) {
        Section<Map<String, Object>> cutover = cutoverOrNotFound(id);
        Section<Map<String, Object>> report = Section.of(RUNBOOK, () -> runbook.report(id));
        return engine.getTemplate("runbook-report.html")
                .data("viewer", viewer.who())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("zone", zoneOf(cutover.data(), null))
                .data("report", report)
                .data("unavailable", Pages.unavailable(List.of(cutover, report)));
    }

    /** The report as Markdown, fetched from the runbook service with the user's token and handed on as a download. */
    @GET
    @Path("/report.md")
    @Produces("text/markdown")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Response reportMarkdown(@PathParam("id") String id) {
        return Downloads.proxy(() -> runbook.reportMarkdown(id), "text/markdown; charset=UTF-8",
                "golive-report-" + id + ".md");
    }

    TemplateInstance page(String id, Form form) {
        Section<Map<String, Object>> cutover = cutoverOrNotFound(id);
        Map<String, Object> model = model(id, form, cutover);
        TemplateInstance page = engine.getTemplate("runbook.html").instance();
        model.forEach(page::data);
        return page;
    }

    private Section<Map<String, Object>> cutoverOrNotFound(String id) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        return cutover;
    }

    private Map<String, Object> model(String id, Form form, Section<Map<String, Object>> cutover) {
        Section<Map<String, Object>> section = Section.of(RUNBOOK, () -> runbook.runbook(id));
        boolean noRunbookYet = section.problem() != null && section.problem().status() == 404;
        List<Object> sections = new ArrayList<>(List.of(cutover, section));
        Section<List<Map<String, Object>>> templates = null;
        if (noRunbookYet && viewer.isOpsLead()) {
            templates = Section.of(RUNBOOK, runbook::templates);
            sections.add(templates);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, Object> view = section.ok() ? section.data() : null;
        String zone = zoneOf(view, cutover.data());
        model.put("viewer", viewer.who());
        model.put("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data());
        model.put("cutoverId", id);
        model.put("section", section);
        model.put("noRunbookYet", noRunbookYet);
        model.put("templates", templates);
        model.put("runbook", view);
        model.put("zone", zone);
        model.put("form", form);
        model.put("unavailable", Pages.unavailable(sections));
        if (view != null) {
            Instant now = instantOr(view.get("now"), clock.instant());
            boolean rollback = Boolean.TRUE.equals(view.get("rollbackActive"));
            List<RunbookTask> plan = RunbookTask.all(view.get(rollback ? "rollbackTasks" : "tasks"));
            model.put("plan", plan);
            model.put("otherPlan", RunbookTask.all(view.get(rollback ? "tasks" : "rollbackTasks")));
            model.put("rollback", rollback);
            model.put("board", RunbookBoard.of(plan, now));
            model.put("now", now);
            Map<?, ?> projection = view.get("projection") instanceof Map<?, ?> p ? p : Map.of();
            Map<?, ?> milestones = view.get("milestones") instanceof Map<?, ?> m ? m : Map.of();
            Instant pointOfNoReturn = instantOr(first(projection.get("pointOfNoReturnAt"), milestones.get("POINT_OF_NO_RETURN")), null);
            Instant businessResume = instantOr(first(projection.get("businessResumeAt"), milestones.get("BUSINESS_RESUME")), null);
            model.put("pointOfNoReturn", pointOfNoReturn);
            model.put("businessResume", businessResume);
            ZoneId chartZone = Pages.chartZone(viewer.zone(), zone);
            model.put("chartZone", chartZone == null ? "" : chartZone.getId());
            model.put("chart", chartZone == null ? null
                    : RunbookChart.of(plan, chartZone, now, pointOfNoReturn, businessResume));
        }
        return model;
    }

    /** The cutover's zone: the runbook's, else the planner's. */
    private static String zoneOf(Map<String, Object> runbook, Map<String, Object> cutover) {
        if (runbook != null && runbook.get("zone") != null) {
            return runbook.get("zone").toString();
        }
        return cutover != null && cutover.get("zone") != null ? cutover.get("zone").toString() : "";
    }

    private static Object first(Object a, Object b) {
        return a != null ? a : b;
    }

    private static Instant instantOr(Object value, Instant otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Instant.parse(value.toString());
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return otherwise;
        }
    }

    /** A file the console hands on from a service as it is, with the user's token; the service's refusal as plain text. */
    static final class Downloads {

        private Downloads() {
        }

        static Response proxy(java.util.function.Supplier<String> fetch, String type, String filename) {
            try {
                return Response.ok(fetch.get(), type)
                        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                        .build();
            } catch (ServiceProblem problem) {
                return Response.status(problem.status()).type(MediaType.TEXT_PLAIN_TYPE).entity(problem.summary()).build();
            } catch (ProcessingException down) {
                return Response.status(503).type(MediaType.TEXT_PLAIN_TYPE)
                        .entity(RUNBOOK + " is not answering; try again shortly.").build();
            }
        }
    }
}
