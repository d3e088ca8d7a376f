package dev.golive.rollback.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.golive.rollback.domain.Recommendation.DECIDE_NOW;
import static dev.golive.rollback.domain.Recommendation.FIX_FORWARD;
import static dev.golive.rollback.domain.Recommendation.ROLL_BACK;

/**
 * Fix forward or roll back: every rule in one place, as the named {@link Policy policies}, and the
 * {@link #assess assessment} they produce.
 *
 * <p>Rollback — restoring the pre-upgrade backup — is the emergency exit for a system that cannot
 * safely be used; a report layout, a button or a scheduled action that needs work is fixed forward.
 * Each policy looks at the open incidents (see {@link Incident} for what a mitigated one counts
 * for; it asks {@link OpenIncidents} how many answer its question and names the oldest few), the window, the runbook's projection of the upgrade and the moment of assessment, and fires
 * with a {@link Reason} or not. Every
 * policy that fired is listed, in the order of {@link Policy}; the recommendation is the highest
 * they recommend: {@code ROLL_BACK} over {@code DECIDE_NOW} over {@code FIX_FORWARD}.
 */
public final class RollbackPolicies {

    /** How long before the point of no return open critical incidents call for a decision. */
    public static final Duration DEFAULT_WARNING_HORIZON = Duration.ofHours(4);

    private RollbackPolicies() {
    }

    /** The policies, in the order their reasons are listed. */
    public enum Policy {

        /** ROLL_BACK: an open, unmitigated incident makes the system unusable at all. */
        SYSTEM_UNUSABLE(ROLL_BACK) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                return about(s.open().unusable(), hits -> "the system cannot be used at all ("
                        + describe(hits) + "): it cannot safely be used, restore the pre-upgrade backup");
            }
        },

        /** ROLL_BACK: an open incident, mitigated or not, puts data integrity at risk. */
        DATA_INTEGRITY_AT_RISK(ROLL_BACK) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                return about(s.open().dataIntegrityAtRisk(), hits -> "data integrity is at risk ("
                        + describe(hits) + "): every hour on the upgraded system may write more wrong data");
            }
        },

        /**
         * ROLL_BACK: a critical incident blocks a core flow with no workaround, and its fix would end
         * after the point of no return ({@code now + estimatedTimeToFix > pointOfNoReturn}) or it has
         * no estimate at all — nobody can say it will be fixed in time.
         */
        CRITICAL_CORE_FLOW_FIX_PAST_PNR(ROLL_BACK) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                Instant pnr = s.window().pointOfNoReturn();
                return about(s.open().blockingCoreFlowPast(s.timeLeft()),
                        hits -> "critical incidents block core flows without a workaround and without a fix before "
                                + "the point of no return at " + pnr + ": " + hits.oldest().stream()
                                .map(i -> quote(i) + " (" + i.businessFlow() + ") " + i.estimate()
                                        .map(e -> "would be fixed at " + s.now().plus(e) + ", in " + Durations.describe(e))
                                        .orElse("has no estimate of its time to fix"))
                                .collect(Collectors.joining("; ")) + more(hits, "; and "));
            }
        },

        /**
         * DECIDE_NOW: a critical incident is open (mitigated or not) and the point of no return is
         * near: {@code 0 < pointOfNoReturn − now ≤ warningHorizon}. At exactly the horizon it fires,
         * so the assessment made when the warning trigger fires already says so. After the point of
         * no return it no longer applies: there is nothing left to decide in time.
         */
        CRITICAL_OPEN_NEAR_PNR(DECIDE_NOW) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                Duration left = s.timeLeft();
                if (left.isNegative() || left.isZero() || left.compareTo(s.warningHorizon()) > 0) {
                    return Optional.empty();
                }
                return about(s.open().critical(), hits -> (hits.count() == 1 ? "a critical incident is open ("
                        : hits.count() + " critical incidents are open (") + describe(hits)
                        + ") and the point of no return is " + Durations.describe(left) + " away, at "
                        + s.window().pointOfNoReturn() + ": decide now, while a rollback can still complete before "
                        + "business resumes at " + s.window().businessResume());
            }
        },

        /**
         * DECIDE_NOW: the runbook projects the upgraded system back after the point of no return
         * ({@link UpgradeProjection#crossesPointOfNoReturn}), it is not observed back yet, and the point
         * of no return has not passed. Waiting for the upgrade to finish means that, once it is back,
         * a rollback can no longer be finished before business resumes: wait (and fix forward
         * whatever comes) or roll back now, while the backup can still be restored in time. It needs
         * no incident. After the point of no return it no longer applies, like CRITICAL_OPEN_NEAR_PNR.
         */
        UPGRADE_PROJECTED_PAST_POINT_OF_NO_RETURN(DECIDE_NOW) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                if (!s.upgrade().projectsPastPointOfNoReturn(s.window()) || s.window().passed(s.now())) {
                    return Optional.empty();
                }
                return Optional.of(reason(List.of(), "the upgraded system is projected back at "
                        + LocalTimes.describe(s.upgrade().projectedSystemBack(), s.zone())
                        + ", after the point of no return " + LocalTimes.describe(s.window().pointOfNoReturn(), s.zone())
                        + ": once it is back there is no time left to restore the backup before business resume"));
            }
        },

        /**
         * Informational, once {@code now ≥ pointOfNoReturn}: a rollback started now cannot complete
         * before business resumes. It recommends {@code FIX_FORWARD} — from here on, forward is the
         * only way that finishes in time — so it changes nothing when a {@code ROLL_BACK} reason
         * stands (those are kept: an unsafe system may still have to go back, late), and it replaces
         * {@code DECIDE_NOW}, which no longer applies.
         */
        PAST_POINT_OF_NO_RETURN(FIX_FORWARD) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                if (!s.window().passed(s.now())) {
                    return Optional.empty();
                }
                return Optional.of(reason(List.of(), "the point of no return passed at " + s.window().pointOfNoReturn()
                        + ", " + Durations.describe(s.timeLeft().negated()) + " ago: a rollback started now cannot "
                        + "complete before business resumes at " + s.window().businessResume()));
            }
        },

        /** FIX_FORWARD: when no policy above recommends ROLL_BACK or DECIDE_NOW. */
        NO_ROLLBACK_REASON(FIX_FORWARD) {
            @Override
            Optional<Reason> evaluate(Situation s, List<Reason> before) {
                if (before.stream().anyMatch(r -> r.recommends() != FIX_FORWARD)) {
                    return Optional.empty();
                }
                long open = s.open().all().count();
                return Optional.of(reason(List.of(), "no open incident makes the system unusable, puts data "
                        + "integrity at risk or blocks a core flow past the point of no return"
                        + (open == 0 ? "" : " (" + open + " open, fixed forward)") + ": fix forward"));
            }
        };

        private final Recommendation recommends;

        Policy(Recommendation recommends) {
            this.recommends = recommends;
        }

        /** What this policy recommends when it fires. */
        public Recommendation recommends() {
            return recommends;
        }

        /** The reason this policy fires in {@code s}, given the reasons of the policies before it, or empty. */
        abstract Optional<Reason> evaluate(Situation s, List<Reason> before);

        Reason reason(List<Incident> about, String explanation) {
            return new Reason(name(), recommends, explanation, about.stream().map(Incident::id).toList());
        }

        /** Fires when some incidents answer the policy's question: names the oldest few, counts them all. */
        Optional<Reason> about(OpenIncidents.Hits hits, Function<OpenIncidents.Hits, String> explanation) {
            return hits.isEmpty() ? Optional.empty() : Optional.of(new Reason(name(), recommends,
                    explanation.apply(hits), hits.oldest().stream().map(Incident::id).toList(), hits.count()));
        }

        /** The named incidents by title, then how many more there are. */
        private static String describe(OpenIncidents.Hits hits) {
            return hits.oldest().stream().map(RollbackPolicies::quote).collect(Collectors.joining(", "))
                    + more(hits, " and ");
        }

        /** "and N more", when there are incidents not named; nothing otherwise. */
        private static String more(OpenIncidents.Hits hits, String and) {
            return hits.more() == 0 ? "" : and + hits.more() + " more";
        }
    }

    /**
     * What the policies look at: the open incidents, the window, the runbook's projection of the
     * upgrade, the cutover's zone (to tell times in), the warning horizon and the moment.
     */
    record Situation(OpenIncidents open, RollbackWindow window, UpgradeProjection upgrade, ZoneId zone,
                     Duration warningHorizon, Instant now) {

        Duration timeLeft() {
            return window.timeToPointOfNoReturn(now);
        }
    }

    /**
     * Assesses {@code incidents} (resolved ones are ignored) at {@code now}, without a projection of
     * the upgrade ({@link UpgradeProjection#NONE}).
     *
     * @see #assess(List, RollbackWindow, UpgradeProjection, ZoneId, Duration, Instant)
     */
    public static Assessment assess(List<Incident> incidents, RollbackWindow window, Duration warningHorizon, Instant now) {
        return assess(incidents, window, UpgradeProjection.NONE, ZoneOffset.UTC, warningHorizon, now);
    }

    /**
     * Assesses {@code incidents} (resolved ones are ignored) and the runbook's projection of the
     * upgrade at {@code now}.
     *
     * @param zone           the cutover's zone, in which explanations tell the projected times
     * @param warningHorizon how long before the point of no return open critical incidents call for a
     *                       decision ({@link #DEFAULT_WARNING_HORIZON}); zero never asks for one
     * @throws IllegalArgumentException when the warning horizon is negative
     */
    public static Assessment assess(List<Incident> incidents, RollbackWindow window, UpgradeProjection upgrade,
                                    ZoneId zone, Duration warningHorizon, Instant now) {
        return assess(OpenIncidents.of(incidents), window, upgrade, zone, warningHorizon, now);
    }

    /**
     * Assesses the open incidents as {@code open} answers the policies' questions, and the runbook's
     * projection of the upgrade, at {@code now}. A policy that cannot fire (one about the last hours
     * before the point of no return, earlier) asks nothing.
     *
     * @see #assess(List, RollbackWindow, UpgradeProjection, ZoneId, Duration, Instant)
     */
    public static Assessment assess(OpenIncidents open, RollbackWindow window, UpgradeProjection upgrade,
                                    ZoneId zone, Duration warningHorizon, Instant now) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(warningHorizon, "warningHorizon");
        Objects.requireNonNull(now, "now");
        if (warningHorizon.isNegative()) {
            throw new IllegalArgumentException("the warning horizon must not be negative, was " + warningHorizon);
        }
        Situation s = new Situation(open, window, upgrade, zone, warningHorizon, now);
        List<Reason> reasons = new ArrayList<>();
        for (Policy p : Policy.values()) {
            p.evaluate(s, List.copyOf(reasons)).ifPresent(reasons::add);
        }
        Recommendation recommendation = FIX_FORWARD;
        for (Reason r : reasons) {
            if (r.recommends().outranks(recommendation)) {
                recommendation = r.recommends();
            }
        }
        OpenIncidents.Hits all = open.all();
        return new Assessment(recommendation, reasons, all.oldest().stream().map(Incident::id).toList(), all.count(),
                s.timeLeft(), window.rollbackWouldLose(now), window.pointOfNoReturn());
    }

    private static String quote(Incident i) {
        return "\"" + i.title() + "\"";
    }
}
