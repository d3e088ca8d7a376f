package dev.golive.planner.window;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.planner.cutover.CutoverView;
import dev.golive.planner.domain.Proposals;
import dev.golive.planner.domain.ReasonRules;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WindowResource {

    private final WindowScheduling windows;
    private final SecurityIdentity caller;

    @Inject
    WindowResource(WindowScheduling windows, SecurityIdentity caller) {
        this.windows = windows;
        this.caller = caller;
    }

    /** The next eligible windows, and the candidates passed over with the reasons: planning, for the technical staff. */
    @GET
    @Path("/window-proposals")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public ProposalsView proposals(@PathParam("cutoverId") UUID id,
                                   @QueryParam("count") @DefaultValue("3") @Min(1) @Max(20) int count) {
        Proposals proposals = windows.propose(id, count);
        return new ProposalsView(
                proposals.windows().stream().map(w -> new WindowView(w.requestedDowntimeStart(), w.zone().getId(),
                        w.adjustedForDst(), MilestoneTimes.of(w))).toList(),
                proposals.skipped().stream().map(s -> new SkippedView(s.downtimeStart(),
                        s.reasons().stream().map(r -> new ReasonView(r.kind().name(), r.detail())).toList()))
                        .toList());
    }

    @PUT
    @Path("/window")
    @RolesAllowed(Roles.OPS_LEAD)
    public CutoverView schedule(@PathParam("cutoverId") UUID id, WindowRequest request) {
        if (request == null) {
            throw dev.golive.problems.ProblemException.invalid("downtimeStart", "is required");
        }
        dev.golive.problems.ProblemException.refuseIfAny(ReasonRules.check(request.reason()));
        return CutoverView.of(windows.schedule(id, request.downtimeStart(), request.reason(),
                Boolean.TRUE.equals(request.chooseHoliday()), caller.getPrincipal().getName()));
    }

    /**
     * Body of {@code PUT /window}: the downtime start on the wall clock of the cutover's zone;
     * {@code chooseHoliday}: take it although public holidays close it ({@code reason} then required).
     */
    public record WindowRequest(LocalDateTime downtimeStart, String reason, Boolean chooseHoliday) {

        public WindowRequest(LocalDateTime downtimeStart, String reason) {
            this(downtimeStart, reason, null);
        }
    }

    public record ProposalsView(List<WindowView> windows, List<SkippedView> skipped) {
    }

    public record WindowView(LocalDateTime downtimeStart, String zone, boolean adjustedForDst,
                             List<MilestoneTime> milestones) {
    }

    public record SkippedView(LocalDateTime downtimeStart, List<ReasonView> reasons) {
    }

    public record ReasonView(String kind, String detail) {
    }
}
