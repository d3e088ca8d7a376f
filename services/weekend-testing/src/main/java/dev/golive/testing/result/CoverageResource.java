package dev.golive.testing.result;

import dev.golive.contracts.Roles;
import dev.golive.contracts.testing.CoverageChanged;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How far the weekend's testing has come: per area, the critical scenarios still to pass, and the sign-off. */
@Path("/api/cutovers/{cutoverId}/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    @Inject
    CoverageTracker tracker;

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public CoverageView get(@PathParam("cutoverId") UUID cutoverId) {
        CoverageTracker.Snapshot now = tracker.now(cutoverId);
        return new CoverageView(now.areas(), now.pendingCritical(), now.signOffReady(), tracker.signedOffAt(cutoverId));
    }

    public record CoverageView(List<CoverageChanged.AreaCoverage> areas, List<String> pendingCritical,
                               boolean signOffReady, Instant signedOffAt) {
    }
}
