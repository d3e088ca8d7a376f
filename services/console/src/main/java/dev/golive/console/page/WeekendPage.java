package dev.golive.console.page;

import dev.golive.console.backend.TestingClient;
import dev.golive.console.chart.TimelineChart;
import dev.golive.console.weekend.WeekendChart;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The go-live weekend as a chart on the viewer's clock: the phases planned and what was observed of
 * them, the test assignments, the on-call shifts, the go/no-go, the point of no return and business
 * resume, with a now line; a table under it gives the same times. Each person sees what the services
 * let them read (a tester their own assignments and no roster; a stakeholder the phases and lines).
 */
@Path("/cutovers/{id}/weekend")
@Produces(MediaType.TEXT_HTML)
public class WeekendPage {

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final TestingClient testing;
    private final Clock clock;

    public WeekendPage(Engine engine, Viewer viewer, CockpitData data, @RestClient TestingClient testing, Clock clock) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.testing = testing;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        Map<String, Object> view = cutover.data() == null ? Map.of("id", id) : cutover.data();
        // a stakeholder reads neither assignments nor the roster: not asked, rather than refused
        boolean readsTesting = viewer.isOpsLead() || viewer.isOnCall() || viewer.isTester() || viewer.isAdmin();
        Section<Map<String, Object>> plan = readsTesting ? Section.of(CockpitData.TESTING, () -> testing.plan(id, null)) : null;
        Section<Map<String, Object>> roster = readsTesting && !onlyTester()
                ? Section.of(CockpitData.TESTING, () -> testing.roster(id)) : null;
        String zone = view.get("zone") == null ? "" : view.get("zone").toString();
        ZoneId chartZone = Pages.chartZone(viewer.zone(), zone);
        TimelineChart chart = chartZone == null ? null : WeekendChart.of(view, list(plan, "assignments"),
                list(roster, "shifts"), chartZone, clock.instant(), viewer.username());
        return engine.getTemplate("weekend.html")
                .data("viewer", viewer.who())
                .data("cutover", view)
                .data("zone", zone)
                .data("chartZone", chartZone == null ? "" : chartZone.getId())
                .data("chart", chart)
                .data("assignments", list(plan, "assignments"))
                .data("shifts", list(roster, "shifts"))
                .data("unavailable", Pages.unavailable(Arrays.asList(cutover, plan, roster)));
    }

    /** A tester who holds no other role: weekend-testing shows them no roster. */
    private boolean onlyTester() {
        return viewer.isTester() && !viewer.isOpsLead() && !viewer.isOnCall() && !viewer.isAdmin();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Section<Map<String, Object>> section, String field) {
        if (section == null || !section.ok() || section.data() == null) {
            return List.of();
        }
        return section.data().get(field) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
