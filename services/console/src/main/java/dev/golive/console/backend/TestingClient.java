package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

    /** The scenarios, in the order listed (not for stakeholders). */
    @GET
    @Path("/scenarios")
    List<Map<String, Object>> scenarios(@PathParam("cutoverId") String cutoverId);

    /** Adds a scenario ({@code id}, {@code title}, {@code area}, {@code criticality}, {@code estimatedMinutes}, {@code dependsOn}). */
    @POST
    @Path("/scenarios")
    Map<String, Object> addScenario(@PathParam("cutoverId") String cutoverId, Map<String, Object> scenario);

    /** Adds the default scenarios the cutover does not have yet. */
    @POST
    @Path("/scenarios/catalogue")
    Map<String, Object> addCatalogue(@PathParam("cutoverId") String cutoverId);

    /** Replaces a scenario (it keeps its id). */
    @PUT
    @Path("/scenarios/{scenarioId}")
    Map<String, Object> updateScenario(@PathParam("cutoverId") String cutoverId, @PathParam("scenarioId") String scenarioId,
                                       Map<String, Object> scenario);

    /** Removes a scenario (refused while it is another's prerequisite). */
    @DELETE
    @Path("/scenarios/{scenarioId}")
    void removeScenario(@PathParam("cutoverId") String cutoverId, @PathParam("scenarioId") String scenarioId);

    /** The testers with their availability (contact details: ops lead, on-call, admin only). */
    @GET
    @Path("/testers")
    List<Map<String, Object>> testers(@PathParam("cutoverId") String cutoverId);

    /** Adds a tester with their availability. */
    @POST
    @Path("/testers")
    Map<String, Object> addTester(@PathParam("cutoverId") String cutoverId, Map<String, Object> tester);

    /** Replaces a tester (availability and staging availability included: what is left out is gone). */
    @PUT
    @Path("/testers/{testerId}")
    Map<String, Object> updateTester(@PathParam("cutoverId") String cutoverId, @PathParam("testerId") String testerId,
                                     Map<String, Object> tester);

    /** Removes a tester. */
    @DELETE
    @Path("/testers/{testerId}")
    void removeTester(@PathParam("cutoverId") String cutoverId, @PathParam("testerId") String testerId);

    /** Plans the weekend from the current scenarios and testers: a draft. */
    @POST
    @Path("/assignments:plan")
    Map<String, Object> planAssignments(@PathParam("cutoverId") String cutoverId);

    /** Publishes the draft plan. */
    @POST
    @Path("/assignments:publish")
    Map<String, Object> publishPlan(@PathParam("cutoverId") String cutoverId);

    /** Gives an assignment to another tester or another start ({@code testerId}, {@code start}, {@code reason}). */
    @PUT
    @Path("/assignments/{assignmentId}")
    Map<String, Object> overrideAssignment(@PathParam("cutoverId") String cutoverId,
                                           @PathParam("assignmentId") String assignmentId, Map<String, Object> change);

    /** Plans a staging round on a reviewed rehearsal ({@code rehearsalId}, {@code from}, {@code to}). */
    @POST
    @Path("/staging-rounds")
    Map<String, Object> planStagingRound(@PathParam("cutoverId") String cutoverId, Map<String, Object> round);

    /** The training list: per area, what changed for the power users. */
    @GET
    @Path("/training")
    Map<String, Object> training(@PathParam("cutoverId") String cutoverId);

    /** Sends an area's training list ({@code recipients}: usernames, or none for the testers who know the area). */
    @POST
    @Path("/training/{area}:send")
    Map<String, Object> sendTraining(@PathParam("cutoverId") String cutoverId, @PathParam("area") String area,
                                     Map<String, Object> recipients);

    /** Replaces the on-call roster ({@code shifts}: id, person, role, start, end). */
    @PUT
    @Path("/roster")
    Map<String, Object> publishRoster(@PathParam("cutoverId") String cutoverId, Map<String, Object> roster);
}
