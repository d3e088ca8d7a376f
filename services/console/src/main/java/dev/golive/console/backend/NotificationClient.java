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

/** notification-hub: the user's feed and pages, and what was sent about a cutover. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationClient {

    @GET
    @Path("/me/feed")
    List<Map<String, Object>> feed();

    @POST
    @Path("/me/feed/{itemId}/read")
    void markRead(@PathParam("itemId") String itemId);

    @GET
    @Path("/me/pages")
    List<Map<String, Object>> pages();

    @POST
    @Path("/pages/{pageId}/acknowledge")
    void acknowledge(@PathParam("pageId") String pageId);

    @GET
    @Path("/cutovers/{cutoverId}/deliveries")
    List<Map<String, Object>> deliveries(@PathParam("cutoverId") String cutoverId);
}
