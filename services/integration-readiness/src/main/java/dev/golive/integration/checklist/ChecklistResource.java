package dev.golive.integration.checklist;

import dev.golive.contracts.Roles;
import dev.golive.integration.domain.Checklist;
import dev.golive.integration.domain.ChecklistItemKind;
import dev.golive.integration.integration.IntegrationRow;
import dev.golive.problems.QueryParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The readiness checklist of an integration: the ops lead and on-call staff record checks; they and admins read it. */
@Path("/api/cutovers/{cutoverId}/integrations/{integrationId}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    /** The checklist: every item, and whether all passed or do not apply. */
    public record ChecklistView(UUID integrationId, boolean satisfied, List<ChecklistItemView> items) {
    }

    @Inject
    ChecklistService checklists;

    @Inject
    ChecklistStore store;

    @Inject
    SecurityIdentity caller;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public ChecklistView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId) {
        IntegrationRow.require(cutoverId, integrationId);
        Checklist checklist = store.load(integrationId);
        return new ChecklistView(integrationId, checklist.satisfied(),
                checklist.items().stream().map(ChecklistItemView::of).toList());
    }

    @PUT
    @Path("/{item}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public ChecklistItemView record(@PathParam("cutoverId") UUID cutoverId, @PathParam("integrationId") UUID integrationId,
                                    @PathParam("item") String item, ChecklistRequest request) {
        return ChecklistItemView.of(checklists.record(cutoverId, integrationId, item, request,
                caller.getPrincipal().getName()));
    }

    /** Every change of one item, oldest first (evidence a reopening cleared is still here). */
    @GET
    @Path("/{item}/history")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<ChecklistItemView> history(@PathParam("cutoverId") UUID cutoverId,
                                           @PathParam("integrationId") UUID integrationId, @PathParam("item") String item) {
        IntegrationRow.require(cutoverId, integrationId);
        ChecklistItemKind kind = QueryParams.enumValue("item", item, ChecklistItemKind.class);
        return ChecklistHistoryRow.of(integrationId, kind).stream().map(ChecklistItemView::of).toList();
    }
}
