package dev.golive.console.page;

import dev.golive.console.backend.ServiceProblem;
import dev.golive.console.backend.TestingClient;
import dev.golive.console.view.EntryTimes;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The on-call roster of a cutover's weekend: who is on call when (primary, secondary), checked by
 * weekend-testing against downtime start → business resume, each stretch nobody covers said in
 * words. The ops lead adds, changes and removes shifts (the roster is replaced as a whole each
 * time, as the service takes it); on-call staff read it, their own shifts marked, on a phone too.
 */
@Path("/cutovers/{id}/roster")
@Produces(MediaType.TEXT_HTML)
public class RosterPage {

    static final List<String> ROLES = List.of("PRIMARY", "SECONDARY");

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final TestingClient testing;

    public RosterPage(Engine engine, Viewer viewer, CockpitData data, @RestClient TestingClient testing) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.testing = testing;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        return render(id, Form.NONE);
    }

    @POST
    @Path("/shifts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addShift(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        return change(id, "shift-add", values, null);
    }

    @POST
    @Path("/shifts/{shiftId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response editShift(@PathParam("id") String id, @PathParam("shiftId") String shiftId,
                              MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, shiftId);
        return change(id, "shift-edit", values, shiftId);
    }

    @POST
    @Path("/shifts/{shiftId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response removeShift(@PathParam("id") String id, @PathParam("shiftId") String shiftId,
                                MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, shiftId);
        return Pages.submit("shift-remove", values, CockpitData.TESTING, () -> {
            List<Map<String, Object>> shifts = currentShifts(id);
            shifts.removeIf(s -> shiftId.equals(s.get("id")));
            testing.publishRoster(id, Map.of("shifts", shifts));
        }, refused -> render(id, refused), "/cutovers/" + id + "/roster#panel-shifts");
    }

    /**
     * Adds a shift ({@code shiftId} null) or changes one: the times are read on the clock chosen (the
     * business's or the viewer's), then the whole roster is sent with it.
     */
    private Response change(String id, String formName, Map<String, String> values, String shiftId) {
        String zone = "MINE".equals(values.get("entryZone")) && !viewer.zone().isBlank() ? viewer.zone() : businessZone(id);
        Map<String, Object> shift = new LinkedHashMap<>();
        if (shiftId != null) {
            shift.put("id", shiftId);
        }
        shift.put("person", Pages.text(values, "person"));
        shift.put("role", Pages.text(values, "role"));
        Map<String, String> errors = new HashMap<>();
        EntryTimes.readInto(shift, values, List.of("start", "end"), zone, errors);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(render(id, new Form(formName, values, Map.copyOf(errors),
                    "Please correct the fields marked below."))).build();
        }
        String anchor = shiftId == null ? "#panel-shifts" : "#shift-" + shiftId;
        return Pages.submit(formName, values, CockpitData.TESTING, () -> {
            List<Map<String, Object>> shifts = currentShifts(id);
            if (shiftId == null) {
                shifts.add(shift);
            } else {
                shifts.replaceAll(s -> shiftId.equals(s.get("id")) ? shift : s);
            }
            testing.publishRoster(id, Map.of("shifts", shifts));
        }, refused -> render(id, shiftFields(refused)), "/cutovers/" + id + "/roster" + anchor);
    }

    /** The shifts as the body of a PUT that keeps them; none before a roster was first published. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> currentShifts(String id) {
        List<Map<String, Object>> shifts = new ArrayList<>();
        try {
            for (Map<String, Object> s : (List<Map<String, Object>>) testing.roster(id).getOrDefault("shifts", List.of())) {
                Map<String, Object> kept = new LinkedHashMap<>();
                for (String field : List.of("id", "person", "role", "start", "end")) {
                    kept.put(field, s.get(field));
                }
                shifts.add(kept);
            }
        } catch (ServiceProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
        }
        return shifts;
    }

    @SuppressWarnings("unchecked")
    TemplateInstance render(String id, Form form) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        Section<Map<String, Object>> roster = Section.of(CockpitData.TESTING, () -> testing.roster(id));
        List<Map<String, Object>> shifts = new ArrayList<>();
        List<Map<String, Object>> mine = new ArrayList<>();
        if (roster.ok()) {
            for (Map<String, Object> s : (List<Map<String, Object>>) roster.data().getOrDefault("shifts", List.of())) {
                Map<String, Object> shown = new LinkedHashMap<>(s);
                shown.put("mine", isViewer(String.valueOf(s.get("person"))));
                shifts.add(shown);
                if (Boolean.TRUE.equals(shown.get("mine"))) {
                    mine.add(shown);
                }
            }
        }
        boolean none = roster.problem() != null && roster.problem().status() == 404;
        return engine.getTemplate("roster.html")
                .data("viewer", viewer.who())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("roster", roster)
                .data("none", none)
                .data("shifts", shifts)
                .data("mine", mine)
                .data("people", shifts.stream().map(s -> String.valueOf(s.get("person"))).distinct().sorted().toList())
                .data("roles", ROLES)
                .data("form", form)
                .data("unavailable", Pages.unavailable(List.of(cutover, roster)));
    }

    /** A shift is the viewer's when it names them by login or by name. */
    private boolean isViewer(String person) {
        return person.equalsIgnoreCase(viewer.username()) || person.equalsIgnoreCase(viewer.name());
    }

    private String businessZone(String id) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        return cutover.ok() ? String.valueOf(cutover.data().get("zone")) : null;
    }

    /** weekend-testing names a shift's fields by its place in the roster ({@code shifts[3].end}); the form has one {@code end}. */
    static Form shiftFields(Form refused) {
        Map<String, String> errors = new HashMap<>();
        refused.errors().forEach((field, text) -> errors.merge(field.replaceFirst("^shifts\\[\\d+]\\.", ""), text,
                (a, b) -> a + " " + b));
        return new Form(refused.name(), refused.values(), errors, refused.message());
    }
}
