package dev.golive.testing.training;

import dev.golive.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * What changed for the power users, gathered per area from their results, and the ops lead sending an
 * area's list to the people concerned before the go-live.
 */
@Path("/api/cutovers/{cutoverId}/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final TrainingLists lists;
    private final SecurityIdentity caller;

    public TrainingResource(TrainingLists lists, SecurityIdentity caller) {
        this.lists = lists;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public TrainingView get(@PathParam("cutoverId") UUID cutoverId) {
        return new TrainingView(lists.byArea(cutoverId).entrySet().stream()
                .map(e -> new TrainingView.Area(e.getKey().name(), e.getValue().stream().map(TrainingLists::view).toList()))
                .toList());
    }

    @POST
    @Path("/{area}:send")
    @RolesAllowed(Roles.OPS_LEAD)
    public TrainingView.Sent send(@PathParam("cutoverId") UUID cutoverId, @PathParam("area") String area,
                                  TrainingSendRequest request) {
        List<String> recipients = request == null ? null : request.recipients();
        return lists.send(cutoverId, area, recipients, caller.getPrincipal().getName());
    }
}
