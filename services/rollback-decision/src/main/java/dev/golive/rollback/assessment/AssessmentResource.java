package dev.golive.rollback.assessment;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.domain.Assessment;
import dev.golive.rollback.domain.RollbackWindow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The rollback assessment of a cutover, computed at the moment of the request (nothing is recorded). */
@Path("/api/cutovers/{cutoverId}/rollback-assessment")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    Reassessment reassessment;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public AssessmentView current(@PathParam("cutoverId") UUID cutoverId) {
        CutoverProjection cutover = CutoverProjection.of(cutoverId)
                .orElseThrow(() -> ProblemException.notFound("cutover", cutoverId));
        RollbackWindow window = cutover.window().orElseThrow(() -> ProblemException.conflict("no-window",
                "no go-live window of cutover " + cutoverId + " is known yet, so neither is its point of no return",
                List.of("NO_WINDOW")));
        Instant now = clock.instant();
        Assessment a = reassessment.assess(cutover, window, now);
        AssessmentRow last = AssessmentRow.latest(cutoverId);
        return new AssessmentView(cutoverId, a.recommendation().name(), a.reasons(), a.openIncidentIds(),
                a.openIncidentCount(),
                a.pointOfNoReturn(), window.passed(now), a.timeToPointOfNoReturn(), window.systemBack(),
                window.businessResume(), a.rollbackWouldLose(), cutover.windowRevision, cutover.cancelled(),
                last == null ? null : last.id, now);
    }
}
