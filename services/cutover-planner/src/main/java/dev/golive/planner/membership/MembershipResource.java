package dev.golive.planner.membership;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.problems.ProblemException;
import dev.golive.problems.json.TextRules;
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
 * Who takes part in a cutover (its ops lead names them) and in every cutover of a client (an
 * administrator names the client's standing members). Only the ops lead and on-call staff of the
 * cutover read its members.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MembershipResource {

    /** The longest client name: the cutover's own limit. */
    static final int MAX_CLIENT = 200;

    private final Membership membership;
    private final SecurityIdentity caller;

    MembershipResource(Membership membership, SecurityIdentity caller) {
        this.membership = membership;
        this.caller = caller;
    }

    /** Everyone who takes part: {@code own} as the ops lead named them, {@code all} with the client's. */
    @GET
    @Path("/cutovers/{cutoverId}/members")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public MembersView members(@PathParam("cutoverId") UUID cutoverId) {
        return new MembersView(membership.ownOf(cutoverId), membership.allOf(cutoverId));
    }

    @PUT
    @Path("/cutovers/{cutoverId}/members")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public MembersView replace(@PathParam("cutoverId") UUID cutoverId, MembersRequest body) {
        membership.replaceOwn(cutoverId, body == null ? null : body.members(), caller.getPrincipal().getName());
        return members(cutoverId);
    }

    @GET
    @Path("/clients/{client}/members")
    @RolesAllowed(Roles.ADMIN)
    public List<CutoverMember> clientMembers(@PathParam("client") String client) {
        return membership.ofClient(checked(client));
    }

    @PUT
    @Path("/clients/{client}/members")
    @RolesAllowed(Roles.ADMIN)
    public List<CutoverMember> replaceClient(@PathParam("client") String client, MembersRequest body) {
        return membership.replaceClient(checked(client), body == null ? null : body.members(),
                caller.getPrincipal().getName());
    }

    private static String checked(String client) {
        String violation = TextRules.violation(client, MAX_CLIENT);
        if (client == null || client.isBlank() || violation != null) {
            throw ProblemException.invalid("client", violation != null ? violation : "is required");
        }
        return client;
    }

    public record MembersRequest(List<CutoverMember> members) {
    }

    public record MembersView(List<CutoverMember> own, List<CutoverMember> all) {
    }
}
