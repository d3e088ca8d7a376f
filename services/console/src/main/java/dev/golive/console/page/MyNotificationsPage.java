package dev.golive.console.page;

import dev.golive.console.backend.NotificationClient;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's own notifications (where every mail's "manage your notifications" link
 * leads): for one cutover ({@code ?cutover=}) or every one they take part in, which kinds of notice
 * they hear, each a box to untick. Channels and severities stay the ops lead's (the people page);
 * pages always reach the person on call. Every role opens it, stakeholders included.
 */
@Path("/me/notifications")
@Produces(MediaType.TEXT_HTML)
public class MyNotificationsPage {

    private final Engine engine;
    private final Viewer viewer;
    private final NotificationClient notification;

    public MyNotificationsPage(Engine engine, Viewer viewer, @RestClient NotificationClient notification) {
        this.engine = engine;
        this.viewer = viewer;
        this.notification = notification;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public TemplateInstance show(@QueryParam("cutover") String cutoverId) {
        return render(cutoverId, Form.NONE);
    }

    /** The person hears exactly the kinds ticked about the cutover; back to the view they came from. */
    @POST
    @Path("/{cutoverId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public Response choose(@PathParam("cutoverId") String cutoverId, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.remove("kinds");
        List<String> kinds = form.getOrDefault("kinds", List.of());
        kinds.forEach(k -> values.put(k, "on"));
        values.put(Form.ITEM, cutoverId);
        boolean fromAll = Pages.checked(values, "all");
        String shown = fromAll ? null : cutoverId;
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("kinds", kinds);
        return Pages.submit("kinds", values, CockpitData.NOTIFICATION,
                () -> notification.chooseMyKinds(cutoverId, choice),
                refused -> render(shown, refused),
                "/me/notifications" + (fromAll ? "" : "?cutover=" + cutoverId) + "#saved-" + cutoverId);
    }

    TemplateInstance render(String cutoverId, Form form) {
        String asked = cutoverId == null || cutoverId.isBlank() ? null : cutoverId.strip();
        Section<List<Map<String, Object>>> mine = Section.of(CockpitData.NOTIFICATION,
                () -> notification.mySubscriptions(asked));
        return engine.getTemplate("my-notifications.html")
                .data("viewer", viewer.who())
                .data("cutoverId", asked)
                .data("mine", mine)
                .data("refusal", mine.problem() == null ? 0 : mine.problem().status())
                .data("form", form)
                .data("unavailable", Pages.unavailable(List.of(mine)));
    }
}
