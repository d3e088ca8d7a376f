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
}
