package dev.golive.testing.plan;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.testing.access.TesterReads;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The weekend's plan: the ops lead plans, publishes and moves assignments. The cutover's ops lead,
 * on-call people and admins read all of it; a tester reads their own assignments only
 * ({@link TesterReads}).
 */
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    SecurityIdentity caller;

    @Inject
    TesterReads reads;

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

    /**
     * The plan; with {@code ?tester=} (a tester id or username) only that tester's assignments. A
     * tester reads their own: naming nobody means themselves, naming another tester is a 403, and the
     * scenarios nobody was assigned are not theirs to see.
     */
    @GET
    @Path("/assignments")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public PlanView list(@PathParam("cutoverId") UUID cutoverId, @QueryParam("tester") String tester) {
        String asked = tester == null || tester.isBlank() ? null : tester.strip();
        if (reads.readsEveryTester(cutoverId)) {
            return view(cutoverId, asked);
        }
        UUID own;
        if (asked != null) {
            TesterRow named = testerOf(cutoverId, asked);
            reads.requireReadable(cutoverId, named.username, "tester " + asked);
            own = named.id;
        } else {
            own = TesterRow.ofUsername(cutoverId, caller.getPrincipal().getName()).map(t -> t.id).orElse(null);
        }
        return view(cutoverId, a -> a.testerId.equals(own), false);
    }

    @GET
    @Path("/assignments/{assignmentId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public AssignmentView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("assignmentId") UUID assignmentId) {
        AssignmentRow assignment = AssignmentRow.of(cutoverId, assignmentId)
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
        TesterRow tester = TesterRow.findById(assignment.testerId);
        reads.requireReadable(cutoverId, tester == null ? null : tester.username, "assignment " + assignmentId);
        return view(assignment);
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
        UUID testerId = tester == null ? null : testerOf(cutoverId, tester).id;
        return view(cutoverId, a -> testerId == null || a.testerId.equals(testerId), true);
    }

    /** The plan with the assignments {@code shown} lets through, and what is unassigned when {@code withUnassigned}. */
    private static PlanView view(UUID cutoverId, Predicate<AssignmentRow> shown, boolean withUnassigned) {
        PlanStore.PlanContext context = PlanStore.PlanContext.of(cutoverId);
        Map<UUID, Outcome> latest = ResultRow.latestByAssignment(cutoverId);
        List<AssignmentView> assignments = AssignmentRow.ofCutover(cutoverId).stream()
                .filter(shown)
                .map(a -> AssignmentView.of(a, context.scenario(a.scenarioId), context.tester(a.testerId),
                        latest.containsKey(a.id) ? latest.get(a.id).name() : null))
                .toList();
        List<PlanView.UnassignedView> unassigned = !withUnassigned ? List.of() : UnassignedRow.ofCutover(cutoverId)
                .stream()
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

    /** The tester {@code tester} (an id or a username) names; 422 when it names none of the cutover's. */
    private static TesterRow testerOf(UUID cutoverId, String tester) {
        try {
            Optional<TesterRow> byId = TesterRow.of(cutoverId, UUID.fromString(tester));
            if (byId.isPresent()) {
                return byId.get();
            }
        } catch (IllegalArgumentException e) {
            // not an id: a username
        }
        return TesterRow.ofUsername(cutoverId, tester)
                .orElseThrow(() -> ProblemException.invalid("tester", "names no tester of cutover " + cutoverId
                        + " (neither an id nor a username): " + tester));
    }
}
