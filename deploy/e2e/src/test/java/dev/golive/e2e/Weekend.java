package dev.golive.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A go-live weekend compressed to minutes by configuration: a go-live policy whose downtime starts
 * today, a couple of minutes ahead, with the milestones seconds apart, laid out by the planner like
 * any other window (the same calculator, the same Quartz triggers, the same clocks).
 *
 * <p>The preparation that does not need a window (rehearsal, upgrade summary, integrations) comes
 * first; then the ops lead sets this policy and schedules the window, and the rest follows at these
 * offsets from the downtime start (the lead can be raised with {@code -Dgolive.e2e.preparation=PT3M}
 * on a slow machine):
 * <pre>
 *   -lead (90 s) the window is scheduled; testers are planned, the roster published
 *   -40 s        STAGING_REFRESH_DEADLINE
 *   -30 s        the downtime reminder (golive.notification.reminders)
 *   -25 s        GO_NO_GO: the gates' recommendation; the ops lead decides
 *   -5 s         the scheduled integration probes (golive.integration.probes.schedule-before-downtime)
 *    0           DOWNTIME_START: the on-call takes production down (the runbook's first weekend task)
 *   +20 s        SYSTEM_BACK_EXPECTED: the plan; the system is back when the upgrade platform says
 *                so (the happy path's upgrade overruns its 20 s after a 10 s take-down: overdue at +35 s)
 *   +60 s        TECHNICAL_REVIEW_END: weekend testing starts (once the system is back)
 *   +60 s + 5.5 min   WEEKEND_TESTING_END (the shortest scenario takes 5 minutes)
 *   WEEKEND_TESTING_END - 10 s, + 0 s   the point of no return approaches (golive.rollback.pnr-warnings)
 *   WEEKEND_TESTING_END + 10 s   POINT_OF_NO_RETURN (business resume − 15 s restore − 5 s re-validation)
 *   WEEKEND_TESTING_END + 30 s   BUSINESS_RESUME
 * </pre>
 */
final class Weekend {

    /** How long a test waits for the consequence of an action (an event, a state). */
    static final Duration WAIT = Duration.ofSeconds(60);

    /**
     * From scheduling the window to the staging refresh deadline: time for the testers' plan and
     * the roster, which need the window.
     */
    static final Duration PREPARATION = Duration.parse(System.getProperty("golive.e2e.preparation", "PT90S"));
    /** How long the preparation before the window (rehearsal, summary, integrations) may take at most. */
    static final Duration MAX_PREPARATION = Duration.ofMinutes(15);
    static final Duration STAGING_REFRESH_BEFORE_DOWNTIME = Duration.ofSeconds(40);
    static final Duration GO_NO_GO_BEFORE_DOWNTIME = Duration.ofSeconds(25);
    static final String SCHEDULED_PROBES_BEFORE_DOWNTIME = "PT5S";
    static final Duration EXPECTED_DOWNTIME = Duration.ofSeconds(20);
    static final Duration TECHNICAL_REVIEW = Duration.ofSeconds(40);
    static final Duration TESTING = Duration.ofSeconds(330);
    static final Duration TESTING_END_TO_BUSINESS_RESUME = Duration.ofSeconds(30);
    static final Duration RESTORE = Duration.ofSeconds(15);
    static final Duration REVALIDATION = Duration.ofSeconds(5);
    /** Point-of-no-return warnings, and how close to it an open critical incident asks for a decision. */
    static final String PNR_WARNINGS = "PT20S,PT10S";
    static final String PNR_WARNING_HORIZON = "PT20S";
    /** One downtime reminder, between the scheduling and the go/no-go. */
    static final String REMINDER_BEFORE_DOWNTIME = "PT30S";
    /** An unacknowledged page escalates after this long. */
    static final String PAGE_ACK_TIMEOUT = "PT20S";
    /** A runbook task not finished this long after its planned finish is overdue (golive.runbook.overdue-tolerance). */
    static final String TASK_OVERDUE_TOLERANCE = "PT5S";
    /** How often the runbook's projection follows the clock while tasks run (golive.runbook.recompute-every). */
    static final String PROJECTION_REFRESH = "2s";
    /** Scenarios take at least 5 minutes in weekend-testing; testers plan in whole scenarios. */
    static final int SCENARIO_MINUTES = 5;

    final ZoneId zone;
    final LocalDateTime downtimeStart;
    /** From the end of the technical review to the end of weekend testing. */
    final Duration testing;

    private Weekend(ZoneId zone, LocalDateTime downtimeStart, Duration testing) {
        this.zone = zone;
        this.downtimeStart = downtimeStart;
        this.testing = testing;
    }

    /**
     * A zone in which a weekend starting within the next few minutes falls on one local day (the
     * policy's days are days of the week, all the same one here): the first of a few that does.
     */
    static ZoneId zoneForToday() {
        Instant now = Instant.now();
        Duration whole = MAX_PREPARATION.plus(PREPARATION).plus(STAGING_REFRESH_BEFORE_DOWNTIME).plus(EXPECTED_DOWNTIME)
                .plus(TECHNICAL_REVIEW).plus(TESTING).plus(TESTING_END_TO_BUSINESS_RESUME).plusMinutes(5);
        for (String id : List.of("Europe/Brussels", "America/New_York", "Asia/Tokyo", "Pacific/Auckland")) {
            ZoneId zone = ZoneId.of(id);
            if (LocalDateTime.ofInstant(now, zone).toLocalDate()
                    .equals(LocalDateTime.ofInstant(now.plus(whole), zone).toLocalDate())) {
                return zone;
            }
        }
        throw new IllegalStateException("no zone has the next hour on one day");
    }

    /** The weekend whose downtime starts {@code lead} from now (whole seconds) in {@code zone}. */
    static Weekend startingIn(Duration lead, ZoneId zone) {
        return startingIn(lead, zone, TESTING);
    }

    /**
     * The same with a testing window of {@code testing}: shorter than {@link #TESTING} when no
     * scenario is to be played in it (a scenario takes {@value #SCENARIO_MINUTES} minutes).
     */
    static Weekend startingIn(Duration lead, ZoneId zone, Duration testing) {
        Instant downtime = Instant.now().plus(lead).truncatedTo(ChronoUnit.SECONDS);
        return new Weekend(zone, LocalDateTime.ofInstant(downtime, zone), testing);
    }

    /** How many downtime reminders are still ahead when a window is scheduled {@link #PREPARATION} ahead. */
    static int remindersDue() {
        return remindersDue(PREPARATION);
    }

    /** How many downtime reminders are still ahead when a window is scheduled {@code lead} ahead. */
    static int remindersDue(Duration lead) {
        return (int) java.util.Arrays.stream(REMINDER_BEFORE_DOWNTIME.split(",")).map(Duration::parse)
                .filter(before -> before.compareTo(lead) < 0).count();
    }

    Instant weekendTestingEnd() {
        return downtimeInstant().plus(EXPECTED_DOWNTIME).plus(TECHNICAL_REVIEW).plus(testing);
    }

    Instant pointOfNoReturn() {
        return weekendTestingEnd().plus(TESTING_END_TO_BUSINESS_RESUME).minus(RESTORE).minus(REVALIDATION);
    }

    Instant downtimeInstant() {
        return downtimeStart.atZone(zone).toInstant();
    }

    /**
     * The go-live policy (the body of {@code policy} in the planner's API): today, on the wall clock
     * of the cutover's zone, with seconds-precision times and no minimum lead time.
     */
    Map<String, Object> policy() {
        LocalDateTime systemBack = downtimeStart.plus(EXPECTED_DOWNTIME);
        LocalDateTime reviewEnd = systemBack.plus(TECHNICAL_REVIEW);
        LocalDateTime testingEnd = reviewEnd.plus(testing);
        LocalDateTime businessResume = testingEnd.plus(TESTING_END_TO_BUSINESS_RESUME);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("downtimeDay", downtimeStart.getDayOfWeek().name());
        p.put("downtimeStartTime", downtimeStart.toLocalTime().toString());
        p.put("expectedDowntime", EXPECTED_DOWNTIME.toString());
        p.put("technicalReview", TECHNICAL_REVIEW.toString());
        p.put("weekendTestingEndDay", testingEnd.getDayOfWeek().name());
        p.put("weekendTestingEndTime", testingEnd.toLocalTime().toString());
        p.put("businessResumeDay", businessResume.getDayOfWeek().name());
        p.put("businessResumeTime", businessResume.toLocalTime().toString());
        p.put("restoreDuration", RESTORE.toString());
        p.put("revalidationBuffer", REVALIDATION.toString());
        p.put("minimumLeadTime", "PT0S");
        p.put("stagingRefreshBeforeDowntime", STAGING_REFRESH_BEFORE_DOWNTIME.toString());
        p.put("goNoGoBeforeDowntime", GO_NO_GO_BEFORE_DOWNTIME.toString());
        return p;
    }
}
