package dev.golive.testing.plan;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.Outcome;
import dev.golive.testing.result.ResultRow;
import dev.golive.testing.tester.TesterRow;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The weekend's plan: the ops lead plans, publishes and moves assignments; every role reads it,
 * a tester typically with {@code ?tester=} (their tester id or username).
 */
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    SecurityIdentity caller;

    @POST
    @Path("/assignments:plan")
    @RolesAllowed(Roles.OPS_LEAD)
    public PlanView plan(@PathParam("cutoverId") UUID cutoverId) {
        plans.plan(cutoverId, caller.getPrincipal().getName());
        return view(cutoverId, null);
    }

    @POST
    @Path("/assignments:publish")
    @RolesAllowed(Roles.OPS_LEAD)
    public PlanView publish(@PathParam("cutoverId") UUID cutoverId) {
        plans.publish(cutoverId, caller.getPrincipal().getName());
        return view(cutoverId, null);
    }

    @GET
    @Path("/assignments")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public PlanView list(@PathParam("cutoverId") UUID cutoverId, @QueryParam("tester") String tester) {
        return view(cutoverId, tester == null || tester.isBlank() ? null : tester.strip());
    }

    @GET
    @Path("/assignments/{assignmentId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public AssignmentView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("assignmentId") UUID assignmentId) {
        return AssignmentRow.of(cutoverId, assignmentId).map(a -> view(a))
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
    }

    @PUT
    @Path("/assignments/{assignmentId}")
    @RolesAllowed(Roles.OPS_LEAD)
    public AssignmentView override(@PathParam("cutoverId") UUID cutoverId, @PathParam("assignmentId") UUID assignmentId,
                                   OverrideRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "name a testerId, a start, or both");
        }
        return view(plans.override(cutoverId, assignmentId, request, caller.getPrincipal().getName()));
    }

    private static AssignmentView view(AssignmentRow a) {
        PlanStore.PlanContext context = PlanStore.PlanContext.of(a.cutoverId);
        List<ResultRow> results = ResultRow.ofAssignment(a.cutoverId, a.id);
        return AssignmentView.of(a, context.scenario(a.scenarioId), context.tester(a.testerId),
                results.isEmpty() ? null : results.get(results.size() - 1).outcome.name());
    }

    /** The plan, with only the assignments of {@code tester} (an id or a username) when given. */
    static PlanView view(UUID cutoverId, String tester) {
        PlanStore.PlanContext context = PlanStore.PlanContext.of(cutoverId);
        UUID testerId = tester == null ? null : testerId(cutoverId, tester);
        Map<UUID, Outcome> latest = ResultRow.latestByAssignment(cutoverId);
        List<AssignmentView> assignments = AssignmentRow.ofCutover(cutoverId).stream()
                .filter(a -> testerId == null || a.testerId.equals(testerId))
                .map(a -> AssignmentView.of(a, context.scenario(a.scenarioId), context.tester(a.testerId),
                        latest.containsKey(a.id) ? latest.get(a.id).name() : null))
                .toList();
        List<PlanView.UnassignedView> unassigned = UnassignedRow.ofCutover(cutoverId).stream()
                .map(u -> new PlanView.UnassignedView(u.key.scenarioId,
                        context.scenario(u.key.scenarioId) == null ? null : context.scenario(u.key.scenarioId).title,
                        u.reason.name(), u.detail))
                .toList();
        CutoverProjection cutover = CutoverProjection.<CutoverProjection>findByIdOptional(cutoverId).orElse(null);
        PlanRow plan = PlanRow.<PlanRow>findByIdOptional(cutoverId).orElse(null);
        if (plan == null) {
            return new PlanView(null, "NONE", cutover == null ? 0 : cutover.windowRevision,
                    cutover == null ? null : cutover.testingStart, cutover == null ? null : cutover.testingEnd,
                    null, null, null, null, List.of(), List.of());
        }
        return new PlanView(plan.planId.toString(), plan.status.name(), plan.windowRevision,
                cutover == null ? null : cutover.testingStart, cutover == null ? null : cutover.testingEnd,
                plan.plannedBy, plan.plannedAt, plan.publishedBy, plan.publishedAt, assignments, unassigned);
    }

    private static UUID testerId(UUID cutoverId, String tester) {
        try {
            UUID id = UUID.fromString(tester);
            if (TesterRow.of(cutoverId, id).isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // not an id: a username
        }
        return TesterRow.ofUsername(cutoverId, tester).map(t -> t.id)
                .orElseThrow(() -> ProblemException.invalid("tester", "names no tester of cutover " + cutoverId
                        + " (neither an id nor a username): " + tester));
    }
}
