package dev.golive.staging.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The stages of a rehearsal (a staging upgrade test of a copy of the latest production backup).
 *
 * <pre>
 *                 first hop starts                 last hop succeeds           push (commit)
 *  REQUESTED ───────────────────▶ STANDARD_UPGRADE_RUNNING ────────────▶ AWAITING_CUSTOM_MODULES ──────────▶ CUSTOM_MODULE_UPGRADE
 *     │                              │        │                                   ▲                                │      │
 *     │                              │        │ no custom modules                 └────── attempt failed ─────────┘      │
 *     │                              │        └──────────────────────────▶ SUCCEEDED ◀──────── attempt succeeded ────────┘
 *     │                              │ a hop fails
 *     └──────────────────────────────┴──────────────────────────▶ FAILED
 *
 *  every stage that is not terminal ─────▶ ABANDONED (someone gives up on the rehearsal)
 * </pre>
 *
 * A failed custom-module attempt does not fail the rehearsal: the upgraded database keeps waiting
 * for the next push, as on Odoo.sh. Only the standard upgrade (or the platform before it starts)
 * can fail the rehearsal. {@code SUCCEEDED}, {@code FAILED} and {@code ABANDONED} are terminal.
 */
public enum RehearsalStage {

    /** Asked for; the platform has not started upgrading the backup copy yet. */
    REQUESTED,
    /** The standard modules are being upgraded, hop by hop through the intermediate versions. */
    STANDARD_UPGRADE_RUNNING,
    /** The standard upgrade succeeded; the database waits for the developers to push the upgraded custom modules. */
    AWAITING_CUSTOM_MODULES,
    /** A push started an attempt to upgrade the custom modules against the upgraded database. */
    CUSTOM_MODULE_UPGRADE,
    /** The upgraded database loads with its custom modules. */
    SUCCEEDED,
    /** The upgrade failed before reaching the custom modules; only a new rehearsal can go on. */
    FAILED,
    /** Given up by a person before it ended. */
    ABANDONED;

    private static final Map<RehearsalStage, Set<RehearsalStage>> NEXT = new EnumMap<>(RehearsalStage.class);

    static {
        NEXT.put(REQUESTED, frozen(EnumSet.of(STANDARD_UPGRADE_RUNNING, FAILED, ABANDONED)));
        NEXT.put(STANDARD_UPGRADE_RUNNING, frozen(EnumSet.of(AWAITING_CUSTOM_MODULES, SUCCEEDED, FAILED, ABANDONED)));
        NEXT.put(AWAITING_CUSTOM_MODULES, frozen(EnumSet.of(CUSTOM_MODULE_UPGRADE, ABANDONED)));
        NEXT.put(CUSTOM_MODULE_UPGRADE, frozen(EnumSet.of(AWAITING_CUSTOM_MODULES, SUCCEEDED, ABANDONED)));
        NEXT.put(SUCCEEDED, frozen(EnumSet.noneOf(RehearsalStage.class)));
        NEXT.put(FAILED, frozen(EnumSet.noneOf(RehearsalStage.class)));
        NEXT.put(ABANDONED, frozen(EnumSet.noneOf(RehearsalStage.class)));
    }

    private static Set<RehearsalStage> frozen(EnumSet<RehearsalStage> set) {
        return Collections.unmodifiableSet(set);
    }

    /** The stages this one may move to, in declaration order; empty for a terminal stage. */
    public Set<RehearsalStage> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(RehearsalStage target) {
        return target != null && NEXT.get(this).contains(target);
    }

    /** Whether the rehearsal has ended: nothing can happen to it any more. */
    public boolean terminal() {
        return NEXT.get(this).isEmpty();
    }
}
