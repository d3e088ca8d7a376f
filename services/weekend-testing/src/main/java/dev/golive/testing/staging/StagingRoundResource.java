package dev.golive.testing.staging;

import dev.golive.contracts.Roles;
import dev.golive.problems.ProblemException;
import dev.golive.testing.access.TesterReads;
import dev.golive.testing.domain.CriticalFlows;
import dev.golive.testing.domain.StagingRehearsals;
import dev.golive.testing.plan.PlanStore;
import dev.golive.testing.plan.PlanView;
import dev.golive.testing.result.ResultRow;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.testing.tester.TesterRow;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staging rounds: the ops lead plans one on the current, reviewed rehearsal; the cutover's ops lead,
 * on-call people and admins read them whole, a tester their own assignments only ({@link TesterReads}).
 */
@Path("/api/cutovers/{cutoverId}/staging-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StagingRoundResource {

    private final StagingRounds rounds;
    private final SecurityIdentity caller;
    private final TesterReads reads;

    public StagingRoundResource(StagingRounds rounds, SecurityIdentity caller, TesterReads reads) {
        this.rounds = rounds;
        this.caller = caller;
        this.reads = reads;
    }

    @POST
    @RolesAllowed(Roles.OPS_LEAD)
    public Response plan(@PathParam("cutoverId") UUID cutoverId, StagingRoundRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw ProblemException.invalid("body", "a staging round needs rehearsalId, from and to");
        }
        StagingRoundRow round = rounds.plan(cutoverId, request, caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(round.id.toString()).build())
                .entity(view(round, true)).build();
    }

    /** Every staging round of the cutover, newest first. */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public List<StagingRoundView> list(@PathParam("cutoverId") UUID cutoverId) {
        boolean everyone = reads.readsEveryTester(cutoverId);
        return StagingRoundRow.ofCutover(cutoverId).stream().map(r -> view(r, everyone)).toList();
    }

    @GET
    @Path("/{roundId}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public StagingRoundView get(@PathParam("cutoverId") UUID cutoverId, @PathParam("roundId") UUID roundId) {
        StagingRoundRow round = StagingRoundRow.of(cutoverId, roundId)
                .orElseThrow(() -> ProblemException.notFound("staging round", roundId));
        return view(round, reads.readsEveryTester(cutoverId));
    }

    /** The round; with {@code everyone} false, only the caller's own assignments and no unassigned list. */
    private StagingRoundView view(StagingRoundRow round, boolean everyone) {
        UUID cutoverId = round.cutoverId;
        PlanStore.PlanContext context = PlanStore.PlanContext.of(cutoverId);
        UUID own = everyone ? null
                : TesterRow.ofUsername(cutoverId, caller.getPrincipal().getName()).map(t -> t.id).orElse(null);
        Map<UUID, String> latest = new LinkedHashMap<>();
        ResultRow.onRehearsal(cutoverId, round.rehearsalId).forEach(r -> latest.put(r.assignmentId, r.outcome.name()));
        List<StagingRoundView.Assignment> assignments = StagingAssignmentRow.ofRound(round.id).stream()
                .filter(a -> everyone || a.testerId.equals(own))
                .map(a -> {
                    ScenarioRow s = context.scenario(a.scenarioId);
                    TesterRow t = context.tester(a.testerId);
                    ZoneId zone = t == null ? null : ZoneId.of(t.zone);
                    return new StagingRoundView.Assignment(a.id.toString(), a.scenarioId, s == null ? null : s.title,
                            s == null ? null : s.area.name(), s != null && s.toDomain().critical(),
                            a.testerId.toString(), t == null ? null : t.name, t == null ? null : t.username,
                            t == null ? null : t.zone, a.start, a.end,
                            zone == null ? null : LocalDateTime.ofInstant(a.start, zone),
                            zone == null ? null : LocalDateTime.ofInstant(a.end, zone), latest.get(a.id));
                }).toList();
        List<PlanView.UnassignedView> unassigned = !everyone ? List.of() : StagingUnassignedRow.ofRound(round.id).stream()
                .map(u -> new PlanView.UnassignedView(u.key.scenarioId,
                        context.scenario(u.key.scenarioId) == null ? null : context.scenario(u.key.scenarioId).title,
                        u.reason.name(), u.detail))
                .toList();
        List<CriticalFlows.Flow> flows = rounds.flows(cutoverId, round.rehearsalId);
        return new StagingRoundView(round.id.toString(), round.rehearsalId,
                StagingRehearsals.isCurrent(round.rehearsalId, RehearsalRow.domainOf(cutoverId)), round.from, round.to,
                round.createdBy, round.createdAt, assignments, unassigned,
                flows.stream().map(f -> new StagingRoundView.Flow(f.scenario().id(), f.scenario().title(),
                        f.scenario().area().name(), f.outcomeName())).toList(),
                CriticalFlows.allPassed(flows));
    }
}
