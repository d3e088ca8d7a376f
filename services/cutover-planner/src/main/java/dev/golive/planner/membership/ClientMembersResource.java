package dev.golive.planner.membership;

import dev.golive.contracts.Roles;
import dev.golive.contracts.cutover.CutoverMember;
import dev.golive.planner.membership.MembershipResource.MembersRequest;
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

/**
 * A client's standing members (an administrator names them): they take part in every cutover of that
 * client, those planned already and those to come, e.g. the client's stakeholders.
 */
@Path("/api/clients/{client}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientMembersResource {

    /** The longest client name: the cutover's own limit. */
    static final int MAX_CLIENT = 200;

    private final Membership membership;
    private final SecurityIdentity caller;

    ClientMembersResource(Membership membership, SecurityIdentity caller) {
        this.membership = membership;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public List<CutoverMember> clientMembers(@PathParam("client") String client) {
        return membership.ofClient(checked(client));
    }

    @PUT
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

}
