package dev.golive.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.local.SeedClient.SeedException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;

/**
 * Seeds a demo through the services' REST APIs, as the realm's demo users: an Odoo 16 → 19
 * cutover on the next eligible Friday, a rehearsal whose custom modules fail once and then pass,
 * the integrations with their checklists, testers, the default scenarios and a published test
 * plan, an on-call roster over the weekend, and the stakeholders to notify.
 *
 * <p>Idempotent by name: when a cutover called {@link #CUTOVER_NAME} exists, nothing is seeded.
 * A refused call stops the seed with the service's problem detail.
 */
final class DemoSeed {

    static final String CUTOVER_NAME = "Odoo 16 → 19 — Acme Manufacturing";
    static final String ZONE = "Europe/Brussels";
    /** The window events reach the other services through Kafka: give them this long. */
    private static final Duration PROPAGATION = Duration.ofMinutes(2);

    private final SeedClient api;
    private final Map<String, String> urls;
    private final List<DemoUser> users;
    private final Consumer<String> say;

    /** A demo user of the realm file: login, display name, e-mail, realm roles, zone. */
    record DemoUser(String username, String name, String email, List<String> roles, String zone) {
        boolean has(String role) {
            return roles.contains(role);
        }
    }

    /** The outcome: the cutover's id and whether it was created now. */
    record Outcome(String cutoverId, boolean created) {
    }

    /**
     * @param urls base URL of each running service by name; the steps of a service not listed
     *             are skipped
     */
    DemoSeed(SeedClient api, Map<String, String> urls, List<DemoUser> users, Consumer<String> say) {
        this.api = api;
        this.urls = urls;
        this.users = users;
        this.say = say;
    }

    /** The demo users of a realm file (users, realmRoles, attributes.zoneinfo). */
    static List<DemoUser> usersOf(Path realmFile) throws IOException {
        JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
            String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
            users.add(new DemoUser(user.path("username").asText(), name.isEmpty() ? user.path("username").asText() : name,
                    user.path("email").asText(user.path("username").asText() + "@golive.example"), roles,
                    user.path("attributes").path("zoneinfo").path(0).asText(ZONE)));
        }
        return users;
    }

    /**
     * The demo team takes part in the demo cutover: every demo user in each of its cutover roles, and
     * the demo machines (CI pipeline, monitoring, chat bot: service accounts) in theirs.
     */
    private List<Map<String, String>> team() {
        List<Map<String, String>> members = new ArrayList<>();
        for (DemoUser user : users) {
            user.roles().stream().filter(CUTOVER_ROLES::contains)
                    .forEach(role -> members.add(Map.of("member", user.username(), "role", role)));
        }
        return members;
    }

    /** The roles a person can have in a cutover (admin reaches every cutover without a membership). */
    private static final Set<String> CUTOVER_ROLES = Set.of("ops-lead", "on-call", "tester", "stakeholder",
            "ci-pipeline", "monitoring", "chat-bot");

    Outcome run() {
        String planner = url("cutover-planner");
        Optional<String> existing = existingCutover(planner);
        if (existing.isPresent()) {
            say.accept("  demo cutover found (" + existing.get() + "): nothing to seed");
            return new Outcome(existing.get(), false);
        }
        JsonNode cutover = api.post(OPS_LEAD, planner + "/api/cutovers", Map.of(
                "name", CUTOVER_NAME, "client", "Acme Manufacturing", "erpProduct", "Odoo",
                "sourceVersion", 16, "targetVersion", 19, "zone", ZONE, "onCallTeam", "blue",
                // Belgian public holidays close weekends (ADR 0022): no go-live on Christmas or New Year's Day.
                "country", "BE", "members", team()));
        String id = cutover.path("id").asText();
        String base = planner + "/api/cutovers/" + id;
        JsonNode proposals = api.get(OPS_LEAD, base + "/window-proposals?count=3");
        String downtimeStart = proposals.path("windows").path(0).path("downtimeStart").asText();
        JsonNode scheduled = api.put(OPS_LEAD, base + "/window", Map.of("downtimeStart", downtimeStart,
                "reason", "first eligible Friday after the lead time"));
        Milestones milestones = Milestones.of(scheduled.path("window").path("milestones"));
        say.accept("  cutover \"" + CUTOVER_NAME + "\": downtime " + downtimeStart.replace('T', ' ') + " " + ZONE);

        if (urls.containsKey("staging-refresh")) {
            rehearsal(url("staging-refresh") + "/api/cutovers/" + id);
        }
        if (urls.containsKey("integration-readiness")) {
            integrations(url("integration-readiness") + "/api/cutovers/" + id);
        }
        if (urls.containsKey("weekend-testing")) {
            weekendTesting(url("weekend-testing") + "/api/cutovers/" + id, milestones);
        }
        if (urls.containsKey("notification-hub")) {
            stakeholders(url("notification-hub") + "/api/cutovers/" + id);
        }
        if (urls.containsKey("runbook")) {
            runbook(url("runbook") + "/api/cutovers/" + id);
        }
        return new Outcome(id, true);
    }

    private Optional<String> existingCutover(String planner) {
        JsonNode page = api.get(OPS_LEAD, planner + "/api/cutovers?size=100");
        for (JsonNode item : page.path("items")) {
            if (CUTOVER_NAME.equals(item.path("name").asText()) && !"CANCELLED".equals(item.path("status").asText())) {
                return Optional.of(item.path("id").asText());
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ runbook

    /**
     * The ops lead gives the cutover the built-in Odoo.sh go-live runbook, then announces the
     * downtime (the task due first, before go/no-go): the board shows what is done and what is next.
     */
    private void runbook(String base) {
        JsonNode runbook = api.post(OPS_LEAD, base + "/runbook", Map.of());
        JsonNode first = runbook.path("tasks").path(0);
        String task = base + "/runbook/tasks/" + first.path("taskId").asText();
        api.post(OPS_LEAD, task + "/start", Map.of());
        api.post(OPS_LEAD, task + "/complete", Map.of("evidence", "mail to every Acme user, banner on the portal"));
        say.accept("  runbook \"" + runbook.path("templateName").asText() + "\": " + runbook.path("tasks").size()
                + " tasks, \"" + first.path("title").asText() + "\" done");
    }

    // ------------------------------------------------------------------ staging-refresh

    /** The standard upgrade hop by hop, one failed custom-module attempt, then a good one, and its summary. */
    private void rehearsal(String base) {
        Instant backup = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        String rehearsal = base + "/rehearsals/" + api.post(ON_CALL, base + "/rehearsals", Map.of(
                "productionBackupAt", backup.toString(), "sourceVersion", 16, "targetVersion", 19))
                .path("id").asText();
        for (int from = 16; from < 19; from++) {
            api.post(ON_CALL, rehearsal + "/hops/" + from + "/start", null);
            api.post(ON_CALL, rehearsal + "/hops/" + from + "/finish", Map.of("outcome", "SUCCEEDED"));
        }
        api.post(ON_CALL, rehearsal + "/attempts", Map.of("commitRef", "4f2c9a1"));
        api.post(ON_CALL, rehearsal + "/attempts/1/finish", Map.of("outcome", "FAILED",
                "errorCategory", "XML_OR_VIEW_ERROR",
                "logExcerpt", "acme_sale: inherited view acme_sale.view_order_form_margin: Element "
                        + "'<xpath expr=\"//field[@name='tax_id']\">' cannot be located in parent view"));
        api.post(ON_CALL, rehearsal + "/attempts", Map.of("commitRef", "b71e0d3"));
        api.post(ON_CALL, rehearsal + "/attempts/2/finish", Map.of("outcome", "SUCCEEDED",
                "logExcerpt", "acme_sale, acme_mrp, acme_delivery upgraded"));
        JsonNode items = api.post(ON_CALL, rehearsal + "/summary-items/batch", Map.of("items", List.of(
                summaryItem("DISABLED_VIEW", "sale.order", null,
                        "Custom quotation form extension disabled by the upgrade", "Acme sales admin"),
                summaryItem("DISABLED_AUTOMATED_ACTION", "stock.picking", null,
                        "Automated action 'Notify carrier on validation' was disabled", "Acme logistics"),
                summaryItem("CHANGED_FIELD", "sale.order.line", "tax_id",
                        "Taxes moved to tax_ids: exports and reports using tax_id must follow", "Acme developer"),
                summaryItem("CONFIGURATION_CHANGE", null, null,
                        "Default invoicing policy of products reset to 'ordered quantities'", "Acme finance"))));
        List<String> itemIds = new ArrayList<>();
        items.path("items").forEach(i -> itemIds.add(i.path("id").asText()));
        // Two reviewed, two still open: staging readiness shows what is left to look at.
        for (int i = 0; i < Math.min(2, itemIds.size()); i++) {
            api.post(ON_CALL, rehearsal + "/summary-items/" + itemIds.get(i) + "/resolution",
                    Map.of("resolution", i == 0 ? "FIXED" : "ACCEPTED_AS_IS"));
        }
        say.accept("  rehearsal: hops 16 → 17 → 18 → 19, custom modules failed once then passed, "
                + itemIds.size() + " summary items");
    }

    private static Map<String, Object> summaryItem(String kind, String model, String field, String description,
                                                   String owner) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        if (model != null) {
            item.put("model", model);
        }
        if (field != null) {
            item.put("field", field);
        }
        item.put("description", description);
        item.put("owner", owner);
        return item;
    }

    // ------------------------------------------------------------ integration-readiness

    private void integrations(String base) {
        LocalDate inAYear = LocalDate.now(ZoneId.of(ZONE)).plusYears(1);
        List<Integration> integrations = List.of(
                new Integration("Card payments (payment provider)", "PAYMENT_PROVIDER", "CRITICAL", false,
                        "Acme finance", List.of("https://psp.acme-payments.example/v3/"),
                        List.of("payment.transaction", "payment.provider"), List.of("payment.transaction:provider_reference"),
                        List.of("Post-process payment transactions"), inAYear,
                        List.of("Pay a 1 EUR order on the live shop and refund it"),
                        List.of("CREDENTIALS", "CONFIGURATION", "ENDPOINTS")),
                new Integration("Parcel carrier labels", "SHIPPING_CARRIER", "HIGH", true, "Acme logistics",
                        List.of("https://api.parcel-carrier.example/shipments"), List.of("stock.picking"),
                        List.of("stock.picking:carrier_tracking_ref"), List.of(), inAYear, List.of(),
                        List.of("CREDENTIALS", "CONFIGURATION", "ENDPOINTS", "PAYLOADS", "SCHEDULED_ACTIONS",
                                "CHANGED_FIELDS_AND_MODELS")),
                new Integration("Marketplace order sync", "MARKETPLACE", "HIGH", false, "Acme e-commerce",
                        List.of("https://sellers.marketplace.example/orders"), List.of("sale.order"),
                        List.of("sale.order:client_order_ref"), List.of("Import marketplace orders"), inAYear,
                        List.of("Import one live marketplace order and confirm it"), List.of("CREDENTIALS")),
                new Integration("Public web shop", "WEBSITE", "CRITICAL", true, "Acme e-commerce",
                        List.of("https://shop.acme.example/"), List.of("website", "product.template"), List.of(),
                        List.of(), null, List.of(),
                        List.of("CREDENTIALS", "CONFIGURATION", "ENDPOINTS", "PAYLOADS", "SCHEDULED_ACTIONS",
                                "CHANGED_FIELDS_AND_MODELS")),
                new Integration("Warehouse robot API client", "CUSTOM_API", "NORMAL", true, "Acme developer",
                        List.of("https://robots.acme.example/api/"), List.of("stock.move"),
                        List.of("stock.move:quantity"), List.of(), inAYear, List.of(),
                        List.of("CREDENTIALS", "ENDPOINTS")));
        for (Integration integration : integrations) {
            JsonNode created = api.post(ON_CALL, base + "/integrations", integration.body());
            String checklist = base + "/integrations/" + created.path("id").asText() + "/checklist/";
            for (String item : integration.passed()) {
                api.put(ON_CALL, checklist + item, Map.of("status", "PASSED",
                        "evidence", "checked on staging by oscar: " + item.toLowerCase().replace('_', ' ') + " as expected"));
            }
        }
        say.accept("  integrations: " + integrations.size() + " (payment provider, carrier, marketplace, web shop, "
                + "API client) with their checklists");
    }

    private record Integration(String name, String kind, String criticality, boolean testableOnStaging, String owner,
                               List<String> endpoints, List<String> models, List<String> fields,
                               List<String> scheduledActions, LocalDate credentialsExpireOn, List<String> liveChecks,
                               List<String> passed) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("kind", kind);
            body.put("criticality", criticality);
            body.put("testableOnStaging", testableOnStaging);
            body.put("owner", owner);
            body.put("endpoints", endpoints);
            body.put("models", models);
            body.put("fields", fields);
            body.put("scheduledActions", scheduledActions);
            if (credentialsExpireOn != null) {
                body.put("credentialsExpireOn", credentialsExpireOn.toString());
            }
            body.put("liveChecks", liveChecks);
            return body;
        }
    }

    // ------------------------------------------------------------------ weekend-testing

    private void weekendTesting(String base, Milestones milestones) {
        JsonNode catalogue = api.post(OPS_LEAD, base + "/scenarios/catalogue", null);
        List<DemoUser> testers = users.stream().filter(u -> u.has("tester")).toList();
        List<List<String>> areas = splitAreas(testers.size());
        ZoneId zone = ZoneId.of(ZONE);
        LocalDate saturday = milestones.local("DOWNTIME_START").toLocalDate().plusDays(1);
        for (int i = 0; i < testers.size(); i++) {
            DemoUser tester = testers.get(i);
            // Alternate Saturday and Sunday so the plan spreads over the weekend.
            LocalDate day = saturday.plusDays(i % 2);
            Instant start = day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
            Instant end = day.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant();
            api.post(OPS_LEAD, base + "/testers", Map.of("name", tester.name(), "username", tester.username(),
                    "contact", tester.email(), "zone", tester.zone(), "areas", areas.get(i),
                    "availability", List.of(Map.of("start", start.toString(), "end", end.toString())),
                    "maxHours", 8));
        }
        afterWindowKnown(() -> api.put(OPS_LEAD, base + "/roster", Map.of("shifts", roster(milestones, zone))));
        JsonNode plan = afterWindowKnown(() -> api.post(OPS_LEAD, base + "/assignments:plan", null));
        api.post(OPS_LEAD, base + "/assignments:publish", null);
        say.accept("  weekend testing: " + catalogue.path("scenarios").size() + " scenarios, " + testers.size()
                + " testers, plan published (" + plan.path("assignments").size() + " assignments, "
                + plan.path("unassigned").size() + " unassigned); on-call roster over the weekend");
    }

    /**
     * The catalogue's areas dealt out to the testers in runs, every area to someone; sales and
     * inventory stay together (a delivery needs a confirmed quotation).
     */
    private static List<List<String>> splitAreas(int testers) {
        List<String> all = List.of("SALES", "INVENTORY", "WEBSITE", "OTHER", "INVOICING", "PURCHASE", "REPORTING",
                "MANUFACTURING");
        List<List<String>> areas = new ArrayList<>();
        for (int i = 0; i < testers; i++) {
            areas.add(new ArrayList<>());
        }
        for (int i = 0; i < all.size() && testers > 0; i++) {
            areas.get(i * testers / all.size()).add(all.get(i));
        }
        return areas;
    }

    /**
     * Primary and secondary on call from the downtime to business resume, handing over at 17:00 on
     * Saturday and Sunday; the two on-call people swap roles at each hand-over.
     */
    private List<Map<String, Object>> roster(Milestones milestones, ZoneId zone) {
        List<DemoUser> onCall = users.stream().filter(u -> u.has("on-call")).toList();
        String first = onCall.isEmpty() ? ON_CALL : onCall.get(0).username();
        String second = onCall.size() < 2 ? first : onCall.get(1).username();
        LocalDate saturday = milestones.local("DOWNTIME_START").toLocalDate().plusDays(1);
        List<Instant> handOvers = List.of(milestones.instant("DOWNTIME_START"),
                saturday.atTime(17, 0).atZone(zone).toInstant(),
                saturday.plusDays(1).atTime(17, 0).atZone(zone).toInstant(),
                milestones.instant("BUSINESS_RESUME"));
        List<Map<String, Object>> shifts = new ArrayList<>();
        for (int i = 0; i < handOvers.size() - 1; i++) {
            String primary = i % 2 == 0 ? first : second;
            String secondary = i % 2 == 0 ? second : first;
            shifts.add(shift("primary-" + (i + 1), primary, "PRIMARY", handOvers.get(i), handOvers.get(i + 1)));
            shifts.add(shift("secondary-" + (i + 1), secondary, "SECONDARY", handOvers.get(i), handOvers.get(i + 1)));
        }
        return shifts;
    }

    private static Map<String, Object> shift(String id, String person, String role, Instant start, Instant end) {
        return Map.of("id", id, "person", person, "role", role, "start", start.toString(), "end", end.toString());
    }

    /**
     * Runs a call that needs the go-live window, which reaches this service as an event: while it
     * answers 409 NO_WINDOW, waits and tries again.
     */
    private JsonNode afterWindowKnown(Supplier<JsonNode> call) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (true) {
            try {
                return call.get();
            } catch (SeedException e) {
                if (e.status() != 409 || !e.getMessage().contains("NO_WINDOW") || Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SeedException("waiting for the window event", 0, "interrupted");
            }
        }
    }

    // ------------------------------------------------------------------ notification-hub

    /** Everyone who should hear about the weekend, a business stakeholder in another zone among them. */
    private void stakeholders(String base) {
        int count = 0;
        for (DemoUser user : users) {
            String role = user.has("ops-lead") ? "OPS_LEAD" : user.has("on-call") ? "ON_CALL"
                    : user.has("tester") ? "TESTER" : user.has("stakeholder") ? "BUSINESS_STAKEHOLDER" : null;
            if (role == null) {
                continue;
            }
            // The business stakeholder follows the weekend from the US office unless the realm says otherwise.
            String zone = role.equals("BUSINESS_STAKEHOLDER") && user.zone().equals(ZONE) ? "America/New_York"
                    : user.zone();
            Map<String, Object> body = new HashMap<>();
            body.put("name", user.name());
            body.put("username", user.username());
            body.put("role", role);
            body.put("zone", zone);
            body.put("language", "en");
            body.put("email", user.email());
            api.post(OPS_LEAD, base + "/stakeholders", body);
            count++;
        }
        say.accept("  stakeholders: " + count + " to notify (e-mail and feed)");
    }

    // ------------------------------------------------------------------ helpers

    private String url(String service) {
        String url = urls.get(service);
        if (url == null) {
            throw new SeedException("the demo seed", 0, service + " is not running");
        }
        return url;
    }

    /** The milestones of the scheduled window, by name: wall-clock time and instant. */
    private record Milestones(Map<String, LocalDateTime> locals, Map<String, Instant> instants) {
        static Milestones of(JsonNode milestones) {
            Map<String, LocalDateTime> locals = new HashMap<>();
            Map<String, Instant> instants = new HashMap<>();
            for (JsonNode m : milestones) {
                locals.put(m.path("milestone").asText(), LocalDateTime.parse(m.path("local").asText()));
                instants.put(m.path("milestone").asText(), Instant.parse(m.path("instant").asText()));
            }
            return new Milestones(locals, instants);
        }

        LocalDateTime local(String milestone) {
            return require(locals, milestone);
        }

        Instant instant(String milestone) {
            return require(instants, milestone);
        }

        private static <T> T require(Map<String, T> values, String milestone) {
            T value = values.get(milestone);
            if (value == null) {
                throw new SeedException("reading the window", 0, "no milestone " + milestone + " in the window");
            }
            return value;
        }
    }
}
