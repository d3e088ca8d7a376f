package dev.golive.testing.result;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.testing.access.TesterReads;
import dev.golive.testing.plan.AssignmentRow;
import dev.golive.testing.staging.StagingAssignmentRow;
import dev.golive.testing.tester.TesterRow;
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

/**
 * Results of an assignment of either round (weekend plan or staging round): its tester (or the ops lead) records them; the cutover's ops lead,
 * on-call people and admins read them, a tester those of their own assignments ({@link TesterReads}).
 */
@Path("/api/cutovers/{cutoverId}/assignments/{assignmentId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    @Inject
    ResultService results;

    @Inject
    SecurityIdentity caller;

    @Inject
    TesterReads reads;

    @POST
    @RolesAllowed({Roles.TESTER, Roles.OPS_LEAD})
    public Response record(@PathParam("cutoverId") UUID cutoverId, @PathParam("assignmentId") UUID assignmentId,
                           ResultRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid("body", "a result is required");
        }
        ResultRow row = results.record(cutoverId, assignmentId, request, caller.getPrincipal().getName(),
                caller.hasRole(Roles.OPS_LEAD));
        return Response.created(uri.getAbsolutePathBuilder().path(row.id.toString()).build())
                .entity(ResultView.of(row)).build();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public List<ResultView> list(@PathParam("cutoverId") UUID cutoverId, @PathParam("assignmentId") UUID assignmentId) {
        UUID testerId = AssignmentRow.of(cutoverId, assignmentId).map(a -> a.testerId)
                .or(() -> StagingAssignmentRow.of(cutoverId, assignmentId).map(a -> a.testerId))
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
        TesterRow tester = TesterRow.findById(testerId);
        reads.requireReadable(cutoverId, tester == null ? null : tester.username,
                "the results of assignment " + assignmentId);
        return ResultRow.ofAssignment(cutoverId, assignmentId).stream().map(ResultView::of).toList();
    }
}
