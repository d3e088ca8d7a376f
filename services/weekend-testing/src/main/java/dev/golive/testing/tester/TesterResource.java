package dev.golive.testing.tester;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.testing.access.TesterReads;
import dev.golive.testing.calendar.WeekendCalendar;
import dev.golive.testing.plan.AssignmentRow;
import dev.golive.testing.scenario.ScenarioRow;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The power users who test over the weekend: the ops lead manages them; the cutover's ops lead, on-call
 * people and admins read them (their contact details with them); a tester gets their own calendar.
 */
@Path("/api/cutovers/{cutoverId}/testers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TesterResource {

    @Inject
    TesterService testers;

    @Inject
    SecurityIdentity caller;

    @Inject
    TesterReads reads;

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response create(@PathParam("cutoverId") UUID cutoverId, TesterRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid("body", "a tester is required");
        }
        TesterRow row = testers.create(cutoverId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .entity(TesterView.of(row)).build();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<TesterView> list(@PathParam("cutoverId") UUID cutoverId) {
        return TesterRow.ofCutover(cutoverId).stream().map(TesterView::of).toList();
    }

    @GET
    @Path("/{testerId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public TesterView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("testerId") UUID testerId) {
        return TesterRow.of(cutoverId, testerId).map(TesterView::of)
                .orElseThrow(() -> ProblemException.notFound("tester", testerId));
    }

    @PUT
    @Path("/{testerId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public TesterView update(@PathParam("cutoverId") UUID cutoverId, @PathParam("testerId") UUID testerId,
                             TesterRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a tester is required");
        }
        return TesterView.of(testers.update(cutoverId, testerId, request, caller.getPrincipal().getName()));
    }

    /** The tester's assignments as iCalendar, on the tester's wall clock; a tester gets their own only. */
    @GET
    @Path("/{testerId}/calendar.ics")
    @Produces(WeekendCalendar.MEDIA_TYPE)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public Response calendar(@PathParam("cutoverId") UUID cutoverId, @PathParam("testerId") UUID testerId) {
        TesterRow tester = TesterRow.of(cutoverId, testerId).orElseThrow(() -> ProblemException.notFound("tester", testerId));
        reads.requireReadable(cutoverId, tester.username, "the calendar of tester " + testerId);
        Map<String, ScenarioRow> scenarios = ScenarioRow.ofCutover(cutoverId).stream()
                .collect(Collectors.toMap(s -> s.scenarioId, Function.identity()));
        List<WeekendCalendar.Entry> entries = AssignmentRow.ofCutover(cutoverId).stream()
                .filter(a -> a.testerId.equals(testerId))
                .map(a -> {
                    ScenarioRow s = scenarios.get(a.scenarioId);
                    String title = s == null ? a.scenarioId : s.title;
                    String what = s == null ? "" : s.area + (s.toDomain().critical() ? ", critical" : "") + ". ";
                    return new WeekendCalendar.Entry(a.id + "@golive", (int) a.version, a.start, a.end,
                            "Test: " + title, what + "Scenario " + a.scenarioId + ", assignment " + a.id
                                    + "; record the result at /api/cutovers/" + cutoverId + "/assignments/" + a.id
                                    + "/results");
                }).toList();
        return Response.ok(WeekendCalendar.render(tester.zone, entries), WeekendCalendar.MEDIA_TYPE + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"golive-testing-" + testerId + ".ics\"")
                .build();
    }

    @DELETE
    @Path("/{testerId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response delete(@PathParam("cutoverId") UUID cutoverId, @PathParam("testerId") UUID testerId) {
        testers.delete(cutoverId, testerId);
        return Response.noContent().build();
    }
}
