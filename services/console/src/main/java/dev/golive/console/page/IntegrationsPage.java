package dev.golive.console.page;

import dev.golive.console.backend.IntegrationClient;
import dev.golive.console.view.Labels;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The integrations of a cutover for those who run it (integration-readiness shows them to the ops
 * lead, on-call staff and admins only: they name the client's endpoints): each integration with its
 * fields, its readiness checklist, its probes and their latest results, and its verdict with the
 * reasons. Credentials are never asked for nor shown: the registry keeps when they expire, nothing more.
 */
@Path("/cutovers/{id}/integrations")
@Produces(MediaType.TEXT_HTML)
public class IntegrationsPage {

    /** The fields of an integration that are lists, typed one entry a line. */
    static final List<String> LIST_FIELDS = List.of("endpoints", "models", "fields", "scheduledActions", "liveChecks");

    /** What integration-readiness knows an integration can connect to, and how much the business depends on it. */
    static final List<String> KINDS = List.of("PAYMENT_PROVIDER", "SHIPPING_CARRIER", "MARKETPLACE", "WEBSITE",
            "BANK_FEED", "EMAIL", "CUSTOM_API", "OTHER");
    static final List<String> CRITICALITIES = List.of("CRITICAL", "HIGH", "NORMAL");

    /**
     * What a person records on a checklist item. OPEN is not among them: only integration-readiness
     * reopens an item (when the upgrade changed something it depends on); a person takes a passed
     * item back by recording that it failed.
     */
    static final List<String> CHECK_RESULTS = List.of("PASSED", "FAILED", "NOT_APPLICABLE");

    /** The runs of a probe shown under it, newest first. */
    static final int RESULTS_SHOWN = 5;

    private final Engine engine;
    private final Viewer viewer;
    private final CockpitData data;
    private final IntegrationClient integrations;

    public IntegrationsPage(Engine engine, Viewer viewer, CockpitData data, @RestClient IntegrationClient integrations) {
        this.engine = engine;
        this.viewer = viewer;
        this.data = data;
        this.integrations = integrations;
    }

    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public TemplateInstance show(@PathParam("id") String id) {
        return render(id, Form.NONE, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response add(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        return Pages.submit("add", values, CockpitData.INTEGRATION,
                () -> integrations.register(id, integration(values)),
                refused -> render(id, refused, null), "/cutovers/" + id + "/integrations");
    }

    @POST
    @Path("/{integrationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response edit(@PathParam("id") String id, @PathParam("integrationId") String integrationId,
                         MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, integrationId);
        return Pages.submit("edit", values, CockpitData.INTEGRATION,
                () -> integrations.update(id, integrationId, integration(values)),
                refused -> render(id, refused, null), "/cutovers/" + id + "/integrations#integration-" + integrationId);
    }

    @POST
    @Path("/{integrationId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response remove(@PathParam("id") String id, @PathParam("integrationId") String integrationId,
                           MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, integrationId);
        return Pages.submit("remove", values, CockpitData.INTEGRATION,
                () -> integrations.remove(id, integrationId),
                refused -> render(id, refused, null), "/cutovers/" + id + "/integrations");
    }

    /** Records a check of one checklist item: passed, failed or not applicable, with what was looked at. */
    @POST
    @Path("/{integrationId}/checklist/{item}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response check(@PathParam("id") String id, @PathParam("integrationId") String integrationId,
                          @PathParam("item") String item, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, integrationId + "/" + item);
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("status", Pages.text(values, "status"));
        check.put("evidence", Pages.text(values, "evidence"));
        return Pages.submit("check", values, CockpitData.INTEGRATION,
                () -> integrations.recordCheck(id, integrationId, item, check),
                refused -> render(id, refused, null),
                "/cutovers/" + id + "/integrations#check-" + integrationId + "-" + item);
    }

    @POST
    @Path("/{integrationId}/probes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response defineProbe(@PathParam("id") String id, @PathParam("integrationId") String integrationId,
                                MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, integrationId);
        return Pages.submit("probe", values, CockpitData.INTEGRATION,
                () -> integrations.defineProbe(id, integrationId, probe(values)),
                refused -> render(id, refused, null), "/cutovers/" + id + "/integrations#probes-" + integrationId);
    }

    /** Runs a probe now; the page is drawn at once with its result on top (and kept in the probe's results). */
    @POST
    @Path("/{integrationId}/probes/{probeId}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response runProbe(@PathParam("id") String id, @PathParam("integrationId") String integrationId,
                             @PathParam("probeId") String probeId, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, probeId);
        List<Map<String, Object>> ran = new ArrayList<>(1);
        return Pages.submit("run", values, CockpitData.INTEGRATION,
                () -> ran.add(integrations.runProbe(id, integrationId, probeId + ":run")),
                refused -> render(id, refused, null),
                () -> Response.ok(render(id, Form.NONE, ran.get(0))).build());
    }

    @POST
    @Path("/{integrationId}/probes/{probeId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public Response removeProbe(@PathParam("id") String id, @PathParam("integrationId") String integrationId,
                                @PathParam("probeId") String probeId, MultivaluedMap<String, String> form) {
        Map<String, String> values = Pages.values(form);
        values.put(Form.ITEM, probeId);
        return Pages.submit("remove-probe", values, CockpitData.INTEGRATION,
                () -> integrations.removeProbe(id, integrationId, probeId),
                refused -> render(id, refused, null), "/cutovers/" + id + "/integrations#probes-" + integrationId);
    }

    TemplateInstance render(String id, Form form, Map<String, Object> ran) {
        Section<Map<String, Object>> cutover = data.cutover(id);
        if (cutover.problem() != null && cutover.problem().status() == 404) {
            throw new NotFoundException("No cutover " + id);
        }
        Section<List<Map<String, Object>>> list = Section.of(CockpitData.INTEGRATION, () -> integrations.integrations(id));
        Section<Map<String, Object>> readiness = Section.of(CockpitData.INTEGRATION,
                () -> inWords(integrations.readiness(id)));
        List<Object> sections = new ArrayList<>(List.of(cutover, list, readiness));
        List<Map<String, Object>> shown = new ArrayList<>();
        if (list.ok()) {
            for (Map<String, Object> integration : list.data()) {
                String integrationId = String.valueOf(integration.get("id"));
                Section<Map<String, Object>> checklist = Section.of(CockpitData.INTEGRATION,
                        () -> integrations.checklist(id, integrationId));
                Section<List<Map<String, Object>>> probes = Section.of(CockpitData.INTEGRATION,
                        () -> integrations.probes(id, integrationId));
                sections.add(checklist);
                sections.add(probes);
                List<Map<String, Object>> probesShown = new ArrayList<>();
                if (probes.ok()) {
                    for (Map<String, Object> probe : probes.data()) {
                        String probeId = String.valueOf(probe.get("id"));
                        Section<List<Map<String, Object>>> results = Section.of(CockpitData.INTEGRATION,
                                () -> integrations.probeResults(id, integrationId, probeId));
                        sections.add(results);
                        Map<String, Object> p = new LinkedHashMap<>(probe);
                        p.put("results", results.ok() ? results.data().stream().limit(RESULTS_SHOWN).toList() : List.of());
                        p.put("resultsMessage", results.message());
                        p.put("timeoutText", seconds(probe.get("timeout")));
                        probesShown.add(p);
                    }
                }
                Map<String, Object> shownIntegration = new LinkedHashMap<>(integration);
                shownIntegration.put("checklist", checklist);
                shownIntegration.put("checkItems", checkItems(checklist, integrationId));
                shownIntegration.put("probesSection", probes);
                shownIntegration.put("probeList", probesShown);
                shownIntegration.put("verdict", verdictOf(readiness, integrationId));
                for (String field : LIST_FIELDS) {
                    shownIntegration.put(field + "Text", integration.get(field) instanceof List<?> entries
                            ? String.join("\n", entries.stream().map(String::valueOf).toList()) : "");
                }
                shown.add(shownIntegration);
            }
        }
        return engine.getTemplate("integrations.html")
                .data("viewer", viewer.who())
                .data("acts", viewer.isOpsLead() || viewer.isOnCall())
                .data("cutover", cutover.data() == null ? Map.of("id", id) : cutover.data())
                .data("list", list)
                .data("integrations", shown)
                .data("readiness", readiness)
                .data("ran", ran)
                .data("kinds", KINDS)
                .data("criticalities", CRITICALITIES)
                .data("checkResults", CHECK_RESULTS)
                .data("form", form)
                .data("unavailable", Pages.unavailable(sections));
    }

    /** The items of an integration's checklist as integration-readiness names them in its reasons. */
    static final List<String> CHECKLIST_ITEMS = List.of("CREDENTIALS", "CONFIGURATION", "ENDPOINTS", "PAYLOADS",
            "SCHEDULED_ACTIONS", "CHANGED_FIELDS_AND_MODELS");

    /**
     * The readiness report with its reasons in words: integration-readiness names checklist items by
     * their codes ("checklist: SCHEDULED_ACTIONS has not been checked"); people read "Scheduled actions".
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inWords(Map<String, Object> report) {
        Map<String, Object> worded = new LinkedHashMap<>(report);
        worded.put("reasons", inWords(report.get("reasons")));
        worded.put("notBlocking", inWords(report.get("notBlocking")));
        if (report.get("integrations") instanceof List<?> verdicts) {
            List<Map<String, Object>> each = new ArrayList<>();
            for (Object verdict : verdicts) {
                Map<String, Object> v = new LinkedHashMap<>((Map<String, Object>) verdict);
                v.put("reasons", inWords(v.get("reasons")));
                each.add(v);
            }
            worded.put("integrations", each);
        }
        return worded;
    }

    private static List<String> inWords(Object reasons) {
        if (!(reasons instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).map(reason -> {
            String text = reason;
            // longest first: CHANGED_FIELDS_AND_MODELS before a shorter code it might contain
            for (String code : CHECKLIST_ITEMS.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                text = text.replace(code, Labels.of(code));
            }
            return text;
        }).toList();
    }

    /** The checklist's items, each with the key its form is told apart by (integration and item). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> checkItems(Section<Map<String, Object>> checklist, String integrationId) {
        if (!checklist.ok() || !(checklist.data().get("items") instanceof List<?> items)) {
            return List.of();
        }
        List<Map<String, Object>> keyed = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) item);
            c.put("key", integrationId + "/" + c.get("item"));
            keyed.add(c);
        }
        return keyed;
    }

    /** The readiness of one integration from the cutover's report, or null when the report lacks it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> verdictOf(Section<Map<String, Object>> readiness, String integrationId) {
        if (!readiness.ok() || !(readiness.data().get("integrations") instanceof List<?> all)) {
            return null;
        }
        for (Object each : all) {
            if (each instanceof Map<?, ?> verdict && integrationId.equals(String.valueOf(verdict.get("integrationId")))) {
                return (Map<String, Object>) verdict;
            }
        }
        return null;
    }

    /** The integration as integration-readiness takes it: lists one entry a line, the box for staging as a boolean. */
    static Map<String, Object> integration(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Pages.text(values, "name"));
        body.put("kind", Pages.text(values, "kind"));
        body.put("owner", Pages.text(values, "owner"));
        body.put("criticality", Pages.text(values, "criticality"));
        body.put("testableOnStaging", Pages.checked(values, "testableOnStaging"));
        body.put("endpoints", lines(values.get("endpoints")));
        body.put("models", lines(values.get("models")));
        body.put("fields", lines(values.get("fields")));
        body.put("scheduledActions", lines(values.get("scheduledActions")));
        body.put("credentialsExpireOn", Pages.text(values, "credentialsExpireOn"));
        body.put("liveChecks", lines(values.get("liveChecks")));
        return body;
    }

    /**
     * The probe as integration-readiness takes it: durations typed in seconds (the margin in days) are
     * sent as ISO-8601 durations; what is left empty takes the service's default; anything else is sent
     * as typed, for the service to name.
     */
    static Map<String, Object> probe(Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("target", Pages.text(values, "target"));
        putIfGiven(body, "expectedStatus", Pages.text(values, "expectedStatus"));
        putIfGiven(body, "retries", Pages.text(values, "retries"));
        putIfGiven(body, "timeout", duration(Pages.text(values, "timeoutSeconds"), "PT", "S"));
        putIfGiven(body, "initialBackoff", duration(Pages.text(values, "initialBackoffSeconds"), "PT", "S"));
        putIfGiven(body, "certificateMargin", duration(Pages.text(values, "certificateMarginDays"), "P", "D"));
        Map<String, String> assertions = new LinkedHashMap<>();
        for (String line : lines(values.get("jsonAssertions"))) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                assertions.put(line.strip(), "");
            } else {
                assertions.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        if (!assertions.isEmpty()) {
            body.put("jsonAssertions", assertions);
        }
        return body;
    }

    private static void putIfGiven(Map<String, Object> body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }

    private static String duration(String amount, String prefix, String unit) {
        if (amount == null) {
            return null;
        }
        return amount.matches("\\d{1,9}") ? prefix + amount + unit : amount;
    }

    /** A probe's timeout as the service gives it ({@code PT10S}) for people: "10 s", "1.5 s". */
    static String seconds(Object iso) {
        if (iso == null) {
            return "";
        }
        try {
            java.time.Duration d = java.time.Duration.parse(iso.toString());
            return d.toMillisPart() == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
        } catch (java.time.format.DateTimeParseException notIso) {
            return iso.toString();
        }
    }

    /** The non-blank lines of a text area, trimmed. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
