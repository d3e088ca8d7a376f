package dev.golive.planner.milestone;

import dev.golive.contracts.cutover.Milestone;
import dev.golive.planner.cutover.Cutover;

import java.time.Instant;

/**
 * Fired synchronously (CDI event) inside the transaction that records a milestone as reached,
 * with the cutover locked, so what follows from it (the go/no-go recommendation, a status move)
 * commits or fails together with the milestone.
 */
public record MilestoneAnnounced(Cutover cutover, Milestone milestone, int windowRevision, Instant reachedAt) {
}
