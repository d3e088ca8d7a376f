package dev.golive.notification.stakeholder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The people who hear about a cutover. The ops lead manages them; on-call staff and admins read them. A
 * webhook target's signing secret is in the response that created it and nowhere else.
 */
@Path("/api/cutovers/{cutoverId}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StakeholderResource {

    @Inject
    StakeholderService stakeholders;

    @Inject
    SecurityIdentity caller;

    @Inject
    ObjectMapper json;

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response create(@PathParam("cutoverId") UUID cutoverId, StakeholderRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid("body", "a stakeholder is required");
        }
        StakeholderView created = stakeholders.create(cutoverId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    /** The people and their contact details: for those who run the cutover and reach them (issue 17). */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<StakeholderView> list(@PathParam("cutoverId") UUID cutoverId) {
        return StakeholderRow.ofCutover(cutoverId).stream().map(StakeholderView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public StakeholderView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id) {
        return StakeholderRow.of(cutoverId, id).map(StakeholderView::of)
                .orElseThrow(() -> ProblemException.notFound("stakeholder", id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OPS_LEAD)
    public StakeholderView replace(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id,
                                   StakeholderRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a stakeholder is required");
        }
        return stakeholders.replace(cutoverId, id, request);
    }

    /** JSON merge patch: read as a tree first, so that an explicit null (clear the e-mail) differs from an absent field. */
    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.OPS_LEAD)
    public StakeholderView patch(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id, ObjectNode body)
            throws JsonProcessingException {
        if (body == null || body.isEmpty()) {
            throw ProblemException.invalid("body", "name at least one field to change");
        }
        StakeholderPatch patch = json.treeToValue(body, StakeholderPatch.class);
        Set<String> present = new HashSet<>();
        body.fieldNames().forEachRemaining(present::add);
        return stakeholders.patch(cutoverId, id, patch, present);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response delete(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id) {
        stakeholders.delete(cutoverId, id);
        return Response.noContent().build();
    }

    /** Replaces every subscription; an empty list (or none) means the defaults of the stakeholder's role. */
    @PUT
    @Path("/{id}/subscriptions")
    @RolesAllowed(Roles.OPS_LEAD)
    public StakeholderView subscriptions(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id,
                                         List<StakeholderRequest.SubscriptionRequest> subscriptions) {
        return stakeholders.replaceSubscriptions(cutoverId, id, subscriptions);
    }

    @POST
    @Path("/{id}/webhooks")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addWebhook(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id,
                               StakeholderRequest.WebhookRequest request, @Context UriInfo uri) {
        StakeholderView.WebhookView created = stakeholders.addWebhook(cutoverId, id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @DELETE
    @Path("/{id}/webhooks/{targetId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public Response removeWebhook(@PathParam("cutoverId") UUID cutoverId, @PathParam("id") UUID id,
                                  @PathParam("targetId") UUID targetId) {
        stakeholders.removeWebhook(cutoverId, id, targetId);
        return Response.noContent().build();
    }
}
