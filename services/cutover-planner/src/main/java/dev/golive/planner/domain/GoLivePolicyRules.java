package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.GoLivePolicy;
import dev.golive.contracts.cutover.Milestone;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rules a {@link GoLivePolicy} must follow, and the sanity checks of a window computed from
 * it. Violations name the field as in the JSON body ({@code policy.expectedDowntime}).
 *
 * <p>Policy rules: every field is present; {@code expectedDowntime} in (0, 48 h];
 * {@code technicalReview} in [0, 24 h]; {@code restoreDuration} in (0, 8 days];
 * {@code revalidationBuffer} in [0, 8 days]; {@code minimumLeadTime} in [0, 365 days];
 * {@code stagingRefreshBeforeDowntime} and {@code goNoGoBeforeDowntime} in [0, 28 days], and
 * the staging refresh deadline not after go/no-go
 * ({@code stagingRefreshBeforeDowntime ≥ goNoGoBeforeDowntime}). The upper bounds beyond
 * those of the downtime and the review keep the calendar arithmetic finite; none of them can
 * be reached by a window that passes the window checks anyway.
 *
 * <p>Window checks: business resume at most 8 days after downtime start; the point of no return
 * strictly after the system is expected back.
 */
public final class GoLivePolicyRules {

    public static final Duration MAX_EXPECTED_DOWNTIME = Duration.ofHours(48);
    public static final Duration MAX_TECHNICAL_REVIEW = Duration.ofHours(24);
    public static final Duration MAX_WEEKEND = Duration.ofDays(8);
    public static final Duration MAX_RESTORE_OR_BUFFER = MAX_WEEKEND;
    public static final Duration MAX_MINIMUM_LEAD_TIME = Duration.ofDays(365);
    public static final Duration MAX_BEFORE_DOWNTIME = Duration.ofDays(28);

    static final String NO_ROOM_FOR_ROLLBACK =
            "restore plus re-validation does not fit between the system coming back and business resume";

    private GoLivePolicyRules() {
    }

    public static List<FieldViolation> check(GoLivePolicy p) {
        List<FieldViolation> v = new ArrayList<>();
        if (p == null) {
            v.add(new FieldViolation("policy", "is required"));
            return List.copyOf(v);
        }
        // In the order of the record's components, so the violations read like the policy.
        required(v, "downtimeDay", p.downtimeDay());
        required(v, "downtimeStartTime", p.downtimeStartTime());
        between(v, "expectedDowntime", p.expectedDowntime(), false, MAX_EXPECTED_DOWNTIME);
        between(v, "technicalReview", p.technicalReview(), true, MAX_TECHNICAL_REVIEW);
        required(v, "weekendTestingEndDay", p.weekendTestingEndDay());
        required(v, "weekendTestingEndTime", p.weekendTestingEndTime());
        required(v, "businessResumeDay", p.businessResumeDay());
        required(v, "businessResumeTime", p.businessResumeTime());
        between(v, "restoreDuration", p.restoreDuration(), false, MAX_RESTORE_OR_BUFFER);
        between(v, "revalidationBuffer", p.revalidationBuffer(), true, MAX_RESTORE_OR_BUFFER);
        between(v, "minimumLeadTime", p.minimumLeadTime(), true, MAX_MINIMUM_LEAD_TIME);
        boolean stagingOk = between(v, "stagingRefreshBeforeDowntime", p.stagingRefreshBeforeDowntime(), true, MAX_BEFORE_DOWNTIME);
        boolean goNoGoOk = between(v, "goNoGoBeforeDowntime", p.goNoGoBeforeDowntime(), true, MAX_BEFORE_DOWNTIME);
        if (stagingOk && goNoGoOk && p.stagingRefreshBeforeDowntime().compareTo(p.goNoGoBeforeDowntime()) < 0) {
            v.add(new FieldViolation("policy.stagingRefreshBeforeDowntime",
                    "must be at least policy.goNoGoBeforeDowntime (" + p.goNoGoBeforeDowntime()
                            + "): the staging refresh deadline cannot come after the go/no-go decision"));
        }
        return List.copyOf(v);
    }

    /** Sanity checks of a window computed from {@code p}. */
    public static List<FieldViolation> check(GoLiveWindow w, GoLivePolicy p) {
        Objects.requireNonNull(w, "window");
        Objects.requireNonNull(p, "policy");
        List<FieldViolation> v = new ArrayList<>();
        Duration weekend = w.weekend().duration();
        if (weekend.compareTo(MAX_WEEKEND) > 0) {
            v.add(new FieldViolation("policy.businessResumeDay",
                    "business resume (" + w.businessResume().local() + ") is " + weekend
                            + " after downtime start (" + w.downtimeStart().local()
                            + "); it must be within 8 days"));
        }
        if (!w.get(Milestone.POINT_OF_NO_RETURN).instant().isAfter(w.get(Milestone.SYSTEM_BACK_EXPECTED).instant())) {
            v.add(new FieldViolation("policy.restoreDuration", NO_ROOM_FOR_ROLLBACK));
        }
        return List.copyOf(v);
    }

    private static void required(List<FieldViolation> v, String field, Object value) {
        if (value == null) {
            v.add(new FieldViolation("policy." + field, "is required"));
        }
    }

    /** Adds a violation unless {@code value} is present and within bounds; returns whether it is. */
    private static boolean between(List<FieldViolation> v, String field, Duration value, boolean zeroAllowed, Duration max) {
        String name = "policy." + field;
        if (value == null) {
            v.add(new FieldViolation(name, "is required"));
            return false;
        }
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            v.add(new FieldViolation(name, zeroAllowed ? "must not be negative" : "must be positive"));
            return false;
        }
        if (value.compareTo(max) > 0) {
            v.add(new FieldViolation(name, "must be at most " + max + ", was " + value));
            return false;
        }
        return true;
    }
}
