package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.contracts.EventCatalog;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.Topics;
import dev.golive.contracts.cutover.CutoverCancelled;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.CutoverStatusChanged;
import dev.golive.contracts.cutover.GateChanged;
import dev.golive.contracts.cutover.GoLiveWindowRescheduled;
import dev.golive.contracts.cutover.GoLiveWindowScheduled;
import dev.golive.contracts.cutover.GoNoGoDecided;
import dev.golive.contracts.cutover.GoNoGoRecommended;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.contracts.cutover.MilestoneReached;
import dev.golive.contracts.cutover.WeekendFactObserved;
import dev.golive.contracts.runbook.RunbookProjectionChanged;
import dev.golive.contracts.runbook.RunbookTaskOverdue;
import dev.golive.contracts.incident.IncidentReported;
import dev.golive.contracts.incident.IncidentResolved;
import dev.golive.contracts.incident.IncidentUpdated;
import dev.golive.contracts.integration.IntegrationReadinessChanged;
import dev.golive.contracts.integration.LiveVerificationCompleted;
import dev.golive.contracts.notification.NotificationDelivered;
import dev.golive.contracts.notification.PageSent;
import dev.golive.contracts.rollback.PointOfNoReturnApproaching;
import dev.golive.contracts.rollback.PointOfNoReturnPassed;
import dev.golive.contracts.rollback.RollbackAssessmentChanged;
import dev.golive.contracts.rollback.RollbackDecided;
import dev.golive.contracts.staging.RehearsalCompleted;
import dev.golive.contracts.staging.StagingRefreshDue;
import dev.golive.contracts.staging.UpgradeForecastExceedsWindow;
import dev.golive.contracts.testing.AssignmentChanged;
import dev.golive.contracts.testing.PlanPublished;
import dev.golive.contracts.testing.ResultRecorded;
import dev.golive.contracts.testing.WeekendSignedOff;
import dev.golive.testkit.DemoUsers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether each stakeholder of a cutover heard exactly what they subscribed to, once, and nothing
 * else. The expectation is derived here, independently of notification-hub's code, from the events
 * the cutover produced (as recorded on the topics), the documented meaning of each event
 * (notification-hub's README and docs/events.md: which notice kind, which severity, for whom), the
 * stakeholder's subscriptions (or their role's documented defaults), the reminders due and the pages
 * sent. It is then compared with what actually arrived: the delivery log, the e-mails at the SMTP
 * server, the signed webhook calls, the person's own feed, and the NotificationDelivered events.
 */
final class NotificationCheck {

    private static final List<String> SEVERITIES = List.of("INFO", "NOTICE", "WARNING", "CRITICAL");

    /** A notice an event makes: its kind, severity, and the only person it is for (or null: everyone subscribed). */
    record Notice(String kind, String severity, String onlyFor) {
        static Notice of(String kind, String severity) {
            return new Notice(kind, severity, null);
        }
    }

    private final Platform platform;
    private final Cutover cutover;
    private final int remindersDue;

    /**
     * @param remindersDue how many downtime reminders were still ahead when the window was scheduled
     */
    NotificationCheck(Platform platform, Cutover cutover, int remindersDue) {
        this.platform = platform;
        this.cutover = cutover;
        this.remindersDue = remindersDue;
    }

    /** The documented notices of one event (notification-hub README, table "Events and their notices"). */
    static List<Notice> notices(GoliveEvent event) {
        if (event instanceof GoLiveWindowScheduled) {
            return List.of(Notice.of("WINDOW_SCHEDULED", "NOTICE"));
        }
        if (event instanceof GoLiveWindowRescheduled) {
            return List.of(Notice.of("WINDOW_MOVED", "WARNING"));
        }
        if (event instanceof CutoverCancelled) {
            return List.of(Notice.of("CUTOVER_CANCELLED", "WARNING"));
        }
        if (event instanceof CutoverStatusChanged e && e.to() == CutoverStatus.COMPLETED) {
            return List.of(Notice.of("CUTOVER_COMPLETED", "NOTICE"));
        }
        if (event instanceof CutoverStatusChanged e && e.to() == CutoverStatus.ROLLED_BACK) {
            return List.of(Notice.of("CUTOVER_ROLLED_BACK", "WARNING"));
        }
        if (event instanceof GateChanged e && "FAILED".equals(e.state())) {
            return List.of(Notice.of("GATE_FAILED", "WARNING"));
        }
        if (event instanceof GoNoGoRecommended e) {
            return List.of(Notice.of("GO_NO_GO_RECOMMENDED", "GO".equals(e.recommendation()) ? "NOTICE" : "WARNING"));
        }
        if (event instanceof GoNoGoDecided e) {
            return List.of(Notice.of("GO_NO_GO_DECIDED", "GO".equals(e.decision()) ? "NOTICE" : "WARNING"));
        }
        // The plan makes one notice: weekend testing starts at its milestone. That production went
        // down, came back and resumed is told when the runbook observed it, never at the planned time.
        if (event instanceof MilestoneReached e) {
            return e.milestone() == Milestone.TECHNICAL_REVIEW_END
                    ? List.of(Notice.of("WEEKEND_TESTING_STARTED", "NOTICE")) : List.of();
        }
        if (event instanceof WeekendFactObserved e) {
            return List.of(Notice.of(e.fact().name(), "NOTICE"));
        }
        if (event instanceof RehearsalCompleted e) {
            return switch (e.outcome()) {
                case "SUCCEEDED" -> List.of(Notice.of("REHEARSAL_SUCCEEDED", "INFO"));
                case "FAILED" -> List.of(Notice.of("REHEARSAL_FAILED", "WARNING"));
                default -> List.of();
            };
        }
        if (event instanceof StagingRefreshDue) {
            return List.of(Notice.of("STAGING_REFRESH_DUE", "WARNING"));
        }
        if (event instanceof UpgradeForecastExceedsWindow) {
            return List.of(Notice.of("FORECAST_EXCEEDS_WINDOW", "WARNING"));
        }
        if (event instanceof IntegrationReadinessChanged e && e.integrationId() == null && !e.ready()) {
            return List.of(Notice.of("INTEGRATION_NOT_READY", "WARNING"));
        }
        if (event instanceof LiveVerificationCompleted e && !e.passed()) {
            return List.of(Notice.of("LIVE_CHECK_FAILED", "WARNING"));
        }
        if (event instanceof IncidentReported e) {
            return List.of(Notice.of("INCIDENT_OPENED", incidentSeverity(e.severity())));
        }
        if (event instanceof IncidentUpdated e) {
            return List.of(Notice.of("INCIDENT_UPDATED", incidentSeverity(e.severity())));
        }
        if (event instanceof IncidentResolved) {
            return List.of(Notice.of("INCIDENT_RESOLVED", "NOTICE"));
        }
        if (event instanceof RollbackAssessmentChanged e) {
            return List.of(Notice.of("ROLLBACK_ASSESSMENT", "FIX_FORWARD".equals(e.recommendation()) ? "NOTICE" : "CRITICAL"));
        }
        if (event instanceof PointOfNoReturnApproaching) {
            return List.of(Notice.of("POINT_OF_NO_RETURN_APPROACHING", "WARNING"));
        }
        if (event instanceof PointOfNoReturnPassed) {
            return List.of(Notice.of("POINT_OF_NO_RETURN_PASSED", "NOTICE"));
        }
        if (event instanceof RollbackDecided e) {
            return List.of(Notice.of("ROLLBACK_DECIDED", "ROLL_BACK".equals(e.decision()) ? "WARNING" : "NOTICE"));
        }
        if (event instanceof PlanPublished e) {
            List<Notice> out = new ArrayList<>();
            out.add(Notice.of("TEST_PLAN_OVERVIEW", e.unassigned().isEmpty() ? "NOTICE" : "WARNING"));
            e.assignments().stream().map(PlanPublished.Assignment::testerUsername).distinct()
                    .forEach(tester -> out.add(new Notice("TEST_PLAN_PUBLISHED", "NOTICE", tester)));
            return out;
        }
        if (event instanceof AssignmentChanged e) {
            return List.of(new Notice("ASSIGNMENT_CHANGED", "NOTICE", e.testerUsername()));
        }
        if (event instanceof ResultRecorded e && e.critical() && "FAILED".equals(e.outcome())) {
            return List.of(Notice.of("CRITICAL_TEST_FAILED", "WARNING"));
        }
        if (event instanceof WeekendSignedOff) {
            return List.of(Notice.of("WEEKEND_SIGNED_OFF", "NOTICE"));
        }
        if (event instanceof RunbookTaskOverdue) {
            return List.of(Notice.of("RUNBOOK_TASK_OVERDUE", "WARNING"));
        }
        return List.of();
    }

    private static String incidentSeverity(String severity) {
        return switch (severity) {
            case "LOW" -> "INFO";
            case "MEDIUM" -> "NOTICE";
            case "HIGH" -> "WARNING";
            case "CRITICAL" -> "CRITICAL";
            default -> "WARNING";
        };
    }

    /** The documented defaults of a role (notification-hub README, "DefaultSubscriptions"): kind → least severity. */
    static Map<String, String> defaults(String role) {
        Map<String, String> kinds = new HashMap<>();
        switch (role) {
            case "OPS_LEAD" -> kinds.put("*", "NOTICE");
            case "ON_CALL" -> List.of("INCIDENT_OPENED", "INCIDENT_UPDATED", "INCIDENT_RESOLVED", "ROLLBACK_ASSESSMENT",
                            "RUNBOOK_TASK_OVERDUE", "RUNBOOK_PAST_POINT_OF_NO_RETURN", "RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN")
                    .forEach(k -> kinds.put(k, "INFO"));
            case "TESTER" -> List.of("TEST_PLAN_PUBLISHED", "ASSIGNMENT_CHANGED", "REMINDER_DOWNTIME", "DOWNTIME_STARTED",
                    "SYSTEM_BACK", "WEEKEND_TESTING_STARTED", "WEEKEND_SIGNED_OFF").forEach(k -> kinds.put(k, "INFO"));
            case "BUSINESS_STAKEHOLDER" -> List.of("REMINDER_DOWNTIME", "GO_NO_GO_DECIDED", "WINDOW_MOVED",
                    "CUTOVER_CANCELLED", "DOWNTIME_STARTED", "SYSTEM_BACK", "STAKEHOLDER_UPDATE", "UPDATE_OVERDUE",
                    "ROLLBACK_DECIDED", "WEEKEND_SIGNED_OFF", "CUTOVER_COMPLETED", "CUTOVER_ROLLED_BACK")
                    .forEach(k -> kinds.put(k, "INFO"));
            default -> throw new IllegalArgumentException(role);
        }
        return kinds;
    }

    /** The channels on which {@code s} hears a notice of {@code kind} and {@code severity}. */
    static List<String> channelsFor(Stakeholder s, String kind, String severity) {
        if ("PAGE".equals(kind)) {
            return s.channels();
        }
        List<String> channels = new ArrayList<>();
        for (String channel : s.channels()) {
            boolean covered;
            if (s.subscriptions() == null) {
                Map<String, String> d = defaults(s.role());
                String least = d.containsKey(kind) ? d.get(kind) : d.get("*");
                covered = least != null && atLeast(severity, least);
            } else {
                covered = s.subscriptions().stream().anyMatch(sub -> sub.channel().equals(channel)
                        && (sub.eventKind().equals("*") || sub.eventKind().equals(kind))
                        && atLeast(severity, sub.minimumSeverity()));
            }
            if (covered) {
                channels.add(channel);
            }
        }
        return channels;
    }

    private static boolean atLeast(String severity, String least) {
        return SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf(least);
    }

    /**
     * What {@code s} must have heard of, as "KIND source CHANNEL" lines, sorted; with
     * {@code beforeRegistration} true, what they may have heard of instead: the notices of the
     * events recorded before the stakeholders were registered, which notification-hub may have
     * handled before or after that.
     */
    List<String> expected(Stakeholder s, boolean beforeRegistration) {
        List<String> lines = new ArrayList<>();
        List<TopicRecorder.Recorded> recorded = platform.topics.about(cutover.id);
        int boundary = Math.min(cutover.eventsBeforeStakeholders, recorded.size());
        Map<String, Integer> pageSteps = new HashMap<>();
        boolean crossing = false;
        for (TopicRecorder.Recorded r : beforeRegistration ? recorded.subList(0, boundary)
                : recorded.subList(boundary, recorded.size())) {
            if (r.event() == null) {
                continue;
            }
            if (r.topic().equals(Topics.NOTIFICATION)) {
                if (r.event() instanceof PageSent page) {
                    // A page's message is made by its step: step n of page p is the n-th PageSent of p.
                    int step = pageSteps.merge(page.pageId(), 1, Integer::sum) - 1;
                    if (s.username().equals(page.recipientUsername())) {
                        String source = "page:" + page.pageId() + ":" + step;
                        channelsFor(s, "PAGE", "CRITICAL").forEach(c -> lines.add("PAGE " + source + " " + c));
                    }
                }
                continue;
            }
            List<Notice> notices = notices(r.event());
            // The projection is told when it crosses the point of no return, and when it is back within.
            if (r.event() instanceof RunbookProjectionChanged p) {
                if (p.crossesPointOfNoReturn() != crossing) {
                    notices = List.of(p.crossesPointOfNoReturn() ? Notice.of("RUNBOOK_PAST_POINT_OF_NO_RETURN", "CRITICAL")
                            : Notice.of("RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN", "NOTICE"));
                }
                crossing = p.crossesPointOfNoReturn();
            }
            for (Notice n : notices) {
                if (n.onlyFor() != null && !n.onlyFor().equalsIgnoreCase(s.username())) {
                    continue;
                }
                channelsFor(s, n.kind(), n.severity()).forEach(c -> lines.add(n.kind() + " " + r.id() + " " + c));
            }
        }
        for (int i = 0; !beforeRegistration && i < remindersDue; i++) {
            channelsFor(s, "REMINDER_DOWNTIME", "NOTICE").forEach(c -> lines.add("REMINDER_DOWNTIME REMINDER " + c));
        }
        lines.sort(null);
        return lines;
    }

    /** What the delivery log says {@code s} was sent, in the same form. */
    List<String> logged(JsonNode log, String stakeholderId) {
        List<String> lines = new ArrayList<>();
        for (JsonNode d : log) {
            if (stakeholderId.equals(d.path("stakeholderId").asText())) {
                String source = "REMINDER".equals(d.path("sourceEventType").asText()) ? "REMINDER"
                        : d.path("sourceEventId").asText();
                lines.add(d.path("kind").asText() + " " + source + " " + d.path("channel").asText());
            }
        }
        lines.sort(null);
        return lines;
    }

    JsonNode deliveryLog() {
        return cutover.api.get("notification-hub", "/api/cutovers/" + cutover.id + "/deliveries", DemoUsers.OPS_LEAD);
    }

    /**
     * Waits until every stakeholder's log matches what they must have heard and every delivery is
     * sent, then checks each channel's receiving end. Returns how many deliveries were checked.
     */
    int verify(Map<Stakeholder, String> stakeholderIds) {
        try {
            Awaitility.await("notifications of cutover " + cutover.label).atMost(Weekend.WAIT)
                    .pollInSameThread().pollInterval(Duration.ofMillis(500))
                    .until(() -> differences(stakeholderIds).isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("notifications of cutover " + cutover.label + " differ:"
                    + differences(stakeholderIds).entrySet().stream().map(x -> "\n  " + x.getKey() + x.getValue())
                    .collect(Collectors.joining()), e);
        }
        JsonNode log = deliveryLog();
        Awaitility.await("what each channel received for cutover " + cutover.label).atMost(Weekend.WAIT)
                .pollInSameThread().pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> stakeholderIds.forEach((s, id) -> receivedExactly(s, id, log)));
        return log.size();
    }

    /** Per person (and per delivery not yet sent), how the log differs from what they must have heard. */
    private Map<String, String> differences(Map<Stakeholder, String> stakeholderIds) {
        Map<String, String> differences = new TreeMap<>();
        JsonNode log = deliveryLog();
        stakeholderIds.forEach((s, id) -> {
            List<String> want = expected(s, false);
            List<String> got = logged(log, id);
            List<String> missing = new ArrayList<>(want);
            got.forEach(missing::remove);
            List<String> extra = new ArrayList<>(got);
            want.forEach(extra::remove);
            // Heard of what happened before they were registered: allowed, once.
            List<String> early = new ArrayList<>(expected(s, true));
            extra.removeIf(early::remove);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differences.put(s.username(), "\n    missing: " + missing + "\n    extra:   " + extra);
            }
        });
        for (JsonNode d : log) {
            if (!"SENT".equals(d.path("status").asText())) {
                differences.put("delivery " + d.path("id").asText(), " is " + d.path("status").asText());
            }
        }
        return differences;
    }

    /** Each channel's receiving end got each of the person's deliveries exactly once, and nothing else. */
    private void receivedExactly(Stakeholder s, String stakeholderId, JsonNode log) {
        Map<String, List<String>> idsByChannel = new HashMap<>();
        Map<String, String> kindById = new HashMap<>();
        for (JsonNode d : log) {
            if (stakeholderId.equals(d.path("stakeholderId").asText())) {
                idsByChannel.computeIfAbsent(d.path("channel").asText(), c -> new ArrayList<>()).add(d.path("id").asText());
                kindById.put(d.path("id").asText(), d.path("kind").asText());
            }
        }
        // NotificationDelivered: one per delivery.
        List<String> announced = platform.topics.events(cutover.id, EventCatalog.NOTIFICATION_DELIVERED)
                .stream().filter(e -> stakeholderId.equals(e.recipientId())).map(NotificationDelivered::deliveryId).sorted()
                .toList();
        List<String> all = idsByChannel.values().stream().flatMap(List::stream).sorted().toList();
        assertThat(announced).as("NotificationDelivered for %s", s.username())
                .isEqualTo(all);
        // E-mail: one message per delivery at the person's address, carrying its delivery id.
        if (s.email() != null) {
            List<String> mailed = Arrays.stream(platform.smtp.getReceivedMessages())
                    .filter(m -> addressedTo(m, s.email()))
                    .map(m -> header(m, Mails.DELIVERY_HEADER)).sorted().toList();
            assertThat(mailed).as("e-mails to %s", s.email())
                    .isEqualTo(sorted(idsByChannel.get("EMAIL")));
        }
        // Webhook: one signed call per delivery, and its body says what it is about.
        if (s.hook() != null) {
            List<WebhookReceiver.Delivery> calls = platform.webhooks.deliveries(s.hook());
            assertThat(calls).as("webhook calls to %s", s.hook())
                    .allSatisfy(c -> assertThat(platform.webhooks.verified(c))
                            .as("signature of delivery %s", c.deliveryId()).isTrue());
            assertThat(calls.stream().map(WebhookReceiver.Delivery::deliveryId).sorted().toList())
                    .as("webhook calls to %s", s.hook()).isEqualTo(sorted(idsByChannel.get("WEBHOOK")));
            if ("GOLIVE_JSON".equals(s.hookFormat())) {
                for (WebhookReceiver.Delivery c : calls) {
                    JsonNode body = readJson(c.body());
                    assertThat(body.path("kind").asText())
                            .as("kind in the body of delivery %s", c.deliveryId()).isEqualTo(kindById.get(c.deliveryId()));
                    assertThat(body.path("cutoverId").asText()).isEqualTo(cutover.id);
                }
            }
        }
        // Feed: the person's own feed holds one item per feed delivery of this cutover.
        JsonNode feed = cutover.api.get("notification-hub", "/api/me/feed", s.username());
        List<String> feedKinds = new ArrayList<>();
        feed.forEach(item -> {
            if (cutover.id.equals(item.path("cutoverId").asText())) {
                feedKinds.add(item.path("kind").asText());
            }
        });
        feedKinds.sort(null);
        assertThat(feedKinds).as("feed of %s", s.username())
                .isEqualTo(sorted(idsByChannel.getOrDefault("FEED", List.of()).stream().map(kindById::get).toList()));
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null || values.length == 0 ? "(no " + name + ")" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return Api.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("webhook body is not JSON: " + body, e);
        }
    }

    /** A summary per person and kind, for the report. */
    static String summary(JsonNode log) {
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode d : log) {
            counts.merge(d.path("recipient").asText() + " " + d.path("channel").asText() + " " + d.path("kind").asText(),
                    1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining("\n  "));
    }
}
