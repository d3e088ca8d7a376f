package dev.golive.console.page;

import dev.golive.console.backend.CalendarFeedClient;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's calendar links: a calendar app subscribes to one with its secret address
 * (it cannot sign in), and gets the weekends of the person's cutovers and their own assignments,
 * on-call shifts and runbook tasks, kept up to date. A new link's address is shown once, on the page
 * drawn in answer to making it (never in a redirect's URL, which browsers keep in their history);
 * any link can be revoked here.
 */
@Path("/me/calendar-feeds")
@Produces(MediaType.TEXT_HTML)
public class MyCalendarFeedsPage {

    private final Engine engine;
    private final Viewer viewer;
    private final CalendarFeedClient feeds;

    public MyCalendarFeedsPage(Engine engine, Viewer viewer, @RestClient CalendarFeedClient feeds) {
        this.engine = engine;
        this.viewer = viewer;
        this.feeds = feeds;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public TemplateInstance show() {
        return render(Form.NONE, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response create(MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", Pages.text(values, "label"));
        List<Map<String, Object>> created = new ArrayList<>(1);
        return Pages.submit("feed", values, CockpitData.PLANNER, () -> created.add(feeds.create(body)),
                refused -> render(refused, null),
                () -> Response.ok(render(Form.NONE, created.get(0))).header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response revoke(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, id);
        return Pages.submit("revoke", values, CockpitData.PLANNER, () -> feeds.revoke(id),
                refused -> render(refused, null), "/me/calendar-feeds#feed-" + id);
    }

    private TemplateInstance render(Form form, Map<String, Object> created) {
        Section<List<Map<String, Object>>> links = Section.of(CockpitData.PLANNER, feeds::list);
        String url = created == null ? null : String.valueOf(created.get("url"));
        return engine.getTemplate("calendar-feeds.html")
                .data("viewer", viewer.who())
                .data("links", links)
                .data("created", created)
                .data("webcal", url == null ? null : url.replaceFirst("^https?://", "webcal://"))
                .data("form", form)
                .data("unavailable", Pages.unavailable(List.of(links)));
    }
}
