package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** weekend-testing: the plan of assignments, results, coverage and the on-call roster. */
@RegisterRestClient(configKey = "testing")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TestingClient {

    /** The plan; {@code tester} (a username) narrows it to that tester's assignments. */
    @GET
    @Path("/assignments")
    Map<String, Object> plan(@PathParam("cutoverId") String cutoverId, @QueryParam("tester") String tester);

    @POST
    @Path("/assignments/{assignmentId}/results")
    Map<String, Object> record(@PathParam("cutoverId") String cutoverId,
                               @PathParam("assignmentId") String assignmentId, Map<String, Object> result);

    @GET
    @Path("/coverage")
    Map<String, Object> coverage(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/roster")
    Map<String, Object> roster(@PathParam("cutoverId") String cutoverId);
}
