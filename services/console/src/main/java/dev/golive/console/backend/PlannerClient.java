package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** cutover-planner: cutovers, windows and their milestones, go/no-go gates. */
@RegisterRestClient(configKey = "planner")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/cutovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlannerClient {

    @GET
    Map<String, Object> list(@QueryParam("size") int size);

    @POST
    Map<String, Object> plan(Map<String, Object> cutover);

    @GET
    @Path("/{id}")
    Map<String, Object> get(@PathParam("id") String id);

    @GET
    @Path("/{id}/window-proposals")
    Map<String, Object> proposals(@PathParam("id") String id, @QueryParam("count") int count);

    @PUT
    @Path("/{id}/window")
    Map<String, Object> schedule(@PathParam("id") String id, Map<String, Object> window);

    @GET
    @Path("/{id}/gates")
    Map<String, Object> gates(@PathParam("id") String id);

    @POST
    @Path("/{id}/go-no-go")
    Map<String, Object> goNoGo(@PathParam("id") String id, Map<String, Object> decision);

    /** Cancels the cutover: {@code {"reason": "…"}} (ops lead). */
    @POST
    @Path("/{id}/cancel")
    Map<String, Object> cancel(@PathParam("id") String id, Map<String, Object> reason);

    /** Who takes part: {@code own} (named by the ops lead) and {@code all} (with the client's standing members). */
    @GET
    @Path("/{id}/members")
    Map<String, Object> members(@PathParam("id") String id);

    /** Replaces the cutover's own members: {@code {"members": [{"member", "role"}, …]}}. */
    @PUT
    @Path("/{id}/members")
    Map<String, Object> setMembers(@PathParam("id") String id, Map<String, Object> members);

    /** A merge patch of the cutover (name, policy field by field, blackouts as a whole list, …); ops lead. */
    @jakarta.ws.rs.PATCH
    @Path("/{id}")
    Map<String, Object> update(@PathParam("id") String id, Map<String, Object> patch);
}
