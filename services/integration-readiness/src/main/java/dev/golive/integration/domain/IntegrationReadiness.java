package dev.golive.integration.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one integration is ready for go-live. Every reason that applies is returned, in this order:
 * <ol>
 *   <li>each checklist item, in kind order, that is {@code OPEN} (not checked yet, or reopened —
 *       then with the reason) or {@code FAILED} (with its evidence); {@code PASSED} and
 *       {@code NOT_APPLICABLE} are fine;</li>
 *   <li>the last probe failed (with its failures) — or the integration has probes and none has
 *       run yet;</li>
 *   <li>the credentials stop working before the go-live date plus the margin. They work through
 *       the day {@code credentialsExpireOn}: credentials that expire exactly on the go-live date
 *       plus the margin are fine. A margin that is not a whole number of days is rounded up to
 *       the next day. Credentials without a known expiry are not judged;</li>
 *   <li>it cannot be tested on staging and has no live-verification plan: not one endpoint or
 *       check to run once production is back.</li>
 * </ol>
 */
public final class IntegrationReadiness {

    private static final long SECONDS_PER_DAY = 86_400;

    private IntegrationReadiness() {
    }

    /**
     * The verdict when {@code lastProbe} tells everything about probes: empty means the
     * integration has none to run.
     */
    public static Verdict evaluate(Integration integration, Checklist checklist, Optional<ProbeResult> lastProbe,
                                   LocalDate goLiveDate, Duration credentialMargin) {
        Objects.requireNonNull(lastProbe, "lastProbe");
        return evaluate(integration, checklist, lastProbe.isPresent(), lastProbe, goLiveDate, credentialMargin);
    }

    /**
     * The verdict; {@code hasProbes} with an empty {@code lastProbe} means probes are defined but
     * none has run, which is not ready.
     *
     * @throws IllegalArgumentException when the margin is negative
     */
    public static Verdict evaluate(Integration integration, Checklist checklist, boolean hasProbes,
                                   Optional<ProbeResult> lastProbe, LocalDate goLiveDate, Duration credentialMargin) {
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(lastProbe, "lastProbe");
        Objects.requireNonNull(goLiveDate, "goLiveDate");
        Objects.requireNonNull(credentialMargin, "credentialMargin");
        if (credentialMargin.isNegative()) {
            throw new IllegalArgumentException("the credential margin must not be negative, was " + credentialMargin);
        }
        List<String> reasons = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            switch (item.status()) {
                case OPEN -> reasons.add(item.reopened()
                        ? "checklist: " + item.kind() + " was reopened: " + item.reason()
                        : "checklist: " + item.kind() + " has not been checked");
                case FAILED -> reasons.add("checklist: " + item.kind() + " failed: " + item.evidence());
                case PASSED, NOT_APPLICABLE -> {
                }
            }
        }
        if (lastProbe.isPresent()) {
            if (!lastProbe.get().passed()) {
                reasons.add("the last probe failed: " + String.join("; ", lastProbe.get().failures()));
            }
        } else if (hasProbes) {
            reasons.add("it has probes, but none has run yet");
        }
        LocalDate expiry = integration.credentialsExpireOn();
        if (expiry != null) {
            LocalDate needed = credentialsNeededUntil(goLiveDate, credentialMargin);
            if (expiry.isBefore(needed)) {
                reasons.add("the credentials expire on " + expiry + ", before " + needed + " (the go-live date " + goLiveDate
                        + " plus a margin of " + Durations.describe(Duration.ofDays(days(credentialMargin))) + ")");
            }
        }
        if (!integration.testableOnStaging() && !integration.hasLiveVerificationPlan()) {
            reasons.add("it cannot be tested on staging and has no live-verification plan: name at least one endpoint or "
                    + "check to run once production is back");
        }
        return Verdict.of(reasons);
    }

    /** The last day credentials must still work: the go-live date plus the margin in days, rounded up. */
    public static LocalDate credentialsNeededUntil(LocalDate goLiveDate, Duration credentialMargin) {
        return goLiveDate.plusDays(days(credentialMargin));
    }

    private static long days(Duration margin) {
        long seconds = margin.getSeconds() + (margin.getNano() > 0 ? 1 : 0);
        return (seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY;
    }
}
