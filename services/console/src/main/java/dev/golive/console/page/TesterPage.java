package dev.golive.console.page;

import dev.golive.console.backend.PlannerClient;
import dev.golive.console.backend.TestingClient;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tester's own scenarios across the cutovers, on their own wall clock, with the result form on each. */
@Path("/me/scenarios")
@Produces(MediaType.TEXT_HTML)
public class TesterPage {

    @Inject
    Engine engine;

    @Inject
    Viewer viewer;

    @Inject
    @RestClient
    PlannerClient planner;

    @Inject
    @RestClient
    TestingClient testing;

    @GET
    @RolesAllowed({Roles.TESTER, Roles.OPS_LEAD, Roles.ADMIN})
    public TemplateInstance show() {
        return render(Form.NONE);
    }

    /** One cutover with the viewer's assignments in it. */
    @TemplateData
    public record MyCutover(Map<String, Object> cutover, Section<Map<String, Object>> plan) {
    }

    @SuppressWarnings("unchecked")
    TemplateInstance render(Form form) {
        Section<Map<String, Object>> cutovers = Section.of(CockpitData.PLANNER, () -> planner.list(100));
        List<MyCutover> mine = new ArrayList<>();
        List<Object> sections = new ArrayList<>(List.of(cutovers));
        if (cutovers.ok()) {
            for (Map<String, Object> c : (List<Map<String, Object>>) cutovers.data().get("items")) {
                if ("CANCELLED".equals(c.get("status")) || c.get("window") == null) {
                    continue;
                }
                String id = String.valueOf(c.get("id"));
                Section<Map<String, Object>> plan = Section.of(CockpitData.TESTING,
                        () -> testing.plan(id, viewer.username()));
                sections.add(plan);
                if (!plan.ok() || !((List<?>) plan.data().getOrDefault("assignments", List.of())).isEmpty()) {
                    mine.add(new MyCutover(c, plan));
                }
            }
        }
        return engine.getTemplate("my-scenarios.html")
                .data("viewer", viewer.who())
                .data("mine", mine)
                .data("cutovers", cutovers)
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }
}
