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

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staging rehearsal of a cutover for its technical staff: the developer's review of the
 * upgraded staging database, item by item with evidence (the rehearsal is not ready for power users
 * until it is done), and the upgrade summary, imported by pasting the text the platform posted
 * after the upgrade: what could not be read is shown, never dropped. Everything staging-refresh lets
 * its operators do is a form here too: record a rehearsal, move it through its hops and stages, record
 * the custom-module attempts, resolve summary items, production's database size, drift, the
 * freshness policy and the webhook secret (ops lead). On-call staff use it on a phone.
 */
@Path("/cutovers/{id}/rehearsal")
@Produces(MediaType.TEXT_HTML)
public class RehearsalPage {

    /** How a failed custom-module attempt failed, as staging-refresh names it. */
    static final List<String> ERROR_CATEGORIES = List.of("PYTHON_ERROR", "XML_OR_VIEW_ERROR", "REPORT_ERROR",
            "DATA_MIGRATION_ERROR", "OTHER");

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

    /**
     * Records a new rehearsal. The backup time is typed on the business's wall clock (the cutover's
     * zone), as the platform's backup list shows it; staging-refresh stores the instant.
     */
    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response requestRehearsal(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> rehearsal = new LinkedHashMap<>();
        String backup = Pages.text(values, "productionBackupAt");
        if (backup != null) {
            try {
                rehearsal.put("productionBackupAt", LocalDateTime.parse(backup).atZone(zoneOf(id)).toInstant().toString());
            } catch (DateTimeException unreadable) {
                return Response.status(422).entity(render(id, null, new Form("rehearsal", values,
                        Map.of("productionBackupAt", "is not a date and time (YYYY-MM-DDTHH:MM)"),
                        "Please correct the fields marked below."), null)).build();
            }
        }
        rehearsal.put("sourceVersion", number(values, "sourceVersion"));
        rehearsal.put("targetVersion", number(values, "targetVersion"));
        rehearsal.put("databaseSizeMb", number(values, "databaseSizeMb"));
        List<Map<String, Object>> created = new ArrayList<>(1);
        return Pages.submit("rehearsal", values, CockpitData.STAGING,
                () -> created.add(staging.requestRehearsal(id, rehearsal)),
                refused -> render(id, null, refused, null),
                () -> Pages.seeOther("/cutovers/" + id + "/rehearsal?rehearsal=" + created.get(0).get("id")));
    }

    /** Moves the rehearsal to a stage that needs no data of its own (running, failed, abandoned, succeeded). */
    @POST
    @Path("/{rehearsalId}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response changeStage(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                                MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("stage", Pages.text(values, "stage"));
        return Pages.submit("stage", values, CockpitData.STAGING, () -> staging.changeStage(id, rehearsalId, stage),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "panel-progress"));
    }

    /** The hop from {@code from} to the next version started. */
    @POST
    @Path("/{rehearsalId}/hops/{from}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response startHop(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                             @PathParam("from") int from, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, String.valueOf(from));
        return Pages.submit("hop", values, CockpitData.STAGING, () -> staging.startHop(id, rehearsalId, from),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "hop-" + from));
    }

    /** The hop from {@code from} finished, succeeded or failed. */
    @POST
    @Path("/{rehearsalId}/hops/{from}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response finishHop(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                              @PathParam("from") int from, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, String.valueOf(from));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("outcome", Pages.text(values, "outcome"));
        return Pages.submit("hop", values, CockpitData.STAGING, () -> staging.finishHop(id, rehearsalId, from, outcome),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "hop-" + from));
    }

    /** A push of the custom modules: the next attempt starts on this commit. */
    @POST
    @Path("/{rehearsalId}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response startAttempt(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                                 MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("commitRef", Pages.text(values, "commitRef"));
        return Pages.submit("attempt", values, CockpitData.STAGING, () -> staging.startAttempt(id, rehearsalId, attempt),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "panel-attempts"));
    }

    /** The running attempt finished: its outcome, what kind of error when it failed, an excerpt of its log. */
    @POST
    @Path("/{rehearsalId}/attempts/{number}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response finishAttempt(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                                  @PathParam("number") int number, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, String.valueOf(number));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("outcome", Pages.text(values, "outcome"));
        outcome.put("errorCategory", Pages.text(values, "errorCategory"));
        outcome.put("logExcerpt", Pages.text(values, "logExcerpt"));
        return Pages.submit("finish-attempt", values, CockpitData.STAGING,
                () -> staging.finishAttempt(id, rehearsalId, number, outcome),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "attempt-" + number));
    }

    /** Resolves an item of the upgrade summary: fixed, or accepted as it is. */
    @POST
    @Path("/{rehearsalId}/summary-items/{itemId}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response resolveItem(@PathParam("id") String id, @PathParam("rehearsalId") String rehearsalId,
                                @PathParam("itemId") String itemId, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, itemId);
        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("resolution", Pages.text(values, "resolution"));
        return Pages.submit("resolve", values, CockpitData.STAGING,
                () -> staging.resolveSummaryItem(id, rehearsalId, itemId, resolution),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "item-" + itemId));
    }

    /** Production's database size (MB), which scales the upgrade forecast. */
    @POST
    @Path("/production-database")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response setProductionDatabase(@PathParam("id") String id, @QueryParam("rehearsal") String rehearsalId,
                                          MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("sizeMb", number(values, "sizeMb"));
        return Pages.submit("production", values, CockpitData.STAGING, () -> staging.setProductionDatabase(id, size),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "panel-freshness"));
    }

    /** Production changes since the last successful rehearsal's backup (they add up). */
    @POST
    @Path("/drift")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response reportDrift(@PathParam("id") String id, @QueryParam("rehearsal") String rehearsalId,
                                MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> drift = new LinkedHashMap<>();
        drift.put("customModuleCommits", number(values, "customModuleCommits"));
        drift.put("moduleListChanges", number(values, "moduleListChanges"));
        return Pages.submit("drift", values, CockpitData.STAGING, () -> staging.reportDrift(id, drift),
                refused -> render(id, rehearsalId, refused, null), shownAt(id, rehearsalId, "panel-freshness"));
    }

    /** The freshness policy: how old and how far from production the rehearsal may be (ops lead). */
    @POST
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response setPolicy(@PathParam("id") String id, @QueryParam("rehearsal") String rehearsalId,
                              MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        Map<String, Object> policy = new LinkedHashMap<>();
        Object days = number(values, "maxAgeDays");
        // days as typed; a value that is no number goes on as typed so staging-refresh names the field
        policy.put("maxAge", days instanceof Long d ? Duration.ofDays(d).toString() : days);
        policy.put("maxCustomModuleCommits", number(values, "maxCustomModuleCommits"));
        policy.put("maxModuleListChanges", number(values, "maxModuleListChanges"));
        Map<String, String> asSent = new LinkedHashMap<>(values);
        return Pages.submit("policy", asSent, CockpitData.STAGING, () -> staging.setStagingPolicy(id, policy),
                refused -> render(id, rehearsalId, renamed(refused, "maxAge", "maxAgeDays"), null),
                shownAt(id, rehearsalId, "panel-freshness"));
    }

    /**
     * Creates or rotates the webhook secret (ops lead). Drawn at once rather than redirected: the
     * answer is the only place the secret is ever shown.
     */
    @POST
    @Path("/webhook-secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response rotateWebhookSecret(@PathParam("id") String id, @QueryParam("rehearsal") String rehearsalId,
                                        MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        List<Map<String, Object>> secret = new ArrayList<>(1);
        return Pages.submit("secret", values, CockpitData.STAGING,
                () -> secret.add(staging.rotateWebhookSecret(id)),
                refused -> render(id, rehearsalId, refused, null),
                () -> Response.ok(render(id, rehearsalId, Form.NONE, null).data("secret", secret.get(0)))
                        .header("Cache-Control", "no-store").build());
    }

    private static String shownAt(String id, String rehearsalId, String anchor) {
        return "/cutovers/" + id + "/rehearsal" + (rehearsalId == null ? "" : "?rehearsal=" + rehearsalId) + "#" + anchor;
    }

    /** A whole number as a number for the service; anything else as typed, so the service names the field. */
    static Object number(Map<String, String> values, String field) {
        String text = Pages.text(values, field);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notWhole) {
            return text;
        }
    }

    /** The service names a field by its API name; the page may call it otherwise. */
    private static Form renamed(Form form, String apiField, String pageField) {
        if (!form.errors().containsKey(apiField)) {
            return form;
        }
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        errors.put(pageField, errors.remove(apiField));
        return new Form(form.name(), form.values(), errors, form.message());
    }

    private ZoneId zoneOf(String id) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        Object zone = cutover.ok() && cutover.data() != null ? cutover.data().get("zone") : null;
        return zone == null ? ZoneId.of("UTC") : ZoneId.of(String.valueOf(zone));
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
        Section<Map<String, Object>> policy = Section.of(CockpitData.STAGING, () -> staging.stagingPolicy(id));
        Section<Map<String, Object>> drift = Section.of(CockpitData.STAGING, () -> staging.drift(id));
        Section<Map<String, Object>> readiness = Section.of(CockpitData.STAGING, () -> staging.readiness(id));
        sections.add(policy);
        sections.add(drift);
        sections.add(readiness);
        Who who = viewer.who();
        return engine.getTemplate("rehearsal.html")
                .data("viewer", who)
                .data("acts", who.isOpsLead() || who.isOnCall())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("rehearsals", rehearsals)
                .data("shown", shown)
                .data("review", review)
                .data("items", items)
                .data("imported", imported)
                .data("policy", policy)
                .data("policyDays", policy.ok() ? days(policy.data().get("maxAge")) : null)
                .data("drift", drift)
                .data("readiness", readiness)
                .data("secret", null)
                .data("errorCategories", ERROR_CATEGORIES)
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }

    /** A duration as staging-refresh writes it (ISO-8601, or seconds), in whole days for the form. */
    static Long days(Object duration) {
        if (duration == null) {
            return null;
        }
        if (duration instanceof Number seconds) {
            return Duration.ofSeconds(seconds.longValue()).toDays();
        }
        try {
            return Duration.parse(String.valueOf(duration)).toDays();
        } catch (DateTimeException unreadable) {
            return null;
        }
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
