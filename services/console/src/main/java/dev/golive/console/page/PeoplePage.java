package dev.golive.console.page;

import dev.golive.console.backend.NotificationClient;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people who hear about a cutover (notification-hub's stakeholders): who they are, their language
 * and zone, what they subscribe to on which channel, their webhook targets; the ops lead's updates to
 * them; and the delivery log. notification-hub lets the ops lead change all of it and on-call staff
 * read the people; the delivery log is the ops lead's (and admins'). A webhook target's signing
 * secret is shown once, on the page that answers its creation, and never again.
 */
@Path("/cutovers/{id}/people")
@Produces(MediaType.TEXT_HTML)
public class PeoplePage {

    /** The kinds of notice a subscription may name, grouped as notification-hub lists them. */
    static final List<String> KINDS = List.of("CUTOVER_PLANNED", "WINDOW_SCHEDULED", "WINDOW_MOVED", "CUTOVER_CANCELLED",
            "GATE_FAILED", "GO_NO_GO_RECOMMENDED", "GO_NO_GO_DECIDED", "REHEARSAL_FAILED", "REHEARSAL_SUCCEEDED",
            "STAGING_REFRESH_DUE", "FORECAST_EXCEEDS_WINDOW", "INTEGRATION_NOT_READY", "DOWNTIME_STARTED", "SYSTEM_BACK",
            "WEEKEND_TESTING_STARTED", "BUSINESS_RESUMED", "CUTOVER_COMPLETED", "CUTOVER_ROLLED_BACK", "LIVE_CHECK_FAILED",
            "RUNBOOK_TASK_OVERDUE", "RUNBOOK_PAST_POINT_OF_NO_RETURN", "RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN",
            "INCIDENT_OPENED", "INCIDENT_UPDATED", "INCIDENT_RESOLVED", "ROLLBACK_ASSESSMENT",
            "POINT_OF_NO_RETURN_APPROACHING", "POINT_OF_NO_RETURN_PASSED", "ROLLBACK_DECIDED", "TEST_PLAN_OVERVIEW",
            "TEST_PLAN_PUBLISHED", "ASSIGNMENT_CHANGED", "CRITICAL_TEST_FAILED", "WEEKEND_SIGNED_OFF", "TRAINING_LIST",
            "REMINDER_DOWNTIME", "STAKEHOLDER_UPDATE", "UPDATE_OVERDUE");
    static final List<String> ROLES = List.of("BUSINESS_STAKEHOLDER", "TESTER", "ON_CALL", "OPS_LEAD");
    static final List<String> LANGUAGES = List.of("en", "fr");
    static final List<String> CHANNELS = List.of("EMAIL", "WEBHOOK", "FEED");
    static final List<String> SEVERITIES = List.of("INFO", "NOTICE", "WARNING", "CRITICAL");
    /** Slack and Teams get their own rich formats (blocks, an adaptive card); any other chat tool CHAT_TEXT. */
    static final List<String> WEBHOOK_FORMATS = List.of("SLACK_BLOCKS", "TEAMS_CARD", "CHAT_TEXT", "GOLIVE_JSON");
    /** What "every kind" is called in a subscription. */
    static final String EVERY_KIND = "*";

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final NotificationClient notification;

    public PeoplePage(Engine engine, Viewer viewer, CockpitData data, @RestClient NotificationClient notification) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.notification = notification;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        return render(id, Form.NONE, null, null);
    }

    /** Adds a person with their first webhook target (optional) and subscriptions (none ticked: their role's). */
    @POST
    @Path("/stakeholders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response add(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        Map<String, Object> body = person(values);
        String url = Pages.text(values, "webhookUrl");
        List<Map<String, Object>> webhooks = new ArrayList<>();
        if (url != null) {
            Map<String, Object> webhook = new LinkedHashMap<>();
            webhook.put("url", url);
            webhook.put("format", Pages.text(values, "webhookFormat"));
            webhooks.add(webhook);
        }
        body.put("webhooks", webhooks);
        body.put("subscriptions", subscriptions(form, values));
        List<Map<String, Object>> created = new ArrayList<>(1);
        return Pages.submit("add", values, CockpitData.NOTIFICATION,
                () -> created.add(notification.addStakeholder(id, body)),
                refused -> render(id, refused, null, null),
                () -> Response.ok(render(id, Form.NONE, secretsOf(created.get(0)), null)).build());
    }

    @POST
    @Path("/stakeholders/{stakeholderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response edit(@PathParam("id") String id, @PathParam("stakeholderId") String stakeholderId,
                         MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        values.put(Form.ITEM, stakeholderId);
        return Pages.submit("edit", values, CockpitData.NOTIFICATION,
                () -> notification.replaceStakeholder(id, stakeholderId, person(values)),
                refused -> render(id, refused, null, null), "/cutovers/" + id + "/people#person-" + stakeholderId);
    }

    @POST
    @Path("/stakeholders/{stakeholderId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response remove(@PathParam("id") String id, @PathParam("stakeholderId") String stakeholderId,
                           MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        values.put(Form.ITEM, stakeholderId);
        return Pages.submit("remove", values, CockpitData.NOTIFICATION,
                () -> notification.removeStakeholder(id, stakeholderId),
                refused -> render(id, refused, null, null), "/cutovers/" + id + "/people");
    }

    /** Replaces the person's subscriptions: the kinds ticked on the channels ticked, from a severity up. */
    @POST
    @Path("/stakeholders/{stakeholderId}/subscriptions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response subscriptions(@PathParam("id") String id, @PathParam("stakeholderId") String stakeholderId,
                                  MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        values.put(Form.ITEM, stakeholderId);
        List<Map<String, Object>> chosen = subscriptions(form, values);
        return Pages.submit("subscriptions", values, CockpitData.NOTIFICATION,
                () -> notification.replaceSubscriptions(id, stakeholderId, chosen),
                refused -> render(id, refused, null, null), "/cutovers/" + id + "/people#person-" + stakeholderId);
    }

    /** Adds a webhook target; the answer shows its signing secret this once. */
    @POST
    @Path("/stakeholders/{stakeholderId}/webhooks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response addWebhook(@PathParam("id") String id, @PathParam("stakeholderId") String stakeholderId,
                               MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        values.put(Form.ITEM, stakeholderId);
        Map<String, Object> webhook = new LinkedHashMap<>();
        webhook.put("url", Pages.text(values, "url"));
        webhook.put("format", Pages.text(values, "format"));
        List<Map<String, Object>> created = new ArrayList<>(1);
        return Pages.submit("webhook", values, CockpitData.NOTIFICATION,
                () -> created.add(notification.addWebhook(id, stakeholderId, webhook)),
                refused -> render(id, refused, null, null),
                () -> Response.ok(render(id, Form.NONE, List.of(created.get(0)), null)).build());
    }

    @POST
    @Path("/stakeholders/{stakeholderId}/webhooks/{targetId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response removeWebhook(@PathParam("id") String id, @PathParam("stakeholderId") String stakeholderId,
                                  @PathParam("targetId") String targetId, MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        values.put(Form.ITEM, targetId);
        return Pages.submit("remove-webhook", values, CockpitData.NOTIFICATION,
                () -> notification.removeWebhook(id, stakeholderId, targetId),
                refused -> render(id, refused, null, null), "/cutovers/" + id + "/people#person-" + stakeholderId);
    }

    /** Posts an update to everyone subscribed to stakeholder updates; the page then says how many it reached. */
    @POST
    @Path("/updates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_LEAD)
    public Response postUpdate(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = typed(form);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("text", values.getOrDefault("text", ""));
        List<Map<String, Object>> posted = new ArrayList<>(1);
        return Pages.submit("update", values, CockpitData.NOTIFICATION,
                () -> posted.add(notification.postUpdate(id, update)),
                refused -> render(id, refused, null, null),
                () -> Response.ok(render(id, Form.NONE, null, posted.get(0))).build());
    }

    TemplateInstance render(String id, Form form, List<Map<String, Object>> secrets, Map<String, Object> posted) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        Section<List<Map<String, Object>>> people = Section.of(CockpitData.NOTIFICATION, () -> notification.stakeholders(id));
        List<Object> sections = new ArrayList<>(List.of(cutover, people));
        boolean readsDeliveries = viewer.isOpsLead() || viewer.isAdmin();
        Section<List<Map<String, Object>>> deliveries = readsDeliveries
                ? Section.of(CockpitData.NOTIFICATION, () -> notification.deliveries(id)) : null;
        if (deliveries != null) {
            sections.add(deliveries);
        }
        Map<String, String> names = new HashMap<>();
        List<Map<String, Object>> shown = new ArrayList<>();
        if (people.ok()) {
            for (Map<String, Object> person : people.data()) {
                names.put(String.valueOf(person.get("id")), String.valueOf(person.get("name")));
                shown.add(withSubscriptionsByKind(person));
            }
        }
        return engine.getTemplate("people.html")
                .data("viewer", viewer.who())
                .data("acts", viewer.isOpsLead())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("people", people)
                .data("persons", shown)
                .data("names", names)
                .data("deliveries", deliveries)
                .data("secrets", secrets)
                .data("posted", posted)
                .data("kinds", KINDS)
                .data("noticks", Map.of())
                .data("roles", ROLES)
                .data("languages", LANGUAGES)
                .data("channels", CHANNELS)
                .data("severities", SEVERITIES)
                .data("formats", WEBHOOK_FORMATS)
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }

    /**
     * The person with what the subscription form shows of them: the kinds and channels they hear on
     * (keyed by the kind's or channel's name, "every kind" ticking every kind) and the lowest severity.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withSubscriptionsByKind(Map<String, Object> person) {
        Map<String, Object> shown = new LinkedHashMap<>(person);
        Map<String, Boolean> ticked = new HashMap<>();
        String severity = null;
        boolean everyKind = false;
        if (person.get("subscriptions") instanceof List<?> subscriptions) {
            for (Object each : subscriptions) {
                Map<String, Object> s = (Map<String, Object>) each;
                String kind = String.valueOf(s.get("eventKind"));
                if (EVERY_KIND.equals(kind)) {
                    everyKind = true;
                    KINDS.forEach(k -> ticked.put(k, true));
                } else {
                    ticked.put(kind, true);
                }
                ticked.put(String.valueOf(s.get("channel")), true);
                String level = String.valueOf(s.get("minimumSeverity"));
                if (severity == null || SEVERITIES.indexOf(level) < SEVERITIES.indexOf(severity)) {
                    severity = level;
                }
            }
        }
        shown.put("ticked", ticked);
        // What they hear, in short: the kinds, then the channels, each named once.
        shown.put("heardKinds", KINDS.stream().filter(k -> ticked.containsKey(k)).toList());
        shown.put("heardChannels", CHANNELS.stream().filter(c -> ticked.containsKey(c)).toList());
        shown.put("everyKind", everyKind);
        shown.put("lowestSeverity", severity == null ? "INFO" : severity);
        return shown;
    }

    /** The posted fields, with every ticked kind and channel kept under its own name (upper case: no form field is named so) so a refused form keeps them. */
    static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.remove("kinds");
        values.remove("channels");
        form.getOrDefault("kinds", List.of()).forEach(k -> values.put(k, "on"));
        form.getOrDefault("channels", List.of()).forEach(c -> values.put(c, "on"));
        return values;
    }

    /** The subscriptions ticked: every kind ticked on every channel ticked; none ticked means the role's defaults. */
    static List<Map<String, Object>> subscriptions(MultivaluedMap<String, String> form, Map<String, String> values) {
        List<String> kinds = form.getOrDefault("kinds", List.of());
        List<String> channels = form.getOrDefault("channels", List.of());
        String severity = Pages.text(values, "minimumSeverity");
        List<Map<String, Object>> subscriptions = new ArrayList<>();
        List<String> chosen = Pages.checked(values, "everyKind") ? List.of(EVERY_KIND) : kinds;
        for (String kind : chosen) {
            for (String channel : channels.isEmpty() ? List.of("FEED") : channels) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("eventKind", kind);
                s.put("minimumSeverity", severity == null ? "INFO" : severity);
                s.put("channel", channel);
                subscriptions.add(s);
            }
        }
        return subscriptions;
    }

    /** The created person's webhook targets, whose secrets are shown this once. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> secretsOf(Map<String, Object> created) {
        List<Map<String, Object>> secrets = new ArrayList<>();
        if (created.get("webhooks") instanceof List<?> webhooks) {
            for (Object w : webhooks) {
                Map<String, Object> target = new LinkedHashMap<>((Map<String, Object>) w);
                target.put("person", created.get("name"));
                secrets.add(target);
            }
        }
        return secrets;
    }

    /** The person's own fields as notification-hub takes them on creation and replacement. */
    static Map<String, Object> person(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Pages.text(values, "name"));
        body.put("username", Pages.text(values, "username"));
        body.put("role", Pages.text(values, "role"));
        body.put("zone", Pages.text(values, "zone"));
        body.put("language", Pages.text(values, "language"));
        body.put("email", Pages.text(values, "email"));
        return body;
    }
}
