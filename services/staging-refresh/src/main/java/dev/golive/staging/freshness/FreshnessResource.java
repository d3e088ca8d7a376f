package dev.golive.staging.freshness;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.FreshnessPolicy;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** How fresh a rehearsal must be (the ops lead's policy) and how far production drifted from it. */
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FreshnessResource {

    @Inject
    FreshnessService freshness;

    @Inject
    SecurityIdentity caller;

    @GET
    @Path("/staging-policy")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public PolicyView policy(@PathParam("cutoverId") UUID cutoverId) {
        FreshnessPolicyRow row = FreshnessPolicyRow.findById(cutoverId);
        return row == null ? PolicyView.of(FreshnessPolicy.defaults(), true, null, null)
                : PolicyView.of(row.toDomain(), false, row.updatedBy, row.updatedAt);
    }

    @PUT
    @Path("/staging-policy")
    @RolesAllowed(Roles.OPS_LEAD)
    public PolicyView setPolicy(@PathParam("cutoverId") UUID cutoverId, PolicyRequest body) {
        if (body == null) {
            throw ProblemException.invalid("maxAge", "is required");
        }
        FreshnessPolicyRow row = freshness.setPolicy(cutoverId, body.maxAge(), body.maxCustomModuleCommits(),
                body.maxModuleListChanges(), caller.getPrincipal().getName());
        return PolicyView.of(row.toDomain(), false, row.updatedBy, row.updatedAt);
    }

    @GET
    @Path("/drift")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public FreshnessService.DriftSummary drift(@PathParam("cutoverId") UUID cutoverId) {
        return freshness.drift(cutoverId);
    }

    /** Production changes since the last rehearsal's backup; reports add up. */
    @POST
    @Path("/drift")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response reportDrift(@PathParam("cutoverId") UUID cutoverId, DriftRequest body) {
        FreshnessService.DriftSummary drift = freshness.reportDrift(cutoverId,
                body == null ? null : body.customModuleCommits(), body == null ? null : body.moduleListChanges(),
                caller.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(drift).build();
    }

    public record PolicyRequest(Duration maxAge, Integer maxCustomModuleCommits, Integer maxModuleListChanges) {
    }

    public record PolicyView(Duration maxAge, int maxCustomModuleCommits, int maxModuleListChanges, boolean defaults,
                             String updatedBy, Instant updatedAt) {
        static PolicyView of(FreshnessPolicy p, boolean defaults, String by, Instant at) {
            return new PolicyView(p.maxAge(), p.maxCustomModuleCommits(), p.maxModuleListChanges(), defaults, by, at);
        }
    }

    public record DriftRequest(Integer customModuleCommits, Integer moduleListChanges) {
    }
}
