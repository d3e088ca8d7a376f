package dev.golive.planner.gonogo;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.planner.cutover.Cutover;
import dev.golive.planner.cutover.CutoverView;
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
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoNoGoResource {

    private final Gatekeeper gatekeeper;
    private final GoNoGoService goNoGo;
    private final SecurityIdentity caller;

    @Inject
    GoNoGoResource(Gatekeeper gatekeeper, GoNoGoService goNoGo, SecurityIdentity caller) {
        this.gatekeeper = gatekeeper;
        this.goNoGo = goNoGo;
        this.caller = caller;
    }

    @GET
    @Path("/gates")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    @Transactional
    public GatesView gates(@PathParam("cutoverId") UUID id) {
        Cutover cutover = Cutover.require(id);
        return GatesView.of(cutover, gatekeeper.current(cutover), gatekeeper.since(cutover),
                goNoGo.latest(id).orElse(null));
    }

    /** The ops lead's go/no-go; the caller's preferred_username is recorded as who decided. */
    @POST
    @Path("/go-no-go")
    @RolesAllowed(Roles.OPS_LEAD)
    public DecisionResponse decide(@PathParam("cutoverId") UUID id, DecisionRequest request) {
        GoNoGoService.Outcome outcome = goNoGo.decide(id, request, caller.getPrincipal().getName());
        DecisionRow d = outcome.decision();
        return new DecisionResponse(id, d.decision.name(), d.decidedBy, d.reason, d.failingGates, d.decidedAt,
                d.windowRevision, outcome.cutover().status, outcome.rescheduled(),
                CutoverView.of(outcome.cutover()).window());
    }

    /**
     * The decision as recorded ({@code windowRevision}: the window it was about), the status after
     * it, and the cutover's window: the new one when a NO_GO moved it ({@code rescheduled}).
     */
    public record DecisionResponse(UUID cutoverId, String decision, String decidedBy, String reason,
                                   List<String> failingGates, Instant decidedAt, int windowRevision,
                                   CutoverStatus status, boolean rescheduled, CutoverView.Window window) {
    }
}
