package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.EventType;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverUpdated;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.WeekendFact;
import dev.golive.contracts.runbook.RunbookReadinessChanged;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.integration.LiveVerificationScheduled;
import dev.golive.contracts.integration.ProbeCompleted;
import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.PackagedService;
import dev.golive.testkit.RawTopic;
import dev.golive.testkit.UserHttp;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;


import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.SECOND_ON_CALL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing lost, nothing stuck: the promises of ADR 14 checked against the packaged services under
 * the faults of a real go-live weekend — a service killed (SIGKILL) while events flow through it,
 * the broker away for half a minute, PostgreSQL restarted under load, unreadable records and
 * abusive requests, a milestone that falls due while its service is down.
 *
 * <p>Everything is judged from outside, as a user or a consuming service would: the acknowledged
 * writes (2xx) and the events the test wrote are what went in; the events on the topics (counted
 * by CloudEvents id, so a record the outbox relay sent again counts once — the relay is at least
 * once by design, the consumers' inboxes drop the copy), the dead-letter topics, the consumer
 * groups' committed offsets and the services' REST reads are what came out. Each effect is owed
 * exactly once ({@link Tally}): missing is lost, more than once is a duplicate.
 *
 * <p>One platform ({@link Platform}) serves every scenario, in order; at the end the figures are
 * counted again (a duplicate may come late) and printed as a table. The class runs alone
 * ({@link Isolated}): a second platform on the same cores would make every wait a guess.
 */
@Isolated
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    /** A new cutover of the steady load this often. */
    private static final Duration LOAD_INTERVAL = Duration.ofSeconds(1);
    /** How long a killed or restarted service may take to be ready again on this loaded machine. */
    private static final Duration READY_AGAIN = Duration.ofMinutes(3);
    /** How long the platform may take to catch up after a fault (a consumer group waits out its dead member's session). */
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(30);
    /** Which consumer groups read which topic (each service's group is its name). */
    private static final Map<String, List<String>> READERS = new LinkedHashMap<>();

    static {
        READERS.put(Topics.CUTOVER, List.of("staging-refresh", "integration-readiness", "weekend-testing",
                "rollback-decision", "notification-hub", "runbook"));
        READERS.put(Topics.STAGING, List.of("cutover-planner", "integration-readiness", "weekend-testing", "notification-hub",
                "runbook"));
        READERS.put(Topics.INTEGRATION, List.of("cutover-planner", "notification-hub"));
        READERS.put(Topics.TESTING, List.of("cutover-planner", "notification-hub"));
        READERS.put(Topics.INCIDENT, List.of("cutover-planner", "rollback-decision", "notification-hub", "runbook"));
        READERS.put(Topics.ROLLBACK, List.of("cutover-planner", "notification-hub", "runbook"));
        // runbook keeps the weekend's log for its report: what was sent to whom.
        READERS.put(Topics.NOTIFICATION, List.of("runbook"));
        READERS.put(Topics.RUNBOOK, List.of("cutover-planner", "rollback-decision", "notification-hub"));
    }

    /**
     * The type a poison record written for {@code group} on {@code topic} claims to be: one the group applies.
     * A consumer skips, unread, the types of a topic it has no use for (golive-messaging's EventTypes), so a
     * poison record of such a type is rightly never dead-lettered by it; no single type of the runbook's
     * topic is read by all its readers.
     */
    private static EventType<?> poisonType(String topic, String group) {
        return switch (topic) {
            case Topics.CUTOVER -> EventCatalog.CUTOVER_PLANNED;
            // integration-readiness reads only the summary items, weekend-testing only rehearsals and reviews.
            case Topics.STAGING -> switch (group) {
                case "integration-readiness" -> EventCatalog.SUMMARY_ITEM_RAISED;
                case "weekend-testing" -> EventCatalog.REHEARSAL_COMPLETED;
                default -> EventCatalog.UPGRADE_FORECAST_CHANGED;
            };
            // rollback-decision drops its own IncidentReported by type before reading it (ADR 24): its poison is a detection.
            case Topics.INCIDENT -> "rollback-decision".equals(group) ? EventCatalog.INCIDENT_DETECTED
                    : EventCatalog.INCIDENT_REPORTED;
            case Topics.ROLLBACK -> EventCatalog.ROLLBACK_DECIDED;
            case Topics.NOTIFICATION -> EventCatalog.NOTIFICATION_DELIVERED;
            case Topics.RUNBOOK -> "cutover-planner".equals(group) ? EventCatalog.RUNBOOK_TASK_CHANGED
                    : EventCatalog.RUNBOOK_PROJECTION_CHANGED;
            default -> EventCatalog.all().stream().filter(t -> t.topic().equals(topic)).findFirst().orElseThrow();
        };
    }

    static Platform platform;
    static Instant begun;

    /** One line of the table: a scenario or one service under it; figures counted again at the end. */
    record Line(String scenario, Supplier<Tally.Figures> figures, String notes) {
    }

    private static final List<Line> TABLE = Collections.synchronizedList(new ArrayList<>());
    /** Duplicates or losses found outside the tallies (dead letters, order, half-written state), counted again at the end. */
    private static final List<Supplier<List<String>>> OTHER_CHECKS = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startPlatform() throws Exception {
        begun = Instant.now();
        platform = Platform.start(new Platform.Options(Map.of(
                // A milestone more than 3 s behind is reported late (1 min in production): the outage here is seconds.
                "cutover-planner", List.of("-Dgolive.planner.milestones.late-after=PT3S")),
                true, "fault-suite", false));
        System.out.println("FAULT platform ready in " + platform.startup.toSeconds() + " s");
    }

    @AfterAll
    static void stopPlatform() {
        try {
            if (platform != null && !TABLE.isEmpty()) {
                System.out.println(table());
                System.out.println("FAULT suite took " + Duration.between(begun, Instant.now()).toSeconds()
                        + " s, the platform's start included (" + platform.startup.toSeconds() + " s)");
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }

    // ================================================================== 1. kill -9 each service in turn

    /**
     * A steady load of cutovers runs through every service while each service in turn is killed with
     * SIGKILL and started again (same port, same database). Every write a service acknowledged has
     * its event once; every event consumed has its effect once.
     */
    @Test
    @Order(1)
    void killEachServiceInTurnWhileEventsFlowThroughIt() {
        Tally tally = new Tally();
        Map<String, String> notes = new LinkedHashMap<>();
        List<FaultLoad.Flow> flows;
        try (FaultLoad load = FaultLoad.start(platform, tally, "kill", LOAD_INTERVAL)) {
            for (String name : Platform.SERVICE_OPTIONS.keySet()) {
                PackagedService service = platform.service(name);
                int before = load.acknowledged();
                await("the load flows before " + name + " is killed", CATCH_UP)
                        .until(() -> load.acknowledged() >= before + 4);
                int refusedBefore = load.refused(name);
                Instant killed = Instant.now();
                service.kill();
                service.startAgain();
                service.awaitReady(READY_AGAIN);
                Instant ready = Instant.now();
                notes.put(name, "down " + Duration.between(killed, ready).toSeconds() + " s; "
                        + (load.refused(name) - refusedBefore) + " of its writes refused and "
                        + eventsFor(name, killed, ready) + " events for it arrived meanwhile");
            }
            load.stopStarting();
            settle("every cutover of the load through its steps", load::finished);
            flows = load.flows();
        }
        settle("what the load caused", () -> tally.lost() == 0);
        // Every event is recorded now: what notification-hub owes for them can be listed.
        flows.stream().filter(f -> f.stakeholderId != null).forEach(f ->
                FaultLoad.expectDeliveries(tally, platform.topics, f.id, f.stakeholderId, f.label));
        settle("notification-hub's deliveries", () -> tally.lost() == 0);

        List<String> ids = flows.stream().filter(f -> f.id != null).map(f -> f.id).toList();
        long stopped = flows.stream().filter(f -> f.stoppedBy != null).count();
        for (String name : Platform.SERVICE_OPTIONS.keySet()) {
            // A service the load owes nothing to (the runbook: the load's cutovers have none) counts as nothing owed.
            TABLE.add(new Line("kill -9 " + name, () -> tally.figures().getOrDefault(name,
                    new Tally.Figures(name, 0, 0, 0, 0, List.of(), List.of())),
                    notes.get(name) + "; " + resentBy(name, ids) + " re-sent (same ce_id)"));
        }
        System.out.println("FAULT kill: " + flows.size() + " cutovers started, " + stopped
                + " stopped at a refused write; " + tally.size() + " effects owed");
        assertNothingLostNorDoubled("kill -9 each service", tally);
    }

    // ================================================================== 2. the broker away for 30 s

    /**
     * The broker stops for 30 s while people keep writing: every write succeeds (the outbox keeps
     * it), every service stays ready; once the broker is back every event arrives once, and each
     * cutover's events in the order of its writes.
     */
    @Test
    @Order(2)
    void brokerAwayForThirtySecondsWhileWritesGoOn() {
        Tally tally = new Tally();
        List<String> cutovers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            cutovers.add(planned(tally, "broker-" + i));
        }
        // cutover id → the markers of its writes, in the order they were acknowledged, per topic
        Map<String, List<String>> renames = new LinkedHashMap<>();
        Map<String, List<String>> incidents = new LinkedHashMap<>();
        cutovers.forEach(id -> {
            renames.put(id, new ArrayList<>());
            incidents.put(id, new ArrayList<>());
        });
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int[] round = {0};
        int[] written = {0};

        platform.kafka.stop();
        Instant stopped = Instant.now();
        try {
            await("writes acknowledged and services ready while the broker is away", BROKER_OUTAGE.plusSeconds(60))
                    .during(BROKER_OUTAGE)
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(200))
                    .failFast("a write was refused or a service was not ready", () -> !failures.isEmpty())
                    .until(() -> {
                        int n = ++round[0];
                        String id = cutovers.get(n % cutovers.size());
                        String name = "Odoo 19 go-live, renamed while the broker was away #" + n;
                        if (check(failures, "rename", platform.api.attempt("PATCH", "cutover-planner",
                                "/api/cutovers/" + id, OPS_LEAD, Map.of("name", name)), 200)) {
                            renames.get(id).add(name);
                            written[0]++;
                        }
                        String title = "Report slow while the broker was away #" + n;
                        if (check(failures, "incident", platform.api.attempt("POST", "rollback-decision",
                                "/api/cutovers/" + id + "/incidents", ON_CALL, FaultLoad.minorIncident(title)), 201)) {
                            incidents.get(id).add(title);
                            written[0]++;
                        }
                        if (n % 4 == 0) {
                            UserHttp.Answer a = platform.api.attempt("POST", "cutover-planner", "/api/cutovers", OPS_LEAD,
                                    FaultLoad.plan("broker-new-" + n, "Fault team broker-new-" + n));
                            if (check(failures, "plan", a, 201)) {
                                FaultLoad.expectPlanned(tally, platform.topics, a.json().get("id").asText(), "broker-new-" + n);
                                written[0]++;
                            }
                        }
                        for (PackagedService s : platform.services) {
                            int ready = readiness(s);
                            if (ready != 200) {
                                failures.add(s.name() + " /q/health/ready answered " + ready + " with the broker away");
                            }
                        }
                        return true;
                    });
        } finally {
            platform.kafka.start();
        }
        Duration away = Duration.between(stopped, Instant.now());
        assertThat(failures).as("writes refused or services not ready while the broker was away").isEmpty();

        TopicRecorder topics = platform.topics;
        renames.forEach((id, names) -> names.forEach(name -> tally.expect("cutover-planner",
                "CutoverUpdated \"" + name + "\"", () -> topics.distinct(id, EventCatalog.CUTOVER_UPDATED,
                        e -> name.equals(e.name())))));
        incidents.forEach((id, titles) -> titles.forEach(title -> tally.expect("rollback-decision",
                "IncidentReported \"" + title + "\"", () -> topics.distinct(id, EventCatalog.INCIDENT_REPORTED,
                        e -> title.equals(e.title())))));
        settle("every event written while the broker was away", () -> tally.lost() == 0);

        // Per cutover, the order of the events (each id at its first record) is the order of the writes.
        Supplier<List<String>> outOfOrder = () -> {
            List<String> wrong = new ArrayList<>();
            renames.forEach((id, names) -> {
                List<String> seen = firstOfEachId(id, EventCatalog.CUTOVER_UPDATED).stream()
                        .map(e -> ((CutoverUpdated) e).name())
                        .filter(names::contains).toList();
                if (!seen.equals(names)) {
                    wrong.add("cutover " + id + ": renames in the order " + names + " but events in the order " + seen);
                }
            });
            incidents.forEach((id, titles) -> {
                List<String> seen = firstOfEachId(id, EventCatalog.INCIDENT_REPORTED).stream()
                        .map(e -> ((IncidentReported) e).title())
                        .filter(titles::contains).toList();
                if (!seen.equals(titles)) {
                    wrong.add("cutover " + id + ": incidents in the order " + titles + " but events in the order " + seen);
                }
            });
            return wrong;
        };
        OTHER_CHECKS.add(outOfOrder);
        List<String> allIds = new ArrayList<>(cutovers);
        TABLE.add(new Line("broker stopped " + BROKER_OUTAGE.toSeconds() + " s", () -> total(tally),
                written[0] + " writes acknowledged while away (" + away.toSeconds() + " s), all 6 services ready"
                        + " throughout; order per cutover " + (outOfOrder.get().isEmpty() ? "kept" : "BROKEN")
                        + "; " + resentBy(null, allIds) + " re-sent (same ce_id)"));
        assertThat(outOfOrder.get()).as("events out of the order of their writes").isEmpty();
        assertNothingLostNorDoubled("broker outage", tally);
    }

    // ================================================================== 3. PostgreSQL restarted under load

    /**
     * PostgreSQL stops and starts again (same port, same data) while people write and events keep
     * coming: writes during the outage are refused cleanly (a 503 problem, nothing half written);
     * events consumed during it are retried and applied once afterwards.
     */
    @Test
    @Order(3)
    void databaseRestartsUnderLoad() {
        Tally tally = new Tally();
        List<String> cutovers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            cutovers.add(planned(tally, "db-" + i));
        }
        settle("the cutovers planned before the restart", () -> tally.lost() == 0);
        List<String> refusedCleanly = new ArrayList<>();
        List<String> notClean = new ArrayList<>();
        List<String> markers = new ArrayList<>();

        platform.postgres.stop();
        Instant stopped = Instant.now();
        try {
            for (int n = 1; n <= 2; n++) {
                for (int i = 0; i < cutovers.size(); i++) {
                    String id = cutovers.get(i);
                    String marker = "written while the database was down #" + n + "." + i;
                    markers.add(marker);
                    judgeRefusal(refusedCleanly, notClean, "rename " + marker, platform.api.attempt("PATCH",
                            "cutover-planner", "/api/cutovers/" + id, OPS_LEAD, Map.of("name", marker)));
                    judgeRefusal(refusedCleanly, notClean, "incident " + marker, platform.api.attempt("POST",
                            "rollback-decision", "/api/cutovers/" + id + "/incidents", ON_CALL,
                            FaultLoad.minorIncident(marker)));
                    // A detection arrives meanwhile: rollback-decision cannot apply it yet, and must not lose it.
                    String ref = "db-outage-" + n + "." + i;
                    FaultLoad.detect(platform, tally, id, ref, false);
                }
                judgeRefusal(refusedCleanly, notClean, "plan", platform.api.attempt("POST", "cutover-planner",
                        "/api/cutovers", OPS_LEAD, FaultLoad.plan("db-outage-" + n, "Fault team db-outage-" + n)));
            }
        } finally {
            platform.postgres.start();
        }
        Duration down = Duration.between(stopped, Instant.now());
        for (PackagedService s : platform.services) {
            await(s.name() + " ready after the database restart", READY_AGAIN).until(() -> readiness(s) == 200);
        }
        // A write after the restart, per cutover: once its event is there, nothing written before it can still come.
        TopicRecorder topics = platform.topics;
        for (String id : cutovers) {
            String name = "renamed after the database came back " + id;
            await("a rename accepted after the restart", READY_AGAIN).until(() -> platform.api.attempt("PATCH",
                    "cutover-planner", "/api/cutovers/" + id, OPS_LEAD, Map.of("name", name)).status() == 200);
            tally.expect("cutover-planner", "CutoverUpdated after the restart of " + id,
                    () -> topics.distinct(id, EventCatalog.CUTOVER_UPDATED, e -> name.equals(e.name())));
        }
        settle("every event of the restart", () -> tally.lost() == 0);
        Supplier<List<String>> halfWritten = () -> {
            List<String> found = new ArrayList<>();
            for (String id : cutovers) {
                topics.events(id, EventCatalog.CUTOVER_UPDATED).stream().filter(e -> markers.contains(e.name()))
                        .forEach(e -> found.add("CutoverUpdated \"" + e.name() + "\" of a refused write"));
                topics.events(id, EventCatalog.INCIDENT_REPORTED).stream().filter(e -> markers.contains(e.title()))
                        .forEach(e -> found.add("IncidentReported \"" + e.title() + "\" of a refused write"));
            }
            return found;
        };
        OTHER_CHECKS.add(halfWritten);
        TABLE.add(new Line("PostgreSQL restarted", () -> total(tally), "down " + down.toSeconds() + " s; "
                + refusedCleanly.size() + " writes refused cleanly (" + statuses(refusedCleanly) + "), "
                + notClean.size() + " not; " + halfWritten.get().size() + " half-written; 6 detections"
                + " written during the outage, applied once after"));
        assertThat(notClean).as("writes during the database outage that were not a clean 503 problem").isEmpty();
        assertThat(halfWritten.get()).as("events of writes refused during the outage").isEmpty();
        assertNothingLostNorDoubled("database restart", tally);
    }

    // ================================================================== 4. poison records and abusive writes

    /**
     * On every consumed topic, a record that is not JSON and one that breaks its contract, both keyed
     * by a live cutover: each consuming service sets both aside on its dead-letter topic, once, and
     * applies the cutover's next events on that partition. Requests with a 1 MB text or a NUL
     * character are refused (422), write nothing, and the services go on publishing.
     */
    @Test
    @Order(4)
    void poisonRecordsAreSetAsideAndAbusiveWritesRefused() {
        Tally tally = new Tally();
        TopicRecorder topics = platform.topics;
        String id = planned(tally, "poison");
        UserHttp.Answer registered = platform.api.attempt("POST", "notification-hub",
                "/api/cutovers/" + id + "/stakeholders", OPS_LEAD, FaultLoad.opsLeadInHerFeed());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String stakeholderId = registered.json().get("id").asText();

        // ---- the poison, keyed by the cutover: on its partition of each topic, before its next events
        Map<String, List<String>> poisonIds = new LinkedHashMap<>();
        Map<String, RecordMetadata> lastPoison = new LinkedHashMap<>();
        String bootstrap = platform.kafka.bootstrapServers();
        for (String topic : READERS.keySet()) {
            for (EventType<?> type : READERS.get(topic).stream().map(group -> poisonType(topic, group)).distinct().toList()) {
                String notJson = UUID.randomUUID().toString();
                String breaking = UUID.randomUUID().toString();
                RawTopic.write(bootstrap, topic, id, "{not json", CatalogEvents.headers(notJson, type.name(), id));
                // Valid JSON under a known type, but its cutoverId is an object: no consumer can read it as the contract says.
                lastPoison.put(topic, RawTopic.write(bootstrap, topic, id, "{\"cutoverId\":{\"id\":\"" + id + "\"}}",
                        CatalogEvents.headers(breaking, type.name(), id)));
                poisonIds.put(topic + " " + type.name(), List.of(notJson, breaking));
            }
        }

        // ---- abusive writes about the same cutover: refused, nothing written
        String megabyte = "x".repeat(1_000_000);
        List<String> refusals = new ArrayList<>();
        JsonNode proposals = platform.api.get("cutover-planner", "/api/cutovers/" + id + "/window-proposals?count=1", OPS_LEAD);
        String downtime = proposals.get("windows").get(0).get("downtimeStart").asText();
        refusals.add(refusal("PUT window with a 1 MB reason", platform.api.attempt("PUT", "cutover-planner",
                "/api/cutovers/" + id + "/window", OPS_LEAD, Map.of("downtimeStart", downtime, "reason", megabyte))));
        refusals.add(refusal("PATCH name with a NUL", platform.api.attempt("PATCH", "cutover-planner",
                "/api/cutovers/" + id, OPS_LEAD, Map.of("name", "Odoo\u0000 go-live"))));
        refusals.add(refusal("POST incident titled with a NUL", platform.api.attempt("POST", "rollback-decision",
                "/api/cutovers/" + id + "/incidents", ON_CALL, FaultLoad.minorIncident("Totals\u0000wrong"))));
        refusals.add(refusal("POST incident with a 1 MB description", platform.api.attempt("POST", "rollback-decision",
                "/api/cutovers/" + id + "/incidents", ON_CALL, withDescription(FaultLoad.minorIncident("Big"), megabyte))));

        // ---- the cutover's next events, after the poison on every partition
        assertThat(platform.api.attempt("PUT", "cutover-planner", "/api/cutovers/" + id + "/window", OPS_LEAD,
                Map.of("downtimeStart", downtime, "reason", "after the poison")).status()).isEqualTo(200);
        FaultLoad.expectScheduled(tally, platform, id, "poison");
        UserHttp.Answer incident = platform.api.attempt("POST", "rollback-decision", "/api/cutovers/" + id + "/incidents",
                ON_CALL, FaultLoad.minorIncident("Totals rounded after the poison"));
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        String incidentId = incident.json().get("id").asText();
        tally.expect("rollback-decision", "IncidentReported after the poison",
                () -> topics.distinct(id, EventCatalog.INCIDENT_REPORTED, e -> incidentId.equals(e.incidentId())));
        Instant downtimeStart = await("the window on the topic", CATCH_UP)
                .until(() -> FaultLoad.downtimeStart(topics, id).orElse(null), Objects::nonNull);
        await("the roster accepted (weekend-testing has the window)", CATCH_UP).until(() -> platform.api.attempt("PUT",
                "weekend-testing", "/api/cutovers/" + id + "/roster", OPS_LEAD, FaultLoad.roster(downtimeStart)).status() == 200);
        tally.expect("weekend-testing", "RosterPublished after the poison",
                () -> topics.distinct(id, EventCatalog.ROSTER_PUBLISHED, e -> true));
        tally.expect("cutover-planner", "GateChanged ON_CALL_COVERED after the poison",
                () -> topics.distinct(id, EventCatalog.GATE_CHANGED, g -> "ON_CALL_COVERED".equals(g.gate())));
        await("rollback-decision's first assessment", CATCH_UP).until(() ->
                topics.distinct(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, e -> true) > 0);
        FaultLoad.detect(platform, tally, id, "poison-detection", true);
        // staging-refresh writes nothing more about this cutover by itself: a due refresh, as it would announce one
        CatalogEvents.publish(bootstrap, new StagingRefreshDue(id, "TOO_OLD", "the last rehearsal is 20 days old",
                Instant.now().plus(2, ChronoUnit.DAYS), null, Instant.now(), null));
        // nor does the runbook (this cutover has none): its readiness, as it would announce it, for its readers
        CatalogEvents.publish(bootstrap, new RunbookReadinessChanged(id, UUID.randomUUID().toString(), false,
                List.of("Announce the downtime to users"), Instant.now()));
        settle("the cutover's events after the poison", () -> tally.lost() == 0);
        FaultLoad.expectDeliveries(tally, topics, id, stakeholderId, "poison");
        settle("notification-hub's deliveries after the poison", () -> tally.lost() == 0);

        // ---- each consumer: both poison records dead-lettered once, and its group past the cutover's later records
        Map<String, Map<String, Integer>> deadLetters = new LinkedHashMap<>();
        await("every poison record on every consumer's dead-letter topic", CATCH_UP).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
            deadLetters.clear();
            READERS.forEach((topic, groups) -> groups.forEach(group ->
                    deadLetters.put(Topics.deadLetter(topic, group), deadLettered(Topics.deadLetter(topic, group),
                            poisonIds.get(topic + " " + poisonType(topic, group).name())))));
            return deadLetters.values().stream().allMatch(counts -> counts.values().stream().allMatch(c -> c >= 1));
        });
        Map<String, Long> behind = new LinkedHashMap<>();
        await("every consumer group past the cutover's records that followed the poison", CATCH_UP)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
            behind.clear();
            READERS.forEach((topic, groups) -> {
                long last = topics.about(id, topic).stream().mapToLong(TopicRecorder.Recorded::offset).max().orElse(-1);
                RecordMetadata poison = lastPoison.get(topic);
                assertThat(last).as("a record of the cutover after the poison on " + topic).isGreaterThan(poison.offset());
                groups.forEach(group -> {
                    long committed = committed(group, new TopicPartition(topic, poison.partition()));
                    if (committed <= last) {
                        behind.put(group + " on " + topic + "-" + poison.partition(), committed);
                    }
                });
            });
            return behind.isEmpty();
        });
        Supplier<List<String>> deadLetterProblems = () -> {
            List<String> wrong = new ArrayList<>();
            READERS.forEach((topic, groups) -> groups.forEach(group -> {
                String dlq = Topics.deadLetter(topic, group);
                deadLettered(dlq, poisonIds.get(topic + " " + poisonType(topic, group).name())).forEach((ceId, count) -> {
                    if (count != 1) {
                        wrong.add(dlq + " holds poison record " + ceId + " " + count + " times");
                    }
                });
            }));
            return wrong;
        };
        OTHER_CHECKS.add(deadLetterProblems);
        // ---- the refused writes wrote nothing: one window (revision 1), no rename, incidents only the good ones
        Supplier<List<String>> written = () -> {
            List<String> wrong = new ArrayList<>();
            if (!topics.events(id, EventCatalog.GO_LIVE_WINDOW_RESCHEDULED).isEmpty()) {
                wrong.add("the window was rescheduled: the refused PUT was written");
            }
            if (!topics.events(id, EventCatalog.CUTOVER_UPDATED).isEmpty()) {
                wrong.add("a CutoverUpdated of the refused rename");
            }
            topics.events(id, EventCatalog.INCIDENT_REPORTED).stream()
                    .filter(e -> e.title().contains("\u0000") || "Big".equals(e.title()))
                    .forEach(e -> wrong.add("IncidentReported of a refused write: " + e.title()));
            return wrong;
        };
        OTHER_CHECKS.add(written);
        int deadLettered = deadLetters.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
        TABLE.add(new Line("poison records and abusive writes", () -> total(tally), deadLettered + " dead letters for "
                + (2 * READERS.values().stream().mapToInt(List::size).sum()) + " (2 per topic and consumer), every group"
                + " past them; refused: " + String.join(", ", refusals)));
        assertThat(refusals).as("abusive writes answered").allMatch(r -> r.endsWith("422"));
        assertThat(deadLetterProblems.get()).as("dead letters not exactly once").isEmpty();
        assertThat(written.get()).as("effects of refused writes").isEmpty();
        assertNothingLostNorDoubled("poison", tally);
    }

    // ================================================================== 5. a milestone due while its service is down

    /**
     * A window whose first milestone is seconds ahead; cutover-planner is killed before it is due and
     * started again after: the milestone is reached exactly once, marked late, with its lateness.
     */
    @Test
    @Order(5)
    void milestoneDueWhilePlannerIsDownFiresOnceLate() {
        Tally tally = new Tally();
        TopicRecorder topics = platform.topics;
        ZoneId zone = Weekend.zoneForToday();
        UserHttp.Answer created = platform.api.attempt("POST", "cutover-planner", "/api/cutovers", OPS_LEAD,
                withZone(FaultLoad.plan("milestone", "Fault team milestone"), zone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        FaultLoad.expectPlanned(tally, topics, id, "milestone");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant due = now.plusSeconds(20);
        LocalDateTime downtime = LocalDateTime.ofInstant(now.plus(10, ChronoUnit.MINUTES), zone);
        platform.api.patch("cutover-planner", "/api/cutovers/" + id, OPS_LEAD,
                Map.of("policy", oneMilestoneSoon(downtime, Duration.between(due, downtime.atZone(zone).toInstant()))), 200);
        String proposal = platform.api.get("cutover-planner", "/api/cutovers/" + id + "/window-proposals?count=1", OPS_LEAD)
                .get("windows").get(0).get("downtimeStart").asText();
        assertThat(LocalDateTime.parse(proposal)).isEqualTo(downtime);
        platform.api.put("cutover-planner", "/api/cutovers/" + id + "/window", OPS_LEAD,
                Map.of("downtimeStart", proposal, "reason", "a milestone in seconds"), 200);
        PackagedService planner = platform.service("cutover-planner");
        planner.kill();
        assertThat(Instant.now()).as("the planner killed before the milestone was due").isBefore(due);

        // Down past the deadline by more than the 3 s after which a milestone counts as late.
        await("the staging refresh deadline passes with the planner down", Duration.ofMinutes(1))
                .until(() -> Instant.now().isAfter(due.plusSeconds(5)));
        Instant restarted = Instant.now();
        planner.startAgain();
        planner.awaitReady(READY_AGAIN);
        tally.expect("cutover-planner", "MilestoneReached STAGING_REFRESH_DEADLINE fired after the restart",
                () -> topics.distinct(id, EventCatalog.MILESTONE_REACHED,
                        m -> m.milestone() == Milestone.STAGING_REFRESH_DEADLINE));
        // staging-refresh keeps the same deadline with a trigger of its own, which was not down
        tally.expect("staging-refresh", "StagingRefreshDue at the deadline",
                () -> topics.distinct(id, EventCatalog.STAGING_REFRESH_DUE, e -> true));
        settle("the milestone after the restart", () -> tally.lost() == 0);
        MilestoneReached reached = topics.events(id, EventCatalog.MILESTONE_REACHED).stream()
                .filter(m -> m.milestone() == Milestone.STAGING_REFRESH_DEADLINE).findFirst().orElseThrow();
        // The rest of the window is not this scenario's business: cancelling removes its triggers.
        platform.api.post("cutover-planner", "/api/cutovers/" + id + "/cancel", OPS_LEAD,
                Map.of("reason", "the fault suite is done with it"), 200);

        TABLE.add(new Line("milestone due while planner down", () -> total(tally), "due " + due + ", planner back "
                + Duration.between(due, restarted).toSeconds() + " s after; reached late=" + reached.late()
                + ", lateness " + reached.latenessMillis() + " ms"));
        assertThat(reached.scheduledAt()).isEqualTo(due);
        assertThat(reached.late()).as("marked late").isTrue();
        assertThat(reached.latenessMillis()).as("lateness at least the time the planner was still down after it was due")
                .isGreaterThanOrEqualTo(Duration.between(due, restarted).toMillis());
        assertNothingLostNorDoubled("milestone", tally);
    }

    // ================================================================== 6. two instances of every service

    /** From scheduling the window to the downtime: the roster, then the go/no-go, fit before it; one reminder is due. */
    private static final Duration TWINS_LEAD = Duration.ofSeconds(60);
    /** A testing window of a minute: no scenario is played in it (one takes 5), an incident is. */
    private static final Duration TWINS_TESTING = Duration.ofSeconds(50);

    /**
     * A second instance of every service joins the first — its own process and port, the same
     * database schema, consumer groups and clustered Quartz store — and a compressed weekend runs
     * through both, each write going to the other instance than the one before: every milestone and
     * every other deadline fires once, every outbox row reaches its topic once, every stakeholder
     * hears each notice once on each channel, and nothing is dead-lettered.
     */
    @Test
    @Order(6)
    void twoInstancesOfEveryServiceThroughACompressedWeekend() {
        // A process killed by an earlier scenario (the planner, just before) stays a member of its groups until
        // the broker's session timeout ends it (45 s): counted before that, one instance would look like two.
        Map<String, Integer> oneInstance = consumersOfOneInstance();
        settle("only the first instances' consumers in the groups", () -> groupMembers().equals(oneInstance));
        Map<String, Integer> membersBefore = groupMembers();
        assertThat(membersBefore).as("consumer group members with one instance of every service").isEqualTo(oneInstance);
        Instant begun = Instant.now();
        platform.startSecondInstances();
        long secondReady = Duration.between(begun, Instant.now()).toSeconds();
        Map<String, List<String>> instances = new LinkedHashMap<>();
        Platform.SERVICE_OPTIONS.keySet().forEach(name -> instances.put(name,
                List.of(platform.service(name).baseUrl(), platform.secondInstance(name).baseUrl())));
        Api spread = platform.api.alternating(instances);
        // Both instances in each service's consumer group before the weekend: they share its partitions.
        settle("both instances of every service in its consumer groups", () -> groupMembers().entrySet().stream()
                .allMatch(g -> g.getValue() >= 2 * membersBefore.getOrDefault(g.getKey(), 0)));
        Map<String, Integer> membersAfter = groupMembers();

        // ---- the preparation: plan, stakeholders, a clean rehearsal, an integration checked
        TopicRecorder topics = platform.topics;
        Tally tally = new Tally();
        Cutover c = new Cutover(platform, spread, "twins");
        ZoneId zone = Weekend.zoneForToday();
        c.plan("Team Gemini", zone);
        String id = c.id;
        await("staging-refresh's verdict on the new cutover and the planner's gate", CATCH_UP).until(() ->
                topics.distinct(id, EventCatalog.GATE_CHANGED, g -> "STAGING_REHEARSAL".equals(g.gate())) == 1);
        c.eventsBeforeStakeholders = topics.about(id).size();
        c.stakeholderIds = c.registerStakeholders(GoLiveWeekendTest.stakeholders(c.label), zone);
        c.requestRehearsal();
        c.runStandardUpgrade();
        c.customModuleAttempt("e5f6a7b", "SUCCEEDED", null, "modules upgraded");
        String payments = "Twin payments";
        c.registerIntegration(payments, "PAYMENT_PROVIDER", "CRITICAL", false);
        c.checkIntegration(payments);
        assertThat(c.runProbe(payments).get("outcome").asText()).isEqualTo("PASSED");

        // ---- the weekend: a minute ahead, the roster, GO
        Weekend weekend = Weekend.startingIn(TWINS_LEAD, zone, TWINS_TESTING);
        c.setWeekendPolicy(weekend);
        c.scheduleFirstProposal();
        Instant downtime = weekend.downtimeInstant();
        UserHttp.Answer roster = await("the roster answered (409 until weekend-testing has the window)", CATCH_UP)
                .until(() -> spread.attempt("PUT", "weekend-testing", "/api/cutovers/" + id + "/roster", OPS_LEAD,
                        FaultLoad.roster(downtime)), a -> a.status() != 409);
        assertThat(roster.status()).as(roster.body()).isEqualTo(200);
        // nina will stay a day longer: the ops lead publishes the roster again (to the other instance)
        Map<String, Object> amended = FaultLoad.roster(downtime);
        Instant ninaUntil = downtime.plus(8, ChronoUnit.DAYS);
        amended = Map.of("shifts", List.of(((List<?>) amended.get("shifts")).get(0), Map.of("id", "secondary",
                "person", SECOND_ON_CALL, "role", "SECONDARY", "start", downtime.minus(1, ChronoUnit.DAYS).toString(),
                "end", ninaUntil.toString())));
        spread.put("weekend-testing", "/api/cutovers/" + id + "/roster", OPS_LEAD, amended, 200);
        for (boolean longer : List.of(false, true)) {
            tally.expect("weekend-testing", "RosterPublished" + (longer ? ", nina a day longer" : ""),
                    () -> topics.distinct(id, EventCatalog.ROSTER_PUBLISHED, r -> r.shifts().stream().anyMatch(
                            shift -> "SECONDARY".equals(shift.role()) && shift.end().equals(ninaUntil) == longer)));
        }
        // the weekend's runbook, its announcement done before go/no-go (on the other instance each time)
        c.instantiateRunbook("Compressed go-live (twins)", GoLiveWeekendTest.compressedRunbook(),
                GoLiveWeekendTest.rollbackRunbook());
        c.startTask("announce", OPS_LEAD);
        c.completeTask("announce", OPS_LEAD, "mail to all users");
        Duration milestoneWait = TWINS_LEAD.plus(TWINS_TESTING).plusMinutes(3);
        awaitMilestone(id, Milestone.GO_NO_GO, milestoneWait);
        c.decideGoNoGo("GO", "rehearsal fresh, the payment provider checked, on call covered");

        // ---- production goes down when oscar takes it down; the system is back when the upgrade platform says so
        awaitMilestone(id, Milestone.DOWNTIME_START, milestoneWait);
        await("the GO reached the runbook", CATCH_UP).until(() -> c.tryToStartTask("take-down", ON_CALL).status() == 200);
        c.completeTask("take-down", ON_CALL, "maintenance page up");
        assertThat(c.upgradePlatformSays("upgrade.started")).isEqualTo(200);
        assertThat(c.upgradePlatformSays("upgrade.succeeded")).isEqualTo(200);

        // ---- during testing a catastrophic incident: oscar is paged, does not answer, nina is paged and answers
        awaitMilestone(id, Milestone.TECHNICAL_REVIEW_END, milestoneWait);
        Map<String, Object> catastrophe = Cutover.catastrophe("Twin payments captured twice",
                "Every card payment since the upgrade was captured twice");
        String incident = c.reportIncident(SECOND_ON_CALL, catastrophe).get("id").asText();
        PageSent second = topics.await(id, EventCatalog.PAGE_SENT, p -> "SECONDARY".equals(p.level()), Duration.ofMinutes(2));
        c.acknowledgePage(second.pageId(), SECOND_ON_CALL);
        c.resolveIncident(incident, "captures refunded, the payment module's double submit fixed");

        // ---- the point of no return passes, business resumes when the ops lead says so
        awaitMilestone(id, Milestone.BUSINESS_RESUME, milestoneWait);
        c.startTask("resume", OPS_LEAD);
        c.completeTask("resume", OPS_LEAD, "users back on the upgraded system");

        // ---- what the timers of each service owe, once each
        for (Milestone m : Milestone.values()) {
            tally.expect("cutover-planner", "MilestoneReached " + m,
                    () -> topics.distinct(id, EventCatalog.MILESTONE_REACHED, e -> e.milestone() == m));
        }
        tally.expect("cutover-planner", "GoNoGoRecommended at GO_NO_GO",
                () -> topics.distinct(id, EventCatalog.GO_NO_GO_RECOMMENDED, e -> true));
        for (WeekendFact fact : WeekendFact.values()) {
            tally.expect("cutover-planner", "WeekendFactObserved " + fact,
                    () -> topics.distinct(id, EventCatalog.WEEKEND_FACT_OBSERVED, e -> e.fact() == fact));
        }
        for (CutoverStatus to : List.of(CutoverStatus.GO_NO_GO_PASSED, CutoverStatus.IN_PROGRESS, CutoverStatus.WEEKEND_TESTING)) {
            tally.expect("cutover-planner", "CutoverStatusChanged →" + to,
                    () -> topics.distinct(id, EventCatalog.CUTOVER_STATUS_CHANGED, e -> e.to() == to));
        }
        tally.expect("integration-readiness", "scheduled probe before the downtime", () -> scheduledProbes(id, false));
        tally.expect("integration-readiness", "LiveVerificationScheduled once the system is back",
                () -> topics.distinct(id, EventCatalog.LIVE_VERIFICATION_SCHEDULED, e -> true));
        tally.expect("integration-readiness", "live verification's probe", () -> scheduledProbes(id, true));
        tally.expect("integration-readiness", "LiveVerificationCompleted",
                () -> topics.distinct(id, EventCatalog.LIVE_VERIFICATION_COMPLETED, e -> true));
        for (String left : Weekend.PNR_WARNINGS.split(",")) {
            tally.expect("rollback-decision", "PointOfNoReturnApproaching " + left,
                    () -> topics.distinct(id, EventCatalog.POINT_OF_NO_RETURN_APPROACHING,
                            e -> e.timeLeft().equals(Duration.parse(left))));
        }
        tally.expect("rollback-decision", "PointOfNoReturnPassed",
                () -> topics.distinct(id, EventCatalog.POINT_OF_NO_RETURN_PASSED, e -> true));
        tally.expect("rollback-decision", "IncidentReported", () -> topics.distinct(id, EventCatalog.INCIDENT_REPORTED, e -> true));
        tally.expect("notification-hub", "PageSent PRIMARY",
                () -> topics.distinct(id, EventCatalog.PAGE_SENT, p -> "PRIMARY".equals(p.level())));
        tally.expect("notification-hub", "PageEscalated PRIMARY→SECONDARY",
                () -> topics.distinct(id, EventCatalog.PAGE_ESCALATED, e -> true));
        tally.expect("notification-hub", "PageSent SECONDARY",
                () -> topics.distinct(id, EventCatalog.PAGE_SENT, p -> "SECONDARY".equals(p.level())));
        settle("the weekend's timers", () -> tally.lost() == 0);

        // ---- each stakeholder hears each notice once, on each channel (checked as the weekend test checks it)
        AssertionError notifications = null;
        int deliveries = 0;
        try {
            deliveries = new NotificationCheck(platform, c, Weekend.remindersDue(TWINS_LEAD)).verify(c.stakeholderIds);
        } catch (AssertionError e) {
            notifications = e;
        }
        // ... and the figures of the table: per delivery, what its receiving end got
        Map<String, Stakeholder> byStakeholderId = new LinkedHashMap<>();
        c.stakeholderIds.forEach((s, sid) -> byStakeholderId.put(sid, s));
        JsonNode log = spread.get("notification-hub", "/api/cutovers/" + id + "/deliveries", OPS_LEAD);
        for (JsonNode d : log) {
            String deliveryId = d.path("id").asText();
            Stakeholder who = byStakeholderId.get(d.path("stakeholderId").asText());
            String channel = d.path("channel").asText();
            String what = d.path("kind").asText() + " to " + (who == null ? "?" : who.username()) + " by " + channel;
            tally.expect("notification-hub", "NotificationDelivered of " + what, () -> (int) topics.about(id, Topics.NOTIFICATION)
                    .stream().filter(r -> r.event() instanceof NotificationDelivered n && deliveryId.equals(n.deliveryId()))
                    .count());
            if ("EMAIL".equals(channel)) {
                tally.expect("notification-hub", "e-mail of " + what, () -> mailsOf(deliveryId));
            } else if ("WEBHOOK".equals(channel) && who != null) {
                tally.expect("notification-hub", "webhook call of " + what, () -> (int) platform.webhooks
                        .deliveries(who.hook()).stream().filter(w -> deliveryId.equals(w.deliveryId())).count());
            }
        }

        // ---- from the tables: each deadline fired once, each outbox row on its topic once
        Instant resumed = topics.events(id, EventCatalog.MILESTONE_REACHED).stream()
                .filter(m -> m.milestone() == Milestone.BUSINESS_RESUME).findFirst().orElseThrow().reachedAt();
        int deadlineCount = 0;
        for (Map.Entry<String, String> s : Platform.SCHEMA_OF.entrySet()) {
            for (String[] deadline : deadlinesDue(s.getValue(), id, resumed)) {
                deadlineCount++;
                tally.expect(s.getKey(), "deadline " + deadline[1] + " of " + deadline[0] + " fired",
                        () -> firings(s.getValue(), deadline[0], deadline[1]));
            }
        }
        settle("every delivery sent and announced", () -> tally.lost() == 0);
        Set<String> outboxIds = new HashSet<>();
        int rows = 0;
        for (Map.Entry<String, String> s : Platform.SCHEMA_OF.entrySet()) {
            for (String[] row : outboxRows(s.getValue(), id)) {
                rows++;
                outboxIds.add(row[0]);
                String ceId = row[0];
                String topic = row[1];
                // every copy on the topic counts: a row relayed twice is a duplicate here
                tally.expect(s.getKey(), TopicRecorder.shortType(row[2]) + " " + ceId + " relayed",
                        () -> (int) topics.about(id, topic).stream().filter(r -> ceId.equals(r.id())).count());
            }
        }
        settle("every outbox row of the cutover relayed", () -> tally.lost() == 0);
        Supplier<List<String>> strays = () -> topics.about(id).stream().filter(r -> !outboxIds.contains(r.id()))
                .map(r -> "on " + r.topic() + " but in no outbox: " + r).toList();
        Supplier<List<String>> deadLetters = () -> deadLettersAbout(id);
        OTHER_CHECKS.add(strays);
        OTHER_CHECKS.add(deadLetters);

        Map<String, List<Integer>> writes = new LinkedHashMap<>();
        Platform.SERVICE_OPTIONS.keySet().forEach(name -> writes.put(name, spread.writesPerInstance(name)));
        String spreadNote = writes.entrySet().stream().map(w -> w.getKey() + " " + w.getValue().get(0) + "/"
                + w.getValue().get(1)).collect(Collectors.joining(", "));
        long took = Duration.between(begun, Instant.now()).toSeconds();
        TABLE.add(new Line("two instances of every service", () -> total(tally), "second instances ready in "
                + secondReady + " s; consumer group members " + membersBefore.values().stream().mapToInt(i -> i).sum()
                + " → " + membersAfter.values().stream().mapToInt(i -> i).sum() + "; write requests per instance: " + spreadNote
                + "; " + Milestone.values().length + " milestones, " + deadlineCount + " deadlines fired, " + rows + " outbox rows, " + log.size()
                + " deliveries; " + resentBy(null, List.of(id)) + " re-sent, " + deadLetters.get().size()
                + " dead letters; " + took + " s"));
        System.out.println("FAULT two instances: " + took + " s (second instances ready in " + secondReady + " s), "
                + deliveries + " deliveries checked; write requests per instance " + writes);

        writes.forEach((service, perInstance) -> assertThat(perInstance).as("write requests to each instance of " + service)
                .allMatch(n -> n > 0));
        assertThat(membersAfter).as("consumer group members with both instances (before: %s)", membersBefore)
                .allSatisfy((group, n) -> assertThat(n).isGreaterThan(membersBefore.getOrDefault(group, 0)));
        assertThat(strays.get()).as("records about the cutover that no outbox row accounts for").isEmpty();
        assertThat(deadLetters.get()).as("dead letters about the cutover").isEmpty();
        assertNothingLostNorDoubled("two instances", tally);
        if (notifications != null) {
            throw notifications;
        }
    }

    // ================================================================== counted again at the end

    /** Every scenario's figures counted again now: a duplicate may come late (a redelivery, a sweep). */
    @Test
    @Order(7)
    void nothingDoubledSinceCountedAgainAtTheEnd() {
        List<String> problems = new ArrayList<>();
        for (Line line : List.copyOf(TABLE)) {
            Tally.Figures f = line.figures().get();
            if (f.lost() > 0 || f.duplicates() > 0) {
                problems.add(line.scenario() + ": lost " + f.lostOnes() + ", doubled " + f.duplicated());
            }
        }
        OTHER_CHECKS.forEach(check -> problems.addAll(check.get()));
        assertThat(problems).as("counted again at the end of the suite").isEmpty();
    }

    // ================================================================== helpers

    /**
     * Plans a cutover (its event, staging-refresh's verdict and the gate owed) and waits for the event
     * and until every service has heard of it (a write for a cutover a service does not know is a 404).
     */
    private static String planned(Tally tally, String label) {
        UserHttp.Answer a = platform.api.attempt("POST", "cutover-planner", "/api/cutovers", OPS_LEAD,
                FaultLoad.plan(label, "Fault team " + label));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        String id = a.json().get("id").asText();
        FaultLoad.expectPlanned(tally, platform.topics, id, label);
        await("CutoverPlanned " + label, CATCH_UP).until(() ->
                platform.topics.distinct(id, EventCatalog.CUTOVER_PLANNED, e -> true) == 1);
        platform.awaitKnown(id);
        return id;
    }

    private static ConditionFactory await(String what, Duration atMost) {
        return Awaitility.await(what).atMost(atMost).pollInterval(Duration.ofMillis(250));
    }

    /** Waits until {@code done}, at most {@link #CATCH_UP}; a timeout is left to the figures to report. */
    private static void settle(String what, Callable<Boolean> done) {
        try {
            await(what, CATCH_UP).pollInterval(Duration.ofSeconds(1)).until(done);
        } catch (ConditionTimeoutException e) {
            System.out.println("FAULT not settled within " + CATCH_UP + ": " + what);
        }
    }

    private static void assertNothingLostNorDoubled(String scenario, Tally tally) {
        List<String> problems = new ArrayList<>();
        tally.figures().values().forEach(f -> {
            if (f.lost() > 0) {
                problems.add(f.service() + " lost " + f.lost() + " of " + f.in() + ", e.g. " + f.lostOnes());
            }
            if (f.duplicates() > 0) {
                problems.add(f.service() + " doubled " + f.duplicates() + ", e.g. " + f.duplicated());
            }
        });
        assertThat(problems).as(scenario + ": effects lost or doubled").isEmpty();
    }

    private static Tally.Figures total(Tally tally) {
        int in = 0;
        int out = 0;
        int lost = 0;
        int duplicates = 0;
        List<String> lostOnes = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        for (Tally.Figures f : tally.figures().values()) {
            in += f.in();
            out += f.out();
            lost += f.lost();
            duplicates += f.duplicates();
            lostOnes.addAll(f.lostOnes());
            duplicated.addAll(f.duplicated());
        }
        return new Tally.Figures("all", in, out, lost, duplicates, lostOnes, duplicated);
    }

    /** How many records about {@code cutovers} repeat a CloudEvents id, of one service (or all when null). */
    private static long resentBy(String service, List<String> cutovers) {
        return platform.topics.resent().stream()
                .filter(r -> cutovers.contains(r.key()))
                .filter(r -> service == null || ("golive/" + service).equals(r.source()))
                .count();
    }

    /** How many events were written, between two instants, to the topics {@code service} reads. */
    private static long eventsFor(String service, Instant from, Instant to) {
        return platform.topics.all().stream()
                .filter(r -> READERS.getOrDefault(r.topic(), List.of()).contains(service))
                .filter(r -> !r.at().isBefore(from) && !r.at().isAfter(to))
                .count();
    }

    /** The events of {@code type} about a cutover, each CloudEvents id once, in partition order. */
    private static List<dev.golive.contracts.GoliveEvent> firstOfEachId(String id, EventType<?> type) {
        Set<String> seen = new HashSet<>();
        return platform.topics.about(id, type.topic()).stream()
                .filter(r -> type.name().equals(r.type()) && seen.add(r.id()))
                .map(TopicRecorder.Recorded::event).toList();
    }

    private static boolean check(List<String> failures, String what, UserHttp.Answer a, int expected) {
        if (a.status() == expected) {
            return true;
        }
        failures.add(what + " answered " + a.status() + ": " + abbreviate(a.body()));
        return false;
    }

    /**
     * A write refused cleanly during a database outage answers 503 with a problem (JSON with its
     * status): the database is away, nothing was written, try again; anything else is not clean.
     */
    private static void judgeRefusal(List<String> clean, List<String> notClean, String what, UserHttp.Answer a) {
        boolean problem = false;
        try {
            JsonNode body = a.json();
            problem = body != null && body.path("status").asInt() == a.status();
        } catch (RuntimeException notJson) {
            // not a problem document
        }
        if (a.status() == 503 && problem) {
            clean.add(String.valueOf(a.status()));
        } else {
            notClean.add(what + " answered " + a.status() + ": " + abbreviate(a.body()));
        }
    }

    private static String statuses(List<String> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + "×" + e.getKey()).collect(Collectors.joining(", "));
    }

    /** "what: 422" when the answer is a 422 problem naming a field, else what it was. */
    private static String refusal(String what, UserHttp.Answer a) {
        JsonNode body;
        try {
            body = a.status() > 0 ? a.json() : null;
        } catch (RuntimeException notJson) {
            body = null;
        }
        boolean namesAField = body != null && body.path("errors").isArray() && body.path("errors").size() > 0;
        return what + ": " + (a.status() == 422 && namesAField ? "422" : a.status() + " " + abbreviate(a.body()));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static Map<String, Object> withDescription(Map<String, Object> incident, String description) {
        Map<String, Object> body = new LinkedHashMap<>(incident);
        body.put("description", description);
        return body;
    }

    private static Map<String, Object> withZone(Map<String, Object> plan, ZoneId zone) {
        Map<String, Object> body = new LinkedHashMap<>(plan);
        body.put("zone", zone.getId());
        return body;
    }

    /**
     * A go-live policy of today whose first milestone (the staging refresh deadline) falls
     * {@code stagingBefore} before the downtime and every other one minutes later.
     */
    private static Map<String, Object> oneMilestoneSoon(LocalDateTime downtime, Duration stagingBefore) {
        LocalDateTime testingEnd = downtime.plusMinutes(3);
        LocalDateTime businessResume = testingEnd.plusMinutes(1);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("downtimeDay", downtime.getDayOfWeek().name());
        p.put("downtimeStartTime", downtime.toLocalTime().toString());
        p.put("expectedDowntime", "PT20S");
        p.put("technicalReview", "PT15S");
        p.put("weekendTestingEndDay", testingEnd.getDayOfWeek().name());
        p.put("weekendTestingEndTime", testingEnd.toLocalTime().toString());
        p.put("businessResumeDay", businessResume.getDayOfWeek().name());
        p.put("businessResumeTime", businessResume.toLocalTime().toString());
        p.put("restoreDuration", "PT15S");
        p.put("revalidationBuffer", "PT5S");
        p.put("minimumLeadTime", "PT0S");
        p.put("stagingRefreshBeforeDowntime", stagingBefore.toString());
        p.put("goNoGoBeforeDowntime", "PT5M");
        return p;
    }

    /** {@code /q/health/ready} of a service: its status, or -1 without an answer. */
    private static int readiness(PackagedService service) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return HEALTH.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static final HttpClient HEALTH = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** How many times each of {@code ceIds} is on a dead-letter topic, read from its beginning to its end. */
    private static Map<String, Integer> deadLettered(String topic, List<String> ceIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ceIds.forEach(c -> counts.put(c, 0));
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(topic, List.of())
                    .stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            if (partitions.isEmpty()) {
                return counts;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String ceId = header(r, "ce_id");
                    String reason = header(r, "dead-letter-reason");
                    if (ceId != null && counts.containsKey(ceId) && reason != null && !reason.isBlank()) {
                        counts.merge(ceId, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static void awaitMilestone(String id, Milestone milestone, Duration atMost) {
        platform.topics.await(id, EventCatalog.MILESTONE_REACHED, m -> m.milestone() == milestone, atMost);
    }

    /**
     * How many different scheduled probes of the cutover are on the topic before (or, with
     * {@code live}, after) its live verification was scheduled: the pre-downtime run comes before it,
     * the live verification's own run after.
     */
    private static int scheduledProbes(String id, boolean live) {
        List<TopicRecorder.Recorded> integration = platform.topics.about(id, Topics.INTEGRATION);
        int liveScheduled = 0;
        while (liveScheduled < integration.size()
                && !(integration.get(liveScheduled).event() instanceof LiveVerificationScheduled)) {
            liveScheduled++;
        }
        List<TopicRecorder.Recorded> part = live ? integration.subList(Math.min(liveScheduled, integration.size()),
                integration.size()) : integration.subList(0, liveScheduled);
        return (int) part.stream().filter(r -> r.event() instanceof ProbeCompleted p && p.scheduled())
                .map(TopicRecorder.Recorded::id).distinct().count();
    }

    /** How many e-mails at the SMTP server carry this delivery id. */
    private static int mailsOf(String deliveryId) {
        return Mails.count(platform.smtp.getReceivedMessages(), deliveryId);
    }

    /** How many members each consumer group has with one instance of every service: one per topic it reads. */
    private static Map<String, Integer> consumersOfOneInstance() {
        Map<String, Integer> members = new TreeMap<>();
        READERS.values().forEach(groups -> groups.forEach(group -> members.merge(group, 1, Integer::sum)));
        return members;
    }

    /** How many members each service's consumer group has now (the group is named after the service). */
    private static Map<String, Integer> groupMembers() {
        List<String> groups = READERS.values().stream().flatMap(List::stream).distinct().sorted().toList();
        try (Admin admin = platform.kafka.admin()) {
            Map<String, Integer> members = new TreeMap<>();
            admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS)
                    .forEach((group, description) -> members.put(group, description.members().size()));
            return members;
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the consumer groups " + groups, e);
        }
    }

    /** The records about a cutover on any consumer's dead-letter topic. */
    private static List<String> deadLettersAbout(String id) {
        List<String> found = new ArrayList<>();
        READERS.forEach((topic, groups) -> groups.forEach(group -> {
            String dlq = Topics.deadLetter(topic, group);
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafka.bootstrapServers());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(10)).getOrDefault(dlq, List.of())
                        .stream().map(i -> new TopicPartition(dlq, i.partition())).toList();
                if (partitions.isEmpty()) {
                    return;
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        if (id.equals(r.key())) {
                            found.add(dlq + ": " + header(r, "ce_type") + " " + header(r, "ce_id") + " ("
                                    + header(r, "dead-letter-reason") + ")");
                        }
                    }
                }
            }
        }));
        return found;
    }

    /** The deadlines of a cutover in a service's schema (group, name) that were due before {@code before}. */
    private static List<String[]> deadlinesDue(String schema, String id, Instant before) {
        return rows("SELECT trigger_group, name FROM " + schema + ".golive_deadline WHERE trigger_group LIKE ? AND due_at < ?"
                + " ORDER BY due_at", "%-" + id, java.sql.Timestamp.from(before));
    }

    /** How many times a deadline fired (its attempts once it fired; 0 while it has not). */
    private static int firings(String schema, String group, String name) {
        List<String[]> found = rows("SELECT CASE WHEN fired_at IS NULL THEN 0 ELSE attempts END FROM " + schema
                + ".golive_deadline WHERE trigger_group = ? AND name = ?", group, name);
        return found.isEmpty() ? 0 : Integer.parseInt(found.get(0)[0]);
    }

    /** The outbox rows (id, topic, type) of a cutover in a service's schema, in the order they were written. */
    private static List<String[]> outboxRows(String schema, String id) {
        return rows("SELECT id::text, topic, type FROM " + schema + ".outbox_event WHERE event_key = ? ORDER BY seq", id);
    }

    private static List<String[]> rows(String sql, Object... values) {
        try (Connection db = platform.postgres.connect("golive");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getString(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + sql, e);
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The offset {@code group} committed on a partition (the next it will read), -1 when none. */
    private static long committed(String group, TopicPartition partition) {
        try (Admin admin = platform.kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            OffsetAndMetadata o = offsets.get(partition);
            return o == null ? -1 : o.offset();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The table of figures, one line per scenario (and per service killed), counted now. */
    static String table() {
        StringBuilder s = new StringBuilder("\nFAULT SUITE — nothing lost, nothing stuck\n");
        String format = "| %-34s | %9s | %11s | %4s | %10s | %s%n";
        s.append(String.format(format, "scenario", "events in", "effects out", "lost", "duplicates", "notes"));
        s.append(String.format(format, "-".repeat(34), "-".repeat(9), "-".repeat(11), "-".repeat(4), "-".repeat(10), "-----"));
        for (Line line : List.copyOf(TABLE)) {
            Tally.Figures f;
            try {
                f = line.figures().get();
            } catch (RuntimeException e) {
                s.append(String.format(format, line.scenario(), "?", "?", "?", "?", e));
                continue;
            }
            if (f == null) {
                s.append(String.format(format, line.scenario(), 0, 0, 0, 0, line.notes()));
                continue;
            }
            s.append(String.format(format, line.scenario(), f.in(), f.out(), f.lost(), f.duplicates(), line.notes()));
        }
        return s.toString();
    }
}
