package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** integration-readiness: each integration's verdict and the cutover's. */
@RegisterRestClient(configKey = "integration")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
public interface IntegrationClient {

    @GET
    @Path("/integration-readiness")
    Map<String, Object> readiness(@PathParam("cutoverId") String cutoverId);

    /** The cutover's integrations (ops lead, on-call, admin). */
    @GET
    @Path("/integrations")
    List<Map<String, Object>> integrations(@PathParam("cutoverId") String cutoverId);

    /** Registers an integration. */
    @POST
    @Path("/integrations")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> register(@PathParam("cutoverId") String cutoverId, Map<String, Object> integration);

    /** Replaces an integration's fields. */
    @PUT
    @Path("/integrations/{integrationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> update(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId,
                               Map<String, Object> integration);

    /** Removes an integration. */
    @DELETE
    @Path("/integrations/{integrationId}")
    void remove(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId);

    /** An integration's checklist: every item and whether all are satisfied. */
    @GET
    @Path("/integrations/{integrationId}/checklist")
    Map<String, Object> checklist(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId);

    /** Records a check of one checklist item (status, evidence). */
    @PUT
    @Path("/integrations/{integrationId}/checklist/{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> recordCheck(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId,
                                    @PathParam("item") String item, Map<String, Object> check);

    /** An integration's probes. */
    @GET
    @Path("/integrations/{integrationId}/probes")
    List<Map<String, Object>> probes(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId);

    /** Defines a probe. */
    @POST
    @Path("/integrations/{integrationId}/probes")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> defineProbe(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId,
                                    Map<String, Object> probe);

    /** Removes a probe. */
    @DELETE
    @Path("/integrations/{integrationId}/probes/{probeId}")
    void removeProbe(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId,
                     @PathParam("probeId") String probeId);

    /** Runs a probe now ({@code probeAction} is {@code <probeId>:run}); its result. */
    @POST
    @Path("/integrations/{integrationId}/probes/{probeAction}")
    Map<String, Object> runProbe(@PathParam("cutoverId") String cutoverId, @PathParam("integrationId") String integrationId,
                                 @PathParam("probeAction") String probeAction);

    /** Every run of a probe, newest first. */
    @GET
    @Path("/integrations/{integrationId}/probes/{probeId}/results")
    List<Map<String, Object>> probeResults(@PathParam("cutoverId") String cutoverId,
                                           @PathParam("integrationId") String integrationId,
                                           @PathParam("probeId") String probeId);
}
