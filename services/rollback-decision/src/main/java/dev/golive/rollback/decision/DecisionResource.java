package dev.golive.rollback.decision;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/** The ops lead decides: roll back or proceed. Decisions are appended to the audit trail; there is no update or delete. */
@Path("/api/cutovers/{cutoverId}/rollback-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response decide(@PathParam("cutoverId") UUID cutoverId, DecisionRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a decision is required");
        }
        DecisionView decision = decisions.decide(cutoverId, request, caller.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(decision).build();
    }
}
