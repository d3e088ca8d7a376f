package dev.golive.e2e;

import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverPlanned;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneTime;
import dev.golive.contracts.incident.IncidentDetected;
import dev.golive.contracts.staging.StagingReadinessChanged;
import dev.golive.testkit.CatalogEvents;
import dev.golive.testkit.UserHttp;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import static dev.golive.testkit.DemoUsers.ON_CALL;
import static dev.golive.testkit.DemoUsers.OPS_LEAD;
import static dev.golive.testkit.DemoUsers.SECOND_ON_CALL;

/**
 * A steady stream of cutovers through every service, as people and services would make it, for
 * the fault suite to break things under. Every {@code interval} a new cutover starts; each one
 * then goes, one step per tick, through:
 * <ol>
 *   <li>the ops lead plans it (cutover-planner; staging-refresh judges it, the planner's gate follows);</li>
 *   <li>registers herself as its stakeholder, hearing of everything in her feed (notification-hub,
 *       once it has heard of the cutover: until then it refuses writes for it);</li>
 *   <li>schedules the first window proposed (cutover-planner; integration-readiness, rollback-decision,
 *       weekend-testing, staging-refresh and notification-hub learn of it);</li>
 *   <li>on call reports a minor incident (rollback-decision, once it has heard of the cutover);</li>
 *   <li>once the window is on the topic, the ops lead publishes the on-call roster (weekend-testing,
 *       which answers 409 until it has consumed the window; the planner's gate follows);</li>
 *   <li>once rollback-decision has assessed the window, a failed critical test is detected (an
 *       IncidentDetected written to the topic as weekend-testing would): rollback-decision opens an
 *       incident and recommends rolling back.</li>
 * </ol>
 * Each acknowledged write (2xx) and each event consumed adds what it must cause, exactly once, to
 * the {@link Tally}. A write that is refused or gets no answer (its service is down) ends its
 * cutover's flow there: whether it took effect is unknown, so nothing after it is expected.
 */
public final class FaultLoad implements AutoCloseable {

    private static final Duration TICK = Duration.ofMillis(100);
    /** How long a step waiting for a service to catch up waits before it asks again. */
    private static final Duration RETRY = Duration.ofSeconds(1);

    enum Step { PLAN, STAKEHOLDER, WINDOW, INCIDENT, ROSTER, DETECTION, DONE }

    /** One cutover of the load: what was acknowledged about it, and where its flow stands. */
    static final class Flow {
        final String label;
        volatile Step next = Step.PLAN;
        volatile String id;
        volatile String stakeholderId;
        volatile String stoppedBy;
        volatile String detectionRef;
        private long notBefore;

        Flow(String label) {
            this.label = label;
        }

        boolean finished() {
            return next == Step.DONE || stoppedBy != null;
        }
    }

    private final Platform platform;
    private final Tally tally;
    private final String label;
    private final Duration interval;
    private final List<Flow> flows = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final ScheduledExecutorService driver;
    private volatile boolean starting = true;
    private long nextStart;

    private FaultLoad(Platform platform, Tally tally, String label, Duration interval) {
        this.platform = platform;
        this.tally = tally;
        this.label = label;
        this.interval = interval;
        driver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fault-load-" + label);
            t.setDaemon(true);
            return t;
        });
        driver.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts a new cutover every {@code interval} until {@link #stopStarting()}. */
    static FaultLoad start(Platform platform, Tally tally, String label, Duration interval) {
        return new FaultLoad(platform, tally, label, interval);
    }

    /** No new cutover from now on; those under way go on. */
    void stopStarting() {
        starting = false;
    }

    /** Whether every cutover's flow is done or stopped. */
    boolean finished() {
        return flows.stream().allMatch(Flow::finished);
    }

    List<Flow> flows() {
        return List.copyOf(flows);
    }

    /** Writes acknowledged so far (2xx), over all services. */
    int acknowledged() {
        return acknowledged.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int acknowledged(String service) {
        return acknowledged.getOrDefault(service, new AtomicInteger()).get();
    }

    /** Writes refused or unanswered so far by {@code service}. */
    int refused(String service) {
        return refused.getOrDefault(service, new AtomicInteger()).get();
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            if (starting && now - nextStart >= 0) {
                flows.add(new Flow(label + "-" + (flows.size() + 1)));
                nextStart = now + interval.toNanos();
            }
            for (Flow flow : flows) {
                if (!flow.finished() && System.nanoTime() - flow.notBefore >= 0) {
                    advance(flow);
                }
            }
        } catch (RuntimeException | Error e) {
            // The next tick tries again; a bug here shows as flows that never finish.
            System.err.println("fault load " + label + ": " + e);
        }
    }

    private void advance(Flow flow) {
        Api api = platform.api;
        TopicRecorder topics = platform.topics;
        switch (flow.next) {
            case PLAN -> {
                UserHttp.Answer a = api.attempt("POST", "cutover-planner", "/api/cutovers", OPS_LEAD,
                        plan(flow.label, "Fault team " + flow.label));
                if (written(flow, "cutover-planner", a, 201, "plan")) {
                    flow.id = a.json().get("id").asText();
                    expectPlanned(tally, topics, flow.id, flow.label);
                    flow.next = Step.STAKEHOLDER;
                }
            }
            case STAKEHOLDER -> {
                if (notHeardOfYet(flow, "notification-hub")) {
                    return;
                }
                UserHttp.Answer a = api.attempt("POST", "notification-hub", "/api/cutovers/" + flow.id + "/stakeholders",
                        OPS_LEAD, opsLeadInHerFeed());
                if (written(flow, "notification-hub", a, 201, "register the stakeholder")) {
                    flow.stakeholderId = a.json().get("id").asText();
                    flow.next = Step.WINDOW;
                }
            }
            case WINDOW -> {
                UserHttp.Answer proposals = api.attempt("GET", "cutover-planner",
                        "/api/cutovers/" + flow.id + "/window-proposals?count=1", OPS_LEAD, null);
                if (proposals.status() != 200) {
                    flow.notBefore = System.nanoTime() + RETRY.toNanos(); // a read: ask again later
                    return;
                }
                String downtime = proposals.json().get("windows").get(0).get("downtimeStart").asText();
                UserHttp.Answer a = api.attempt("PUT", "cutover-planner", "/api/cutovers/" + flow.id + "/window",
                        OPS_LEAD, Map.of("downtimeStart", downtime, "reason", "the team is free that weekend"));
                if (written(flow, "cutover-planner", a, 200, "schedule the window")) {
                    expectScheduled(tally, platform, flow.id, flow.label);
                    flow.next = Step.INCIDENT;
                }
            }
            case INCIDENT -> {
                if (notHeardOfYet(flow, "rollback-decision")) {
                    return;
                }
                UserHttp.Answer a = api.attempt("POST", "rollback-decision", "/api/cutovers/" + flow.id + "/incidents",
                        ON_CALL, minorIncident("Report totals rounded differently (" + flow.label + ")"));
                if (written(flow, "rollback-decision", a, 201, "report an incident")) {
                    String incidentId = a.json().get("id").asText();
                    String id = flow.id;
                    tally.expect("rollback-decision", "IncidentReported " + incidentId + " of " + flow.label,
                            () -> topics.distinct(id, EventCatalog.INCIDENT_REPORTED, e -> incidentId.equals(e.incidentId())));
                    flow.next = Step.ROSTER;
                }
            }
            case ROSTER -> {
                Optional<Instant> downtime = downtimeStart(topics, flow.id);
                if (downtime.isEmpty() || notHeardOfYet(flow, "weekend-testing")) {
                    flow.notBefore = System.nanoTime() + RETRY.toNanos();
                    return;
                }
                UserHttp.Answer a = api.attempt("PUT", "weekend-testing", "/api/cutovers/" + flow.id + "/roster",
                        OPS_LEAD, roster(downtime.get()));
                if (a.status() == 409) {
                    // weekend-testing has not consumed the window yet: nothing was written, ask again
                    flow.notBefore = System.nanoTime() + RETRY.toNanos();
                    return;
                }
                if (written(flow, "weekend-testing", a, 200, "publish the roster")) {
                    String id = flow.id;
                    tally.expect("weekend-testing", "RosterPublished of " + flow.label,
                            () -> topics.distinct(id, EventCatalog.ROSTER_PUBLISHED, e -> true));
                    tally.expect("cutover-planner", "GateChanged ON_CALL_COVERED of " + flow.label,
                            () -> topics.distinct(id, EventCatalog.GATE_CHANGED, g -> "ON_CALL_COVERED".equals(g.gate())));
                    flow.next = Step.DETECTION;
                }
            }
            case DETECTION -> {
                if (topics.distinct(flow.id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED, e -> true) == 0) {
                    flow.notBefore = System.nanoTime() + RETRY.toNanos();
                    return;
                }
                flow.detectionRef = "fault-" + flow.label;
                detect(platform, tally, flow.id, flow.detectionRef, true);
                flow.next = Step.DONE;
            }
            case DONE -> {
            }
        }
    }

    /**
     * Whether {@code service} has not heard of the flow's cutover from cutover-planner yet: it would
     * refuse the write (404), so the step waits and asks again later, like one waiting for an event.
     */
    private boolean notHeardOfYet(Flow flow, String service) {
        if (platform.knows(service, flow.id)) {
            return false;
        }
        flow.notBefore = System.nanoTime() + RETRY.toNanos();
        return true;
    }

    /** Counts the write; true when it answered {@code expected}, else the flow stops here. */
    private boolean written(Flow flow, String service, UserHttp.Answer a, int expected, String what) {
        if (a.status() == expected) {
            acknowledged.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
            return true;
        }
        refused.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
        flow.stoppedBy = what + ": " + (a.status() < 0 ? "no answer" : "HTTP " + a.status());
        return false;
    }

    @Override
    public void close() {
        driver.shutdownNow();
    }

    // ------------------------------------------------------------------ what each step must cause

    /** A cutover planned: its event, staging-refresh's first verdict, and the planner's gate from it. */
    static void expectPlanned(Tally tally, TopicRecorder topics, String id, String label) {
        tally.expect("cutover-planner", "CutoverPlanned " + label,
                () -> topics.distinct(id, EventCatalog.CUTOVER_PLANNED, e -> true));
        tally.expect("staging-refresh", "StagingReadinessChanged for CutoverPlanned " + label,
                () -> topics.distinct(id, EventCatalog.STAGING_READINESS_CHANGED, e -> true));
        tally.expect("cutover-planner", "GateChanged STAGING_REHEARSAL from StagingReadinessChanged " + label,
                () -> topics.distinct(id, EventCatalog.GATE_CHANGED, g -> "STAGING_REHEARSAL".equals(g.gate())));
    }

    /**
     * A window scheduled (revision 1): its events, and what each consumer makes of it — integration-
     * readiness's verdict and the planner's gate from it, rollback-decision's first assessment, and the
     * window in staging-refresh's and weekend-testing's projections (read through their APIs).
     */
    static void expectScheduled(Tally tally, Platform platform, String id, String label) {
        TopicRecorder topics = platform.topics;
        tally.expect("cutover-planner", "GoLiveWindowScheduled " + label,
                () -> topics.distinct(id, EventCatalog.GO_LIVE_WINDOW_SCHEDULED, e -> true));
        tally.expect("cutover-planner", "CutoverStatusChanged DRAFT→SCHEDULED " + label,
                () -> topics.distinct(id, EventCatalog.CUTOVER_STATUS_CHANGED,
                        e -> e.from() == CutoverStatus.DRAFT && e.to() == CutoverStatus.SCHEDULED));
        tally.expect("integration-readiness", "IntegrationReadinessChanged (cutover) for the window of " + label,
                () -> topics.distinct(id, EventCatalog.INTEGRATION_READINESS_CHANGED, e -> e.integrationId() == null));
        tally.expect("cutover-planner", "GateChanged INTEGRATIONS_READY " + label,
                () -> topics.distinct(id, EventCatalog.GATE_CHANGED, g -> "INTEGRATIONS_READY".equals(g.gate())));
        tally.expect("rollback-decision", "RollbackAssessmentChanged FIX_FORWARD for the window of " + label,
                () -> topics.distinct(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED,
                        e -> "FIX_FORWARD".equals(e.recommendation())));
        tally.expect("staging-refresh", "refresh deadline of " + label + " in its projection",
                once(() -> milestone(topics, id, Milestone.STAGING_REFRESH_DEADLINE)
                        .map(deadline -> platform.api.attempt("GET", "staging-refresh",
                                "/api/cutovers/" + id + "/staging-readiness", OPS_LEAD, null))
                        .filter(a -> a.status() == 200)
                        .map(a -> a.json().path("refreshDeadline").asText())
                        .filter(read -> Instant.parse(read).equals(
                                milestone(topics, id, Milestone.STAGING_REFRESH_DEADLINE).orElseThrow()))
                        .isPresent()));
        tally.expect("weekend-testing", "testing window of " + label + " in its projection",
                once(() -> milestone(topics, id, Milestone.TECHNICAL_REVIEW_END)
                        .map(start -> platform.api.attempt("GET", "weekend-testing",
                                "/api/cutovers/" + id + "/assignments", OPS_LEAD, null))
                        .filter(a -> a.status() == 200)
                        .filter(a -> a.json().path("windowRevision").asInt() == 1
                                && !a.json().path("testingStart").isNull()
                                && Instant.parse(a.json().path("testingStart").asText()).equals(
                                milestone(topics, id, Milestone.TECHNICAL_REVIEW_END).orElseThrow()))
                        .isPresent()));
    }

    /**
     * A failed critical test detected (as weekend-testing would write it): rollback-decision opens
     * one incident from it and — once it knows the window ({@code assessed}; nothing is assessed
     * before) and this is the cutover's first such incident — recommends rolling back, once.
     */
    static void detect(Platform platform, Tally tally, String id, String ref, boolean assessed) {
        TopicRecorder topics = platform.topics;
        CatalogEvents.publish(platform.kafka.bootstrapServers(), detection(id, ref));
        tally.expect("rollback-decision", "IncidentReported from IncidentDetected " + ref,
                () -> topics.distinct(id, EventCatalog.INCIDENT_REPORTED, e -> ref.equals(e.sourceRef())));
        if (assessed) {
            tally.expect("rollback-decision", "RollbackAssessmentChanged ROLL_BACK from IncidentDetected " + ref,
                    () -> topics.distinct(id, EventCatalog.ROLLBACK_ASSESSMENT_CHANGED,
                            e -> "ROLL_BACK".equals(e.recommendation())));
        }
    }

    /**
     * What notification-hub owes the stakeholder of a cutover in her feed: one delivery per notice of
     * each event about the cutover (she subscribed to every kind from INFO up). The events a service
     * announced when the cutover was planned may have reached notification-hub before she was
     * registered; their notices may be missing, but not doubled.
     */
    static void expectDeliveries(Tally tally, TopicRecorder topics, String id, String stakeholderId, String label) {
        Set<String> seen = new HashSet<>();
        for (TopicRecorder.Recorded r : topics.about(id)) {
            if (r.event() == null || r.topic().equals(Topics.NOTIFICATION) || !seen.add(r.id())) {
                continue;
            }
            int notices = NotificationCheck.notices(r.event()).size();
            if (notices == 0) {
                continue;
            }
            String eventId = r.id();
            IntSupplier delivered = () -> topics.distinct(id, EventCatalog.NOTIFICATION_DELIVERED,
                    d -> eventId.equals(d.sourceEventId()) && stakeholderId.equals(d.recipientId())
                            && "FEED".equals(d.channel()));
            String what = TopicRecorder.shortType(r.type()) + " " + eventId + " in the feed of " + label;
            if (mayPrecedeRegistration(r.event())) {
                tally.atMostOnce("notification-hub", what, delivered);
            } else {
                for (int i = 0; i < notices; i++) {
                    tally.expect("notification-hub", what, delivered);
                }
            }
        }
    }

    private static boolean mayPrecedeRegistration(GoliveEvent event) {
        return event instanceof CutoverPlanned
                || event instanceof StagingReadinessChanged
                || event instanceof GateChanged g && "STAGING_REHEARSAL".equals(g.gate());
    }

    /** A count that, once it was 1, stays 1 without asking again (for checks that cost a REST call). */
    static IntSupplier once(BooleanSupplier check) {
        boolean[] seen = {false};
        return () -> {
            if (!seen[0]) {
                try {
                    seen[0] = check.getAsBoolean();
                } catch (RuntimeException notYet) {
                    return 0;
                }
            }
            return seen[0] ? 1 : 0;
        };
    }

    // ------------------------------------------------------------------ requests and events

    public static Map<String, Object> plan(String label, String team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Odoo 19 go-live (" + label + ")");
        body.put("client", "Fault client " + label);
        body.put("erpProduct", "Odoo");
        body.put("sourceVersion", 16);
        body.put("targetVersion", 19);
        body.put("zone", "Europe/Brussels");
        body.put("onCallTeam", team);
        body.put("blackouts", List.of());
        body.put("members", dev.golive.testkit.DemoUsers.teamAsJson());
        return body;
    }

    /** olivia, ops lead, hearing of every notice of the cutover from INFO up, in her feed only. */
    public static Map<String, Object> opsLeadInHerFeed() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Olivia Ops");
        body.put("username", OPS_LEAD);
        body.put("role", "OPS_LEAD");
        body.put("zone", "Europe/Brussels");
        body.put("language", "en");
        body.put("webhooks", List.of());
        body.put("subscriptions", List.of(Map.of("eventKind", "*", "minimumSeverity", "INFO", "channel", "FEED")));
        return body;
    }

    /** An incident that changes no verdict: the system usable, data safe, a workaround. */
    public static Map<String, Object> minorIncident(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Totals on the sales report differ by a cent from the old version");
        body.put("businessFlow", "REPORTING");
        body.put("severity", "MEDIUM");
        body.put("systemUsable", true);
        body.put("dataIntegrityAtRisk", false);
        body.put("workaroundExists", true);
        return body;
    }

    /** oscar primary and nina secondary on call from well before the downtime to well after business resumes. */
    public static Map<String, Object> roster(Instant downtime) {
        Instant from = downtime.minus(1, ChronoUnit.DAYS);
        Instant to = downtime.plus(7, ChronoUnit.DAYS);
        return Map.of("shifts", List.of(
                Map.of("id", "primary", "person", ON_CALL, "role", "PRIMARY", "start", from.toString(), "end", to.toString()),
                Map.of("id", "secondary", "person", SECOND_ON_CALL, "role", "SECONDARY", "start", from.toString(),
                        "end", to.toString())));
    }

    /** A failed critical invoicing test that puts data at risk: rollback-decision must recommend rolling back. */
    public static IncidentDetected detection(String cutoverId, String ref) {
        return new IncidentDetected(cutoverId, "weekend-testing", ref, "Invoices posted twice (" + ref + ")",
                "Validating an invoice posts two journal entries", "INVOICING_AND_ACCOUNTING", "HIGH", true, true,
                false, Duration.ofHours(2), Instant.now());
    }

    /** The instant of a milestone of the cutover's first window, once its event is recorded. */
    static Optional<Instant> milestone(TopicRecorder topics, String id, Milestone milestone) {
        return topics.events(id, EventCatalog.GO_LIVE_WINDOW_SCHEDULED).stream().findFirst()
                .flatMap(w -> w.milestones().stream().filter(m -> m.milestone() == milestone).findFirst())
                .map(MilestoneTime::instant);
    }

    static Optional<Instant> downtimeStart(TopicRecorder topics, String id) {
        return milestone(topics, id, Milestone.DOWNTIME_START);
    }
}
