package dev.golive.messaging.cutover;

import dev.golive.contracts.GoliveEvent;

import java.util.UUID;

/**
 * What a service does when {@link CutoverProjections} has brought its row of a cutover up to date:
 * the hook that keeps business rules in the service while the projection rules (revisions,
 * cancellation, zones) stay in one place. Each method runs in the consumer's transaction with the
 * row locked.
 *
 * @param <R> the service's projection entity
 */
public interface CutoverReactions<R extends CutoverProjectionRow> {

    /** CutoverPlanned ({@code planned} true) or CutoverUpdated: the row's zone is already set. */
    default void detailsChanged(R row, GoliveEvent event, boolean planned) {
    }

    /**
     * A newer window of a cutover that is not cancelled: the row's revision and zone are set; the
     * service copies the milestones it needs and moves what depends on them.
     */
    void windowChanged(R row, WindowChange window);

    /** The cutover was cancelled: {@code cancelledAt} is set; stop its timers. */
    default void cancelled(R row) {
    }

    /** Any other event of the cutover (MilestoneReached, a status change…); no row is created for it. */
    default void otherEvent(UUID cutoverId, GoliveEvent event) {
    }
}
