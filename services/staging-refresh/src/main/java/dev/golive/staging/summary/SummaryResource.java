package dev.golive.staging.summary;

import dev.golive.contracts.Roles;
import dev.golive.staging.rehearsal.RehearsalRow;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The upgrade summary of a rehearsal: items for administrators to review. */
@Path("/api/cutovers/{cutoverId}/rehearsals/{rehearsalId}/summary-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    SummaryService summary;

    @Inject
    SecurityIdentity caller;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<SummaryItemView> list(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId) {
        RehearsalRow.require(cutoverId, rehearsalId);
        return SummaryItemRow.ofRehearsal(rehearsalId).stream().map(SummaryItemView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response raise(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                          SummaryService.ItemInput body, @Context UriInfo uri) {
        SummaryItemRow row = summary.raise(cutoverId, rehearsalId, body, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .entity(SummaryItemView.of(row)).build();
    }

    /** Several items at once, all or nothing. */
    @POST
    @Path("/batch")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response raiseAll(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                             BatchRequest body) {
        List<SummaryItemRow> rows = summary.raiseAll(cutoverId, rehearsalId, body == null ? null : body.items(),
                caller.getPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(new BatchView(rows.stream().map(SummaryItemView::of).toList())).build();
    }

    @POST
    @Path("/{itemId}/resolution")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public SummaryItemView resolve(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                   @PathParam("itemId") UUID itemId, ResolutionRequest body) {
        return SummaryItemView.of(summary.resolve(cutoverId, rehearsalId, itemId,
                body == null ? null : body.resolution(), caller.getPrincipal().getName()));
    }

    public record BatchRequest(List<SummaryService.ItemInput> items) {
    }

    public record BatchView(List<SummaryItemView> items) {
    }

    public record ResolutionRequest(String resolution) {
    }
}
