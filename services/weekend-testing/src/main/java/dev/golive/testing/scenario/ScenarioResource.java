package dev.golive.testing.scenario;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
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
import java.util.UUID;

/**
 * The scenarios power users test over the weekend: the ops lead manages them; the cutover's ops lead,
 * on-call people, testers and admins read them.
 */
@Path("/api/cutovers/{cutoverId}/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    ScenarioService scenarios;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response create(@PathParam("cutoverId") UUID cutoverId, ScenarioRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid("body", "a scenario is required");
        }
        ScenarioRow row = scenarios.create(cutoverId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.scenarioId).build())
                .entity(ScenarioView.of(row)).build();
    }

    /** Adds the default catalogue's scenarios the cutover does not have yet (by id); running it again adds nothing. */
    @POST
    @Path("/catalogue")
    @RolesAllowed(Roles.OPS_LEAD)
    public CatalogueView catalogue(@PathParam("cutoverId") UUID cutoverId) {
        List<String> added = scenarios.addCatalogue(cutoverId, caller.getPrincipal().getName());
        return new CatalogueView(added, list(cutoverId));
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public List<ScenarioView> list(@PathParam("cutoverId") UUID cutoverId) {
        return ScenarioRow.ofCutover(cutoverId).stream().map(ScenarioView::of).toList();
    }

    @GET
    @Path("/{scenarioId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public ScenarioView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("scenarioId") String scenarioId) {
        return ScenarioRow.of(cutoverId, scenarioId).map(ScenarioView::of)
                .orElseThrow(() -> ProblemException.notFound("scenario", scenarioId));
    }

    @PUT
    @Path("/{scenarioId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public ScenarioView update(@PathParam("cutoverId") UUID cutoverId, @PathParam("scenarioId") String scenarioId,
                               ScenarioRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a scenario is required");
        }
        return ScenarioView.of(scenarios.update(cutoverId, scenarioId, request, caller.getPrincipal().getName()));
    }

    @DELETE
    @Path("/{scenarioId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response delete(@PathParam("cutoverId") UUID cutoverId, @PathParam("scenarioId") String scenarioId) {
        scenarios.delete(cutoverId, scenarioId);
        return Response.noContent().build();
    }

    /** What {@code POST /scenarios/catalogue} added, and the cutover's scenarios after it. */
    public record CatalogueView(List<String> added, List<ScenarioView> scenarios) {
    }
}
