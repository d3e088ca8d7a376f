package dev.golive.console.page;

import dev.golive.console.backend.PlannerClient;
import dev.golive.console.backend.ServiceProblem;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calendar of upcoming go-live weekends across cutovers (overlaps and blackout periods shown),
 * planning a new cutover, and choosing its window among the planner's proposals.
 */
@Path("/calendar")
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {

    static final int PROPOSALS = 6;

    @Inject
    @Location("calendar.html")
    Template calendar;

    @Inject
    @Location("window.html")
    Template window;

    @Inject
    @RestClient
    PlannerClient planner;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Inject
    MyRunbookTasks myRunbookTasks;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance show() {
        return calendar(Form.NONE);
    }

    @POST
    @Path("/cutovers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response plan(MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> cutover = new LinkedHashMap<>();
        cutover.put("name", Pages.text(values, "name"));
        cutover.put("client", Pages.text(values, "client"));
        cutover.put("erpProduct", Pages.text(values, "erpProduct"));
        cutover.put("sourceVersion", number(values, "sourceVersion"));
        cutover.put("targetVersion", number(values, "targetVersion"));
        cutover.put("zone", Pages.text(values, "zone"));
        cutover.put("onCallTeam", Pages.text(values, "onCallTeam"));
        String blackoutFrom = Pages.text(values, "blackoutFrom");
        String blackoutTo = Pages.text(values, "blackoutTo");
        if (blackoutFrom != null || blackoutTo != null) {
            Map<String, Object> blackout = new LinkedHashMap<>();
            blackout.put("from", blackoutFrom);
            blackout.put("to", blackoutTo);
            blackout.put("reason", Pages.text(values, "blackoutReason"));
            cutover.put("blackouts", List.of(blackout));
        }
        try {
            Map<String, Object> planned = planner.plan(cutover);
            return Pages.seeOther("/calendar/cutovers/" + planned.get("id") + "/window");
        } catch (ServiceProblem problem) {
            Form refused = Form.refused("plan", values, problem);
            // the planner names list items as blackouts[0].from; the form has one row
            Map<String, String> errors = new LinkedHashMap<>(refused.errors());
            refused.errors().forEach((field, text) -> {
                if (field.startsWith("blackouts[0].")) {
                    String name = field.substring("blackouts[0].".length());
                    errors.put("blackout" + Character.toUpperCase(name.charAt(0)) + name.substring(1), text);
                }
            });
            return Response.status(422).entity(calendar(new Form("plan", values, errors, refused.message()))).build();
        } catch (ProcessingException down) {
            return Response.status(503).entity(calendar(Form.unavailable("plan", values, CockpitData.PLANNER))).build();
        }
    }

    @GET
    @Path("/cutovers/{id}/window")
    @RolesAllowed(Roles.OPS_LEAD)
    public TemplateInstance proposals(@PathParam("id") String id) {
        return window(id, Form.NONE);
    }

    @POST
    @Path("/cutovers/{id}/window")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response schedule(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> chosen = new LinkedHashMap<>();
        chosen.put("downtimeStart", Pages.text(values, "downtimeStart"));
        chosen.put("reason", Pages.text(values, "reason"));
        return Pages.submit("window", values, CockpitData.PLANNER, () -> planner.schedule(id, chosen),
                refused -> window(id, refused), "/cutovers/" + id);
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance calendar(Form form) {
        Section<Map<String, Object>> cutovers = Section.of(CockpitData.PLANNER, () -> planner.list(100));
        List<CalendarEntry> entries = cutovers.ok()
                ? CalendarEntry.of((List<Map<String, Object>>) cutovers.data().get("items"), clock.instant())
                : List.of();
        MyRunbookTasks.Found myTasks = myRunbookTasks.of(entries, clock.instant());
        return calendar.data("viewer", viewer.who())
                .data("myTasks", myTasks)
                .data("cutovers", cutovers)
                .data("entries", entries)
                .data("today", LocalDate.now(clock).toString())
                .data("form", form)
                .data("unavailable", Pages.unavailable(myTasks.unanswered() == null ? List.of(cutovers)
                        : List.of(cutovers, myTasks.unanswered())));
    }

    private TemplateInstance window(String id, Form form) {
        Section<Map<String, Object>> cutover = Section.of(CockpitData.PLANNER, () -> planner.get(id));
        Section<Map<String, Object>> proposals = Section.of(CockpitData.PLANNER, () -> planner.proposals(id, PROPOSALS));
        Set<String> unavailable = Pages.unavailable(List.of(cutover, proposals));
        return window.data("viewer", viewer.who())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("proposals", proposals)
                .data("form", form)
                .data("unavailable", unavailable);
    }

    /** A whole number from the form, or the text itself for the service to refuse by name. */
    private static Object number(Map<String, String> values, String field) {
        String text = Pages.text(values, field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
