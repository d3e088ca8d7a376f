package dev.golive.console.page;

import dev.golive.console.backend.StagingClient;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weekend tests of a cutover, for the ops lead who prepares them: the scenarios, the testers and
 * when they can test (typed on the tester's clock or the business's, shown on both), the plan of who
 * tests what when (planned, published, overridden one assignment at a time), the coverage per
 * business area, the staging round and the training list. On-call staff read it all; a stakeholder
 * sees the coverage only, testers find their own work on "my scenarios" — as weekend-testing lets
 * each read (its README's Access table).
 */
@Path("/cutovers/{id}/testing")
@Produces(MediaType.TEXT_HTML)
public class TestingPage {

    /** The business areas weekend-testing knows, in its order. */
    static final List<String> AREAS = List.of("SALES", "PURCHASE", "INVENTORY", "INVOICING", "MANUFACTURING",
            "REPORTING", "WEBSITE", "OTHER");

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final TestingClient testing;
    private final StagingClient staging;

    public TestingPage(Engine engine, Viewer viewer, CockpitData data, @RestClient TestingClient testing,
                       @RestClient StagingClient staging) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.testing = testing;
        this.staging = staging;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        return render(id, Form.NONE);
    }

    /** Adds the default scenarios the cutover does not have yet (again: adds nothing). */
    @POST
    @Path("/scenarios/catalogue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addCatalogue(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return Pages.submit("catalogue", Pages.values(form), CockpitData.TESTING, () -> testing.addCatalogue(id),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-scenarios");
    }

    @POST
    @Path("/scenarios")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addScenario(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> scenario = scenario(values);
        scenario.put("id", Pages.text(values, "id"));
        return Pages.submit("scenario-add", values, CockpitData.TESTING, () -> testing.addScenario(id, scenario),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-scenarios");
    }

    @POST
    @Path("/scenarios/{scenarioId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response editScenario(@PathParam("id") String id, @PathParam("scenarioId") String scenarioId,
                                 MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> scenario = scenario(values);
        values.put(Form.ITEM, scenarioId);
        return Pages.submit("scenario-edit", values, CockpitData.TESTING,
                () -> testing.updateScenario(id, scenarioId, scenario),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#scenario-" + scenarioId);
    }

    @POST
    @Path("/scenarios/{scenarioId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response removeScenario(@PathParam("id") String id, @PathParam("scenarioId") String scenarioId,
                                   MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, scenarioId);
        return Pages.submit("scenario-remove", values, CockpitData.TESTING,
                () -> testing.removeScenario(id, scenarioId),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-scenarios");
    }

    /**
     * Adds a tester, with one availability slot if one is typed (more are added on the tester's row),
     * read on the clock of the tester's zone or of the business's, as chosen.
     */
    @POST
    @Path("/testers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addTester(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put("areas", String.join(",", form.getOrDefault("areas", List.of())));
        Map<String, Object> tester = testerDetails(values, form);
        List<Map<String, Object>> availability = new ArrayList<>();
        boolean slotTyped = Pages.text(values, "start") != null || Pages.text(values, "end") != null;
        if (slotTyped) {
            String zone = entryZone(id, values, Pages.text(values, "zone"));
            Map<String, String> errors = new HashMap<>();
            Map<String, Object> slot = slot(values, zone, errors);
            if (!errors.isEmpty()) {
                return refusedHere("tester-add", values, errors, id);
            }
            availability.add(slot);
        }
        tester.put("availability", availability);
        return Pages.submit("tester-add", values, CockpitData.TESTING, () -> testing.addTester(id, tester),
                refused -> render(id, slotFields(refused)), "/cutovers/" + id + "/testing#panel-testers");
    }

    /** Changes a tester's details; their availability (both rounds) stays as it is. */
    @POST
    @Path("/testers/{testerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response editTester(@PathParam("id") String id, @PathParam("testerId") String testerId,
                               MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put("areas", String.join(",", form.getOrDefault("areas", List.of())));
        values.put(Form.ITEM, testerId);
        Map<String, Object> changed = testerDetails(values, form);
        return Pages.submit("tester-edit", values, CockpitData.TESTING, () -> {
            Map<String, Object> tester = asRequest(current(id, testerId));
            tester.putAll(changed);
            testing.updateTester(id, testerId, tester);
        }, refused -> render(id, slotFields(refused)), "/cutovers/" + id + "/testing#tester-" + testerId);
    }

    /** Adds one slot to a tester's availability for the weekend or for the staging round. */
    @POST
    @Path("/testers/{testerId}/slots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addSlot(@PathParam("id") String id, @PathParam("testerId") String testerId,
                            MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, testerId);
        String list = "STAGING".equals(values.get("round")) ? "stagingAvailability" : "availability";
        Map<String, Object> tester;
        try {
            tester = asRequest(current(id, testerId));
        } catch (RuntimeException unreadable) {
            return Pages.submit("slot-add", values, CockpitData.TESTING, () -> {
                throw unreadable;
            }, refused -> render(id, refused), "/cutovers/" + id + "/testing");
        }
        Map<String, String> errors = new HashMap<>();
        Map<String, Object> slot = slot(values, entryZone(id, values, String.valueOf(tester.get("zone"))), errors);
        if (!errors.isEmpty()) {
            return refusedHere("slot-add", values, errors, id);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) tester.get(list);
        slots.add(slot);
        return Pages.submit("slot-add", values, CockpitData.TESTING, () -> testing.updateTester(id, testerId, tester),
                refused -> render(id, slotFields(refused)), "/cutovers/" + id + "/testing#tester-" + testerId);
    }

    /** Removes one slot (by its position in the list shown) from a tester's availability. */
    @POST
    @Path("/testers/{testerId}/slots/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response removeSlot(@PathParam("id") String id, @PathParam("testerId") String testerId,
                               MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, testerId);
        String list = "STAGING".equals(values.get("round")) ? "stagingAvailability" : "availability";
        String start = values.getOrDefault("start", "");
        return Pages.submit("slot-remove", values, CockpitData.TESTING, () -> {
            Map<String, Object> tester = asRequest(current(id, testerId));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> slots = (List<Map<String, Object>>) tester.get(list);
            // by its start, not its position: a list changed by someone else meanwhile loses the right slot
            slots.removeIf(s -> Instant.parse(String.valueOf(s.get("start"))).equals(Instant.parse(start)));
            testing.updateTester(id, testerId, tester);
        }, refused -> render(id, refused), "/cutovers/" + id + "/testing#tester-" + testerId);
    }

    @POST
    @Path("/testers/{testerId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response removeTester(@PathParam("id") String id, @PathParam("testerId") String testerId,
                                 MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, testerId);
        return Pages.submit("tester-remove", values, CockpitData.TESTING, () -> testing.removeTester(id, testerId),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-testers");
    }

    /** Plans the weekend from the scenarios and testers as they are now: a draft to look at before publishing. */
    @POST
    @Path("/plan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response plan(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return Pages.submit("plan", Pages.values(form), CockpitData.TESTING, () -> testing.planAssignments(id),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-plan");
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response publish(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return Pages.submit("publish", Pages.values(form), CockpitData.TESTING, () -> testing.publishPlan(id),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-plan");
    }

    /**
     * Gives one assignment to another tester, another start, or both; the start is typed on the
     * chosen clock (the assigned tester's or the business's). weekend-testing checks the plan's
     * constraints again and says which one a change breaks.
     */
    @POST
    @Path("/assignments/{assignmentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response override(@PathParam("id") String id, @PathParam("assignmentId") String assignmentId,
                             MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, assignmentId);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("testerId", Pages.text(values, "testerId"));
        change.put("reason", Pages.text(values, "reason"));
        if (Pages.text(values, "start") != null) {
            String zone = "BUSINESS".equals(values.get("entryZone")) ? businessZone(id) : values.get("testerZone");
            try {
                change.put("start", EntryTimes.parse(values.get("start"), zone).toString());
            } catch (EntryTimes.Unreadable why) {
                return refusedHere("override", values, Map.of("start", why.getMessage()), id);
            }
        }
        return Pages.submit("override", values, CockpitData.TESTING,
                () -> testing.overrideAssignment(id, assignmentId, change),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#assignment-" + assignmentId);
    }

    /** Plans a staging round on a reviewed rehearsal, its times typed on the business's clock. */
    @POST
    @Path("/staging-rounds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response planStagingRound(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        String zone = businessZone(id);
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("rehearsalId", Pages.text(values, "rehearsalId"));
        Map<String, String> errors = new HashMap<>();
        EntryTimes.readInto(round, values, List.of("from", "to"), zone, errors);
        if (!errors.isEmpty()) {
            return refusedHere("round", values, errors, id);
        }
        return Pages.submit("round", values, CockpitData.TESTING, () -> testing.planStagingRound(id, round),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#panel-staging");
    }

    /** Sends an area's training list to the people named (or, none named, to the testers who know the area). */
    @POST
    @Path("/training/{area}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response sendTraining(@PathParam("id") String id, @PathParam("area") String area,
                                 MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, area);
        List<String> recipients = new ArrayList<>();
        for (String name : values.getOrDefault("recipients", "").split("[,\\s]+")) {
            if (!name.isBlank()) {
                recipients.add(name.trim());
            }
        }
        return Pages.submit("training", values, CockpitData.TESTING,
                () -> testing.sendTraining(id, area, Map.of("recipients", recipients)),
                refused -> render(id, refused), "/cutovers/" + id + "/testing#training-" + area);
    }

    TemplateInstance render(String id, Form form) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        boolean technical = viewer.isOpsLead() || viewer.isOnCall() || viewer.isAdmin();
        Section<Map<String, Object>> coverage = Section.of(CockpitData.TESTING, () -> testing.coverage(id));
        List<Object> sections = new ArrayList<>(List.of(cutover, coverage));
        Section<List<Map<String, Object>>> scenarios = null;
        if (technical || viewer.isTester()) {
            scenarios = Section.of(CockpitData.TESTING, () -> testing.scenarios(id));
            sections.add(scenarios);
        }
        Section<List<Map<String, Object>>> testers = null;
        Section<Map<String, Object>> plan = null;
        Section<List<Map<String, Object>>> rounds = null;
        Section<Map<String, Object>> training = null;
        Section<List<Map<String, Object>>> rehearsals = null;
        if (technical) {
            testers = Section.of(CockpitData.TESTING, () -> testing.testers(id));
            plan = Section.of(CockpitData.TESTING, () -> testing.plan(id, null));
            rounds = Section.of(CockpitData.TESTING, () -> testing.stagingRounds(id));
            training = Section.of(CockpitData.TESTING, () -> testing.training(id));
            sections.addAll(List.of(testers, plan, rounds, training));
        }
        if (viewer.isOpsLead()) {
            rehearsals = Section.of(CockpitData.STAGING, () -> staging.rehearsals(id));
            sections.add(rehearsals);
        }
        Map<String, Object> titles = new HashMap<>();
        if (scenarios != null && scenarios.ok()) {
            scenarios.data().forEach(s -> titles.put(String.valueOf(s.get("id")), s.get("title")));
        }
        return engine.getTemplate("testing.html")
                .data("viewer", viewer.who())
                .data("technical", technical)
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("coverage", coverage)
                .data("scenarios", scenarios)
                .data("titles", titles)
                .data("testers", testers)
                .data("plan", plan)
                .data("rounds", rounds)
                .data("training", training)
                .data("rehearsals", rehearsals)
                .data("areas", AREAS)
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }

    private static Map<String, Object> scenario(Map<String, String> values) {
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("title", Pages.text(values, "title"));
        scenario.put("area", Pages.text(values, "area"));
        scenario.put("criticality", Pages.text(values, "criticality"));
        scenario.put("estimatedMinutes", number(values, "estimatedMinutes"));
        scenario.put("dependsOn", Pages.text(values, "dependsOn"));
        return scenario;
    }

    /** A typed whole number; what is not one goes as text, so weekend-testing names the field. */
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

    private static Map<String, Object> testerDetails(Map<String, String> values, MultivaluedMap<String, String> form) {
        Map<String, Object> tester = new LinkedHashMap<>();
        tester.put("name", Pages.text(values, "name"));
        tester.put("username", Pages.text(values, "username"));
        tester.put("contact", Pages.text(values, "contact"));
        tester.put("zone", Pages.text(values, "zone"));
        tester.put("areas", List.copyOf(form.getOrDefault("areas", List.of())));
        tester.put("maxHours", number(values, "maxHours"));
        return tester;
    }

    /** One slot typed as start and end on the clock of {@code zone}; what cannot be read goes into {@code errors}. */
    private static Map<String, Object> slot(Map<String, String> values, String zone, Map<String, String> errors) {
        Map<String, Object> slot = new LinkedHashMap<>();
        EntryTimes.readInto(slot, values, List.of("start", "end"), zone, errors);
        return slot;
    }

    /** The zone the slot's times were typed in: the business's, or the tester's (as typed, or as held). */
    private String entryZone(String id, Map<String, String> values, String testerZone) {
        return "BUSINESS".equals(values.get("entryZone")) ? businessZone(id) : testerZone;
    }

    private String businessZone(String id) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        return cutover.ok() ? String.valueOf(cutover.data().get("zone")) : null;
    }

    private Map<String, Object> current(String id, String testerId) {
        for (Map<String, Object> t : testing.testers(id)) {
            if (testerId.equals(String.valueOf(t.get("id")))) {
                return t;
            }
        }
        throw new NotFoundException("No tester " + testerId);
    }

    /** A tester as weekend-testing answered it, as the body of a PUT that changes nothing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asRequest(Map<String, Object> tester) {
        Map<String, Object> request = new LinkedHashMap<>();
        for (String field : List.of("name", "username", "contact", "zone", "areas", "maxHours")) {
            request.put(field, tester.get(field));
        }
        for (String list : List.of("availability", "stagingAvailability")) {
            List<Map<String, Object>> slots = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) tester.getOrDefault(list, List.of())) {
                slots.add(new LinkedHashMap<>(Map.of("start", s.get("start"), "end", s.get("end"))));
            }
            request.put(list, slots);
        }
        return request;
    }

    /** The page again with errors the console found itself (a time it could not read): nothing was sent. */
    private Response refusedHere(String formName, Map<String, String> values, Map<String, String> errors, String id) {
        return Response.status(422).entity(render(id, new Form(formName, values, Map.copyOf(errors),
                "Please correct the fields marked below."))).build();
    }

    /**
     * A tester's refusal with the slot fields as the form names them: weekend-testing names a slot by
     * its place ({@code availability[2].end}), the form has one {@code end}.
     */
    static Form slotFields(Form refused) {
        Map<String, String> errors = new HashMap<>();
        refused.errors().forEach((field, text) -> errors.merge(
                field.replaceFirst("^(stagingAvailability|availability)\\[\\d+]\\.", "")
                        .replaceFirst("^areas\\[\\d+]", "areas"), text, (a, b) -> a + " " + b));
        return new Form(refused.name(), refused.values(), errors, refused.message());
    }
}
