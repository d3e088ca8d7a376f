package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * staging-refresh: the rehearsals with their attempt loop, the staging readiness verdict, the
 * developer review of a rehearsal and its upgrade summary items (typed in one by one or imported).
 */
@RegisterRestClient(configKey = "staging")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
public interface StagingClient {

    @GET
    @Path("/rehearsals")
    List<Map<String, Object>> rehearsals(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/staging-readiness")
    Map<String, Object> readiness(@PathParam("cutoverId") String cutoverId);

    @GET
    @Path("/rehearsals/{rehearsalId}/review")
    Map<String, Object> review(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId);

    @PUT
    @Path("/rehearsals/{rehearsalId}/review/{itemKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> reviewItem(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId,
                                   @PathParam("itemKey") String itemKey, Map<String, Object> item);

    @GET
    @Path("/rehearsals/{rehearsalId}/summary-items")
    List<Map<String, Object>> summaryItems(@PathParam("cutoverId") String cutoverId,
                                           @PathParam("rehearsalId") String rehearsalId);

    @POST
    @Path("/rehearsals/{rehearsalId}/summary-items:import")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> importSummary(@PathParam("cutoverId") String cutoverId,
                                      @PathParam("rehearsalId") String rehearsalId, Map<String, Object> summary);

    /** Records a rehearsal requested on a production backup (versions default to the cutover's). */
    @POST
    @Path("/rehearsals")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> requestRehearsal(@PathParam("cutoverId") String cutoverId, Map<String, Object> rehearsal);

    /** Moves a rehearsal to a stage that carries no data (running, failed, abandoned, succeeded). */
    @POST
    @Path("/rehearsals/{rehearsalId}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> changeStage(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId,
                                    Map<String, Object> stage);

    /** The hop from {@code fromVersion} to the next major version started. */
    @POST
    @Path("/rehearsals/{rehearsalId}/hops/{fromVersion}/start")
    Map<String, Object> startHop(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId,
                                 @PathParam("fromVersion") int fromVersion);

    /** The hop from {@code fromVersion} finished: {@code {"outcome": "SUCCEEDED"|"FAILED"}}. */
    @POST
    @Path("/rehearsals/{rehearsalId}/hops/{fromVersion}/finish")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> finishHop(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId,
                                  @PathParam("fromVersion") int fromVersion, Map<String, Object> outcome);

    /** A push of the custom modules: starts the next custom-module upgrade attempt. */
    @POST
    @Path("/rehearsals/{rehearsalId}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> startAttempt(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId,
                                     Map<String, Object> attempt);

    /** The running attempt finished: outcome, error category when it failed, log excerpt. */
    @POST
    @Path("/rehearsals/{rehearsalId}/attempts/{number}/finish")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> finishAttempt(@PathParam("cutoverId") String cutoverId, @PathParam("rehearsalId") String rehearsalId,
                                      @PathParam("number") int number, Map<String, Object> outcome);

    /** Resolves an upgrade-summary item: FIXED or ACCEPTED_AS_IS. */
    @POST
    @Path("/rehearsals/{rehearsalId}/summary-items/{itemId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> resolveSummaryItem(@PathParam("cutoverId") String cutoverId,
                                           @PathParam("rehearsalId") String rehearsalId,
                                           @PathParam("itemId") String itemId, Map<String, Object> resolution);

    /** Sets the size of production's database, which scales the upgrade forecast. */
    @PUT
    @Path("/production-database")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> setProductionDatabase(@PathParam("cutoverId") String cutoverId, Map<String, Object> size);

    /** The freshness policy (the defaults when none was set). */
    @GET
    @Path("/staging-policy")
    Map<String, Object> stagingPolicy(@PathParam("cutoverId") String cutoverId);

    /** Sets the freshness policy (ops lead). */
    @PUT
    @Path("/staging-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> setStagingPolicy(@PathParam("cutoverId") String cutoverId, Map<String, Object> policy);

    /** Production changes since the last successful rehearsal's backup. */
    @GET
    @Path("/drift")
    Map<String, Object> drift(@PathParam("cutoverId") String cutoverId);

    /** Reports production changes (they add up). */
    @POST
    @Path("/drift")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> reportDrift(@PathParam("cutoverId") String cutoverId, Map<String, Object> drift);

    /** Creates or rotates the webhook secret; the answer is the only place it is shown. */
    @POST
    @Path("/staging-webhook-secret")
    Map<String, Object> rotateWebhookSecret(@PathParam("cutoverId") String cutoverId);
}
