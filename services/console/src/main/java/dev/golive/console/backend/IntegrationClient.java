package dev.golive.console.backend;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

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
}
