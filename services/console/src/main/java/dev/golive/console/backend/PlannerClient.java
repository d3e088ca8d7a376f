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
}
