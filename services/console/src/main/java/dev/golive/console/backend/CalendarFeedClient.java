package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** cutover-planner: the signed-in person's secret calendar links. */
@RegisterRestClient(configKey = "planner")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api/me/calendar-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CalendarFeedClient {

    @GET
    List<Map<String, Object>> list();

    /** A new link: the one answer holding its address ({@code url}). */
    @POST
    Map<String, Object> create(Map<String, Object> subscription);

    @DELETE
    @Path("/{id}")
    void revoke(@PathParam("id") String id);
}
