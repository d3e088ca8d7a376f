package dev.golive.planner.membership;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverMember;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * Who takes part in a cutover: its ops lead names them; only the ops lead and on-call staff of the
 * cutover read them (a client's standing members are {@link ClientMembersResource}'s).
 */
@Path("/api/cutovers/{cutoverId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    private final Membership membership;
    private final SecurityIdentity caller;

    MembershipResource(Membership membership, SecurityIdentity caller) {
        this.membership = membership;
        this.caller = caller;
    }

    /** Everyone who takes part: {@code own} as the ops lead named them, {@code all} with the client's. */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public MembersView members(@PathParam("cutoverId") UUID cutoverId) {
        return new MembersView(membership.ownOf(cutoverId), membership.allOf(cutoverId));
    }

    @PUT
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public MembersView replace(@PathParam("cutoverId") UUID cutoverId, MembersRequest body) {
        membership.replaceOwn(cutoverId, body == null ? null : body.members(), caller.getPrincipal().getName());
        return members(cutoverId);
    }

    public record MembersRequest(List<CutoverMember> members) {
    }

    public record MembersView(List<CutoverMember> own, List<CutoverMember> all) {
    }
}
