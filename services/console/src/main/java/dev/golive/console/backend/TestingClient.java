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

import java.util.List;
import java.util.Map;

/** weekend-testing: the plan of assignments, the staging rounds, results, coverage and the on-call roster. */
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

    /** The staging rounds: power users testing on the upgraded staging database before the go-live is approved. */
    @GET
    @Path("/staging-rounds")
    List<Map<String, Object>> stagingRounds(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/coverage")
    Map<String, Object> coverage(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/roster")
    Map<String, Object> roster(@PathParam("cutoverId") String cutoverId);
}
