package dev.golive.planner.domain;

import dev.golive.contracts.cutover.CutoverStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.golive.contracts.cutover.CutoverStatus.CANCELLED;
import static dev.golive.contracts.cutover.CutoverStatus.COMPLETED;
import static dev.golive.contracts.cutover.CutoverStatus.DRAFT;
import static dev.golive.contracts.cutover.CutoverStatus.GO_NO_GO_FAILED;
import static dev.golive.contracts.cutover.CutoverStatus.GO_NO_GO_PASSED;
import static dev.golive.contracts.cutover.CutoverStatus.IN_PROGRESS;
import static dev.golive.contracts.cutover.CutoverStatus.ROLLED_BACK;
import static dev.golive.contracts.cutover.CutoverStatus.SCHEDULED;
import static dev.golive.contracts.cutover.CutoverStatus.WEEKEND_TESTING;

/**
 * The cutover life cycle. A window can be chosen or moved until the go-live starts; once
 * production is down the cutover can only go forward to completion or back by rollback.
 *
 * <pre>
 * DRAFT ─window─▶ SCHEDULED ─go/no-go─▶ GO_NO_GO_PASSED ─downtime─▶ IN_PROGRESS ─review done─▶ WEEKEND_TESTING ─▶ COMPLETED
 *                   ▲  │                 │                            │                          │
 *                   │  └─▶ GO_NO_GO_FAILED                            └──────────▶ ROLLED_BACK ◀──┘
 *                   └──── reschedule ────┘
 * DRAFT, SCHEDULED, GO_NO_GO_* ─▶ CANCELLED
 * </pre>
 */
public final class StatusTransitions {

    private static final Map<CutoverStatus, Set<CutoverStatus>> ALLOWED = new EnumMap<>(CutoverStatus.class);

    static {
        ALLOWED.put(DRAFT, EnumSet.of(SCHEDULED, CANCELLED));
        ALLOWED.put(SCHEDULED, EnumSet.of(GO_NO_GO_PASSED, GO_NO_GO_FAILED, CANCELLED));
        ALLOWED.put(GO_NO_GO_PASSED, EnumSet.of(SCHEDULED, GO_NO_GO_FAILED, IN_PROGRESS, CANCELLED));
        ALLOWED.put(GO_NO_GO_FAILED, EnumSet.of(SCHEDULED, CANCELLED));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(WEEKEND_TESTING, ROLLED_BACK));
        ALLOWED.put(WEEKEND_TESTING, EnumSet.of(COMPLETED, ROLLED_BACK));
        ALLOWED.put(COMPLETED, EnumSet.noneOf(CutoverStatus.class));
        ALLOWED.put(ROLLED_BACK, EnumSet.noneOf(CutoverStatus.class));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(CutoverStatus.class));
    }

    /** Statuses in which the window may still be chosen or moved. */
    private static final Set<CutoverStatus> WINDOW_OPEN = EnumSet.of(DRAFT, SCHEDULED, GO_NO_GO_PASSED, GO_NO_GO_FAILED);

    public static boolean allowed(CutoverStatus from, CutoverStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static Set<CutoverStatus> next(CutoverStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** Whether the plan (window, zone, policy, blackouts) may still change in this status. */
    public static boolean planEditable(CutoverStatus status) {
        return WINDOW_OPEN.contains(status);
    }

    public static boolean terminal(CutoverStatus status) {
        return ALLOWED.get(status).isEmpty();
    }

    private StatusTransitions() {
    }
}
