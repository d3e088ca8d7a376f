package dev.golive.integration.integration;

import dev.golive.contracts.Roles;
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
 * The integrations of a cutover: the ops lead and on-call staff register, change and read them (and admins
 * read them); they hold the endpoints of the client's systems, so testers and stakeholders do not.
 */
@Path("/api/cutovers/{cutoverId}/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    @Inject
    IntegrationService integrations;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response register(@PathParam("cutoverId") UUID cutoverId, IntegrationRequest request, @Context UriInfo uri) {
        IntegrationRow row = integrations.register(cutoverId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .entity(IntegrationView.of(row)).build();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<IntegrationView> list(@PathParam("cutoverId") UUID cutoverId) {
        return IntegrationRow.ofCutover(cutoverId).stream().map(IntegrationView::of).toList();
    }

    @GET
    @Path("/{integrationId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public IntegrationView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId) {
        return IntegrationView.of(IntegrationRow.require(cutoverId, integrationId));
    }

    @PUT
    @Path("/{integrationId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public IntegrationView update(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId,
                                  IntegrationRequest request) {
        return IntegrationView.of(integrations.update(cutoverId, integrationId, request, caller.getPrincipal().getName()));
    }

    @DELETE
    @Path("/{integrationId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response remove(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId) {
        integrations.remove(cutoverId, integrationId);
        return Response.noContent().build();
    }
}
