package dev.golive.console.page;

import dev.golive.console.backend.NotificationClient;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Map;

/** Anyone's notification feed and the pages (urgent calls) they must acknowledge, from notification-hub. */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
public class FeedPage {

    @Inject
    @Location("feed.html")
    Template feed;

    @Inject
    Viewer viewer;

    @Inject
    @RestClient
    NotificationClient notification;

    @GET
    @Path("/feed")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public TemplateInstance show() {
        return render(Form.NONE);
    }

    @POST
    @Path("/feed/{itemId}/read")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response markRead(@PathParam("itemId") String itemId) {
        return send("read", () -> notification.markRead(itemId));
    }

    @POST
    @Path("/pages/{pageId}/acknowledge")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response acknowledge(@PathParam("pageId") String pageId) {
        return send("acknowledge", () -> notification.acknowledge(pageId));
    }

    private Response send(String formName, Runnable call) {
        return Pages.submit(formName, Map.of(), CockpitData.NOTIFICATION, call, this::render, "/me/feed");
    }

    private TemplateInstance render(Form form) {
        Section<List<Map<String, Object>>> items = Section.of(CockpitData.NOTIFICATION, notification::feed);
        Section<List<Map<String, Object>>> pages = Section.of(CockpitData.NOTIFICATION, notification::pages);
        return feed.data("viewer", viewer.who()).data("items", items).data("pages", pages).data("form", form)
                .data("unavailable", Pages.unavailable(List.of(items, pages)));
    }
}
