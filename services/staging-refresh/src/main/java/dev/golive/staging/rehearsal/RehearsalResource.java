package dev.golive.staging.rehearsal;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.staging.domain.AttemptOutcome;
import dev.golive.staging.domain.DeveloperReview;
import dev.golive.staging.domain.ErrorCategory;
import dev.golive.staging.domain.RehearsalStage;
import dev.golive.staging.review.ReviewItemRow;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rehearsals of a cutover, written by people: ops leads and on-call staff; read by them, testers and
 * admins (stakeholders read the verdict, {@code staging-readiness}, not the rehearsals behind it).
 */
@Path("/api/cutovers/{cutoverId}/rehearsals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RehearsalResource {

    @Inject
    RehearsalService rehearsals;

    @Inject
    SecurityIdentity caller;

    @POST
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response request(@PathParam("cutoverId") UUID cutoverId, RehearsalRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw ProblemException.invalid("productionBackupAt", "is required");
        }
        RehearsalView view = rehearsals.request(cutoverId, body.productionBackupAt(), body.sourceVersion(),
                body.targetVersion(), body.databaseSizeMb(), who());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(view).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public List<RehearsalView> list(@PathParam("cutoverId") UUID cutoverId) {
        List<RehearsalRow> rows = RehearsalRow.ofCutover(cutoverId);
        Map<UUID, DeveloperReview> reviews = ReviewItemRow.reviewsOf(rows.stream()
                .filter(r -> r.stage == RehearsalStage.SUCCEEDED).map(r -> r.id).toList());
        return rows.stream().map(r -> RehearsalView.of(r, reviews.get(r.id))).toList();
    }

    @GET
    @Path("/{rehearsalId}")
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public RehearsalView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId) {
        return RehearsalView.of(RehearsalRow.require(cutoverId, rehearsalId));
    }

    /** A stage change without data of its own: STANDARD_UPGRADE_RUNNING, FAILED, ABANDONED, SUCCEEDED (no custom modules). */
    @POST
    @Path("/{rehearsalId}/stage")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public RehearsalView changeStage(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                     StageRequest body) {
        return rehearsals.moveTo(cutoverId, rehearsalId, body == null ? null : body.stage(), null, who());
    }

    @POST
    @Path("/{rehearsalId}/hops/{fromVersion}/start")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public RehearsalView startHop(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                  @PathParam("fromVersion") int fromVersion) {
        return rehearsals.hopStarted(cutoverId, rehearsalId, fromVersion, null, who());
    }

    @POST
    @Path("/{rehearsalId}/hops/{fromVersion}/finish")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public RehearsalView finishHop(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                   @PathParam("fromVersion") int fromVersion, HopOutcomeRequest body) {
        boolean ok = hopSucceeded(body == null ? null : body.outcome());
        return rehearsals.hopFinished(cutoverId, rehearsalId, fromVersion, ok, null, who());
    }

    /**
     * A push: starts the next custom-module upgrade attempt with the pushed commit. The client's CI
     * pipeline records its own attempts with its service account (realm role ci-pipeline).
     */
    @POST
    @Path("/{rehearsalId}/attempts")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.CI_PIPELINE})
    public Response startAttempt(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                 AttemptRequest body, @Context UriInfo uri) {
        RehearsalView view = rehearsals.attemptStarted(cutoverId, rehearsalId,
                body == null ? null : body.commitRef(), null, who());
        int number = view.attempts().get(view.attempts().size() - 1).number();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(number)).build())
                .entity(view).build();
    }

    @POST
    @Path("/{rehearsalId}/attempts/{number}/finish")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.CI_PIPELINE})
    public RehearsalView finishAttempt(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                       @PathParam("number") int number, AttemptOutcomeRequest body) {
        if (body == null || body.outcome() == null) {
            throw ProblemException.invalid("outcome", "is required (SUCCEEDED or FAILED)");
        }
        return rehearsals.attemptFinished(cutoverId, rehearsalId, number, body.outcome(),
                body.errorCategory(), body.logExcerpt(), null, who());
    }

    static boolean hopSucceeded(String outcome) {
        if ("SUCCEEDED".equals(outcome)) {
            return true;
        }
        if ("FAILED".equals(outcome)) {
            return false;
        }
        throw ProblemException.invalid("outcome", outcome == null ? "is required (SUCCEEDED or FAILED)"
                : "must be SUCCEEDED or FAILED, was '" + outcome + "'");
    }

    private String who() {
        return caller.getPrincipal().getName();
    }

    /** {@code databaseSizeMb}: the size of the production copy the rehearsal upgrades, optional (scales the forecast). */
    public record RehearsalRequest(Instant productionBackupAt, Integer sourceVersion, Integer targetVersion,
                                   Long databaseSizeMb) {
    }

    public record StageRequest(RehearsalStage stage) {
    }

    public record HopOutcomeRequest(String outcome) {
    }

    public record AttemptRequest(String commitRef) {
    }

    public record AttemptOutcomeRequest(AttemptOutcome outcome, ErrorCategory errorCategory, String logExcerpt) {
    }
}
