package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** rollback-decision: incidents, the assessment with the point of no return, the ops lead's decision. */
@RegisterRestClient(configKey = "rollback")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/cutovers/{cutoverId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RollbackClient {

    @GET
    @Path("/incidents")
    List<Map<String, Object>> incidents(@PathParam("cutoverId") String cutoverId);

    @POST
    @Path("/incidents")
    Map<String, Object> report(@PathParam("cutoverId") String cutoverId, Map<String, Object> incident);

    @GET
    @Path("/rollback-assessment")
    Map<String, Object> assessment(@PathParam("cutoverId") String cutoverId);

    @POST
    @Path("/rollback-decisions")
    Map<String, Object> decide(@PathParam("cutoverId") String cutoverId, Map<String, Object> decision);

    /** A merge patch of an incident; {@code {"status": "MITIGATED"}} marks it mitigated (OPEN ⇄ MITIGATED). */
    @jakarta.ws.rs.PATCH
    @Path("/incidents/{incidentId}")
    Map<String, Object> updateIncident(@PathParam("cutoverId") String cutoverId, @PathParam("incidentId") String incidentId,
                                       Map<String, Object> patch);

    /** Resolves an incident: {@code {"resolution": "…"}}. */
    @POST
    @Path("/incidents/{incidentId}/resolve")
    Map<String, Object> resolveIncident(@PathParam("cutoverId") String cutoverId, @PathParam("incidentId") String incidentId,
                                        Map<String, Object> resolution);
}
