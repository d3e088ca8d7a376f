package dev.golive.staging.review;

import dev.golive.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/**
 * The developer's first review of a rehearsal's upgraded staging database. Those who run the upgrade
 * read and mark it (admins read it); testers see only its outcome, on the rehearsal
 * ({@code reviewDone}, {@code readyForPowerUsers}).
 */
@Path("/api/cutovers/{cutoverId}/rehearsals/{rehearsalId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final SecurityIdentity caller;

    public ReviewResource(ReviewService reviews, SecurityIdentity caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public ReviewView review(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId) {
        return reviews.review(cutoverId, rehearsalId);
    }

    @PUT
    @Path("/{itemKey}")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public ReviewView mark(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                           @PathParam("itemKey") String itemKey, ReviewService.Mark body) {
        return reviews.mark(cutoverId, rehearsalId, itemKey, body, caller.getPrincipal().getName());
    }
}
