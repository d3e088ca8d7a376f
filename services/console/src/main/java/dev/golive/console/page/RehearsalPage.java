package dev.golive.console.page;

import dev.golive.console.backend.StagingClient;
import dev.golive.contracts.Roles;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staging rehearsal of a cutover for its technical staff: the developer's review of the
 * upgraded staging database, item by item with evidence (the rehearsal is not ready for power users
 * until it is done), and the upgrade summary, imported by pasting the text the platform posted
 * after the upgrade: what could not be read is shown, never dropped.
 */
@Path("/cutovers/{id}/rehearsal")
@Produces(MediaType.TEXT_HTML)
public class RehearsalPage {

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final StagingClient staging;

    public RehearsalPage(Engine engine, Viewer viewer, CockpitData data, @RestClient StagingClient staging) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.staging = staging;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("rehearsal") String rehearsalId) {
        return render(id, rehearsalId, Form.NONE, null);
    }

    /** Checks an item of the review, marks it not applicable, or opens it again. */
    @POST
    @Path("/{rehearsalId}/review/{itemKey}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response reviewItem(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                               @PathParam("itemKey") String itemKey, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("status", Pages.text(values, "status"));
        item.put("evidence", Pages.text(values, "evidence"));
        item.put("reason", Pages.text(values, "reason"));
        values.put(Form.ITEM, itemKey);
        return Pages.submit("review", values, CockpitData.STAGING,
                () -> staging.reviewItem(id, rehearsalId, itemKey, item),
                refused -> render(id, rehearsalId, refused, null),
                "/cutovers/" + id + "/rehearsal?rehearsal=" + rehearsalId + "#review-" + itemKey);
    }

    /**
     * Imports the pasted upgrade summary. The answer is drawn at once rather than redirected: it lists
     * what was created and every line that could not be read, which a redirect would lose. Sending
     * the same text again creates nothing twice (staging-refresh skips items it already holds).
     */
    @POST
    @Path("/{rehearsalId}/summary-import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response importSummary(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                                  MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("text", values.getOrDefault("text", ""));
        summary.put("owner", Pages.text(values, "owner"));
        List<Map<String, Object>> report = new ArrayList<>(1);
        return Pages.submit("import", values, CockpitData.STAGING,
                () -> report.add(staging.importSummary(id, rehearsalId, summary)),
                problem -> render(id, rehearsalId, problem, null),
                () -> Response.ok(render(id, rehearsalId, Form.NONE, report.get(0))).build());
    }

    TemplateInstance render(String id, String rehearsalId, Form form, Map<String, Object> imported) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        Section<List<Map<String, Object>>> rehearsals = Section.of(CockpitData.STAGING, () -> staging.rehearsals(id));
        List<Object> sections = new ArrayList<>(List.of(cutover, rehearsals));
        Map<String, Object> shown = rehearsals.ok() ? chosen(rehearsals.data(), rehearsalId) : null;
        Section<Map<String, Object>> review = null;
        Section<List<Map<String, Object>>> items = null;
        if (shown != null) {
            String shownId = String.valueOf(shown.get("id"));
            review = Section.of(CockpitData.STAGING, () -> staging.review(id, shownId));
            items = Section.of(CockpitData.STAGING, () -> staging.summaryItems(id, shownId));
            sections.add(review);
            sections.add(items);
        }
        return engine.getTemplate("rehearsal.html")
                .data("viewer", viewer.who())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("rehearsals", rehearsals)
                .data("shown", shown)
                .data("review", review)
                .data("items", items)
                .data("imported", imported)
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }

    /**
     * The rehearsal asked for, or else the one the go-live rests on: the latest that succeeded, or
     * the latest of all when none has.
     */
    static Map<String, Object> chosen(List<Map<String, Object>> rehearsals, String rehearsalId) {
        if (rehearsals.isEmpty()) {
            return null;
        }
        if (rehearsalId != null) {
            for (Map<String, Object> r : rehearsals) {
                if (rehearsalId.equals(String.valueOf(r.get("id")))) {
                    return r;
                }
            }
        }
        Map<String, Object> latestSucceeded = null;
        for (Map<String, Object> r : rehearsals) {
            if ("SUCCEEDED".equals(r.get("stage"))) {
                latestSucceeded = r;
            }
        }
        return latestSucceeded != null ? latestSucceeded : rehearsals.get(rehearsals.size() - 1);
    }
}
