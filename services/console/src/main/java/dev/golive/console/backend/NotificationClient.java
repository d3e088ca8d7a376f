package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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

    /** The stakeholders of a cutover with their subscriptions and webhook targets (never their secrets). */
    @GET
    @Path("/cutovers/{cutoverId}/stakeholders")
    List<Map<String, Object>> stakeholders(@PathParam("cutoverId") String cutoverId);

    /** Adds a stakeholder (the answer holds the new webhook targets' secrets, shown this once). */
    @POST
    @Path("/cutovers/{cutoverId}/stakeholders")
    Map<String, Object> addStakeholder(@PathParam("cutoverId") String cutoverId, Map<String, Object> stakeholder);

    /** Replaces a stakeholder's own fields (name, username, role, zone, language, email). */
    @PUT
    @Path("/cutovers/{cutoverId}/stakeholders/{id}")
    Map<String, Object> replaceStakeholder(@PathParam("cutoverId") String cutoverId, @PathParam("id") String id,
                                           Map<String, Object> stakeholder);

    /** Removes a stakeholder. */
    @DELETE
    @Path("/cutovers/{cutoverId}/stakeholders/{id}")
    void removeStakeholder(@PathParam("cutoverId") String cutoverId, @PathParam("id") String id);

    /** Replaces a stakeholder's subscriptions ([] = the role's defaults). */
    @PUT
    @Path("/cutovers/{cutoverId}/stakeholders/{id}/subscriptions")
    Map<String, Object> replaceSubscriptions(@PathParam("cutoverId") String cutoverId, @PathParam("id") String id,
                                             List<Map<String, Object>> subscriptions);

    /** Adds a webhook target (the answer holds its secret, shown this once). */
    @POST
    @Path("/cutovers/{cutoverId}/stakeholders/{id}/webhooks")
    Map<String, Object> addWebhook(@PathParam("cutoverId") String cutoverId, @PathParam("id") String id,
                                   Map<String, Object> webhook);

    /** Removes a webhook target. */
    @DELETE
    @Path("/cutovers/{cutoverId}/stakeholders/{id}/webhooks/{targetId}")
    void removeWebhook(@PathParam("cutoverId") String cutoverId, @PathParam("id") String id,
                       @PathParam("targetId") String targetId);

    /** Posts an update to the cutover's stakeholders. */
    @POST
    @Path("/cutovers/{cutoverId}/updates")
    Map<String, Object> postUpdate(@PathParam("cutoverId") String cutoverId, Map<String, Object> update);

    /** The signed-in person's own subscriptions (one cutover, or every one they take part in when null). */
    @GET
    @Path("/me/subscriptions")
    List<Map<String, Object>> mySubscriptions(@QueryParam("cutover") String cutoverId);

    /** The signed-in person hears exactly these kinds about the cutover. */
    @PUT
    @Path("/me/subscriptions")
    Map<String, Object> chooseMyKinds(@QueryParam("cutover") String cutoverId, Map<String, Object> choice);
}
