package dev.golive.console.backend;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/** staging-refresh: the rehearsals with their attempt loop, and the staging readiness verdict. */
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
}
