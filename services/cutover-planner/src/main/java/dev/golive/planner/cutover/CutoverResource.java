package dev.golive.planner.cutover;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.planner.domain.CutoverPatch;
import dev.golive.planner.domain.ReasonRules;
import dev.golive.problems.QueryParams;
import dev.golive.messaging.cutover.CutoverMembers;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/cutovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CutoverResource {

    private final CutoverService cutovers;
    private final SecurityIdentity caller;
    private final CutoverMembers members;

    @Inject
    CutoverResource(CutoverService cutovers, SecurityIdentity caller, CutoverMembers members) {
        this.cutovers = cutovers;
        this.caller = caller;
        this.members = members;
    }

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response plan(CutoverRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw dev.golive.problems.ProblemException.invalid("body", "a cutover is required");
        }
        Cutover cutover = cutovers.plan(request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(cutover.id.toString()).build())
                .entity(CutoverView.of(cutover)).build();
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public CutoverPage list(@QueryParam("status") String statusParam,
                            @QueryParam("team") String team,
                            @QueryParam("from") String fromParam,
                            @QueryParam("to") String toParam,
                            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        CutoverStatus status = QueryParams.enumValue("status", statusParam, CutoverStatus.class);
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        if (from != null && to != null && to.isBefore(from)) {
            throw dev.golive.problems.ProblemException.invalid("to", "must not be before from (" + from + ")");
        }
        Optional<Set<UUID>> visible = caller.hasRole(Roles.ADMIN) ? Optional.empty()
                : Optional.of(members.cutoversOf(caller.getPrincipal().getName()));
        return cutovers.list(visible, status, team, from, to, page, size);
    }

    @GET
    @Path("/{cutoverId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public CutoverView get(@PathParam("cutoverId") UUID id) {
        return CutoverView.of(cutovers.get(id));
    }

    @PATCH
    @Path("/{cutoverId}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.OPS_LEAD)
    public CutoverView update(@PathParam("cutoverId") UUID id, CutoverPatch patch) {
        if (patch == null) {
            throw dev.golive.problems.ProblemException.invalid("body", "a patch is required");
        }
        return CutoverView.of(cutovers.update(id, patch, caller.getPrincipal().getName()));
    }

    @POST
    @Path("/{cutoverId}/cancel")
    @RolesAllowed(Roles.OPS_LEAD)
    public CutoverView cancel(@PathParam("cutoverId") UUID id, ReasonRequest body) {
        String reason = body == null ? null : body.reason();
        if (reason == null || reason.isBlank()) {
            throw dev.golive.problems.ProblemException.invalid("reason", "say why the cutover is cancelled");
        }
        dev.golive.problems.ProblemException.refuseIfAny(ReasonRules.check(reason));
        return CutoverView.of(cutovers.cancel(id, reason.strip(), caller.getPrincipal().getName()));
    }

    @POST
    @Path("/{cutoverId}/status")
    @RolesAllowed(Roles.OPS_LEAD)
    public CutoverView changeStatus(@PathParam("cutoverId") UUID id, StatusRequest body) {
        if (body == null) {
            throw dev.golive.problems.ProblemException.invalid("status", "is required");
        }
        dev.golive.problems.ProblemException.refuseIfAny(ReasonRules.check(body.reason()));
        return CutoverView.of(cutovers.changeStatus(id, body.status(), body.reason(), caller.getPrincipal().getName()));
    }

    public record ReasonRequest(String reason) {
    }

    public record StatusRequest(CutoverStatus status, String reason) {
    }
}
