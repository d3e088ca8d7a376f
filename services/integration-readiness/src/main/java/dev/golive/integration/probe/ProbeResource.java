package dev.golive.integration.probe;

import dev.golive.contracts.Roles;
import dev.golive.integration.integration.IntegrationRow;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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
 * The probes of an integration: the ops lead and on-call staff define, remove and run them, and read them
 * and their results with admins (a probe names the endpoint it calls).
 */
@Path("/api/cutovers/{cutoverId}/integrations/{integrationId}/probes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    ProbeService probes;

    @Inject
    ProbeRuns runs;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response define(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId,
                           ProbeRequest request, @Context UriInfo uri) {
        ProbeRow row = probes.define(cutoverId, integrationId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .entity(ProbeView.of(row)).build();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<ProbeView> list(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId) {
        IntegrationRow.require(cutoverId, integrationId);
        return ProbeRow.ofIntegration(integrationId).stream().map(ProbeView::of).toList();
    }

    @GET
    @Path("/{probeId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public ProbeView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId,
                         @PathParam("probeId") UUID probeId) {
        return ProbeView.of(ProbeRow.require(cutoverId, integrationId, probeId));
    }

    @DELETE
    @Path("/{probeId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response remove(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId,
                           @PathParam("probeId") UUID probeId) {
        probes.remove(cutoverId, integrationId, probeId);
        return Response.noContent().build();
    }

    /**
     * {@code POST …/probes/{probeId}:run}: runs the probe now and answers its result (it is also recorded and
     * announced as ProbeCompleted). The custom method is read from the segment by hand: a path template
     * with a literal after its parameter is not matched reliably.
     */
    @POST
    @Path("/{probeAction}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public ProbeResultView run(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId,
                               @PathParam("probeAction") String probeAction) {
        UUID probeId = null;
        if (probeAction.endsWith(RUN)) {
            try {
                probeId = UUID.fromString(probeAction.substring(0, probeAction.length() - RUN.length()));
            } catch (IllegalArgumentException e) {
                // not a probe id: answered as an unknown resource below
            }
        }
        if (probeId == null) {
            throw new NotFoundException();
        }
        return ProbeResultView.of(runs.runNow(cutoverId, integrationId, probeId));
    }

    private static final String RUN = ":run";

    /** Every run of the probe, newest first. */
    @GET
    @Path("/{probeId}/results")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<ProbeResultView> results(@PathParam("cutoverId") UUID cutoverId,
                                         @PathParam("integrationId") UUID integrationId,
                                         @PathParam("probeId") UUID probeId) {
        ProbeRow.require(cutoverId, integrationId, probeId);
        return ProbeResultRow.ofProbe(probeId).stream().map(ProbeResultView::of).toList();
    }
}
