package dev.golive.console.page;

import dev.golive.console.backend.PlannerCalendarClient;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's freeze periods (year-end closing, a trade fair), managed once for every cutover
 * of a client or a team, or for all of them: cutover-planner closes the weekends they touch, by name
 * (ADR 22). Ops leads and admins add and remove them; on-call staff and testers read them.
 */
@Path("/freeze-periods")
@Produces(MediaType.TEXT_HTML)
public class FreezePeriodsPage {

    private final Engine engine;
    private final Viewer viewer;
    private final PlannerCalendarClient calendar;
    private final Clock clock;

    public FreezePeriodsPage(Engine engine, Viewer viewer, @RestClient PlannerCalendarClient calendar, Clock clock) {
        this.engine = engine;
        this.viewer = viewer;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.ADMIN})
    public TemplateInstance show() {
        return render(Form.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public Response add(MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> freeze = new LinkedHashMap<>();
        for (String field : List.of("name", "from", "to", "client", "team", "note")) {
            freeze.put(field, Pages.text(values, field));
        }
        return Pages.submit("freeze", values, CockpitData.PLANNER, () -> calendar.createFreezePeriod(freeze),
                refused -> render(refused), "/freeze-periods");
    }

    @POST
    @Path("/{freezeId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ADMIN})
    public Response remove(@PathParam("freezeId") String freezeId, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, freezeId);
        return Pages.submit("remove", values, CockpitData.PLANNER, () -> calendar.deleteFreezePeriod(freezeId),
                refused -> render(refused), "/freeze-periods");
    }

    private TemplateInstance render(Form form) {
        // the ones still ahead, and those that ended in the last year (what was frozen lately)
        String since = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusYears(1).toString();
        Section<List<Map<String, Object>>> freezes = Section.of(CockpitData.PLANNER, () -> calendar.freezePeriods(since));
        return engine.getTemplate("freeze-periods.html")
                .data("viewer", viewer.who())
                .data("freezes", freezes)
                .data("mayEdit", viewer.isOpsLead() || viewer.isAdmin())
                .data("form", form)
                .data("unavailable", Pages.unavailable(List.of(freezes)));
    }
}
