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

    /**
     * One cutover with the viewer's assignments in it: on the upgraded staging database of its current
     * rehearsal (before the go-live is approved) and over the go-live weekend (once a window is chosen).
     */
    @TemplateData
    public record MyCutover(Map<String, Object> cutover, Section<Map<String, Object>> plan,
                            Section<List<Map<String, Object>>> staging, List<Map<String, Object>> onStaging) {
    }

    @SuppressWarnings("unchecked")
    TemplateInstance render(Form form) {
        Section<Map<String, Object>> cutovers = Section.of(CockpitData.PLANNER, () -> planner.list(100));
        List<MyCutover> mine = new ArrayList<>();
        List<Object> sections = new ArrayList<>(List.of(cutovers));
        if (cutovers.ok()) {
            for (Map<String, Object> c : (List<Map<String, Object>>) cutovers.data().get("items")) {
                if ("CANCELLED".equals(c.get("status"))) {
                    continue;
                }
                String id = String.valueOf(c.get("id"));
                Section<List<Map<String, Object>>> staging = Section.of(CockpitData.TESTING, () -> testing.stagingRounds(id));
                sections.add(staging);
                List<Map<String, Object>> onStaging = staging.ok() ? mineOnStaging(staging.data()) : List.of();
                Section<Map<String, Object>> plan = c.get("window") == null ? null
                        : Section.of(CockpitData.TESTING, () -> testing.plan(id, viewer.username()));
                if (plan != null) {
                    sections.add(plan);
                }
                boolean weekend = plan != null
                        && (!plan.ok() || !((List<?>) plan.data().getOrDefault("assignments", List.of())).isEmpty());
                if (weekend || !onStaging.isEmpty()) {
                    mine.add(new MyCutover(c, plan, staging, onStaging));
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

    /**
     * The viewer's assignments in the staging rounds of the current rehearsal: a round on an older
     * rehearsal no longer counts (staging was refreshed since), so it is not offered.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> mineOnStaging(List<Map<String, Object>> rounds) {
        List<Map<String, Object>> mine = new ArrayList<>();
        for (Map<String, Object> round : rounds) {
            if (!Boolean.TRUE.equals(round.get("rehearsalCurrent"))) {
                continue;
            }
            for (Map<String, Object> a : (List<Map<String, Object>>) round.getOrDefault("assignments", List.of())) {
                if (viewer.username().equalsIgnoreCase(String.valueOf(a.get("testerUsername")))) {
                    mine.add(a);
                }
            }
        }
        return mine;
    }
}
