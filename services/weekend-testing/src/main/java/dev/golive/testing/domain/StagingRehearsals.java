package dev.golive.testing.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which rehearsal the staging round tests on. The <em>current</em> rehearsal is the latest one that
 * succeeded, by the time it succeeded (of two at the same instant, the greater id, so that every
 * service picks the same): a staging result counts for the rehearsal it was recorded on, so a newer
 * current rehearsal means the flows are tested again.
 */
public final class StagingRehearsals {

    private static final Comparator<StagingRehearsal> BY_SUCCESS = Comparator
            .comparing(StagingRehearsal::succeededAt)
            .thenComparing(StagingRehearsal::id);

    private StagingRehearsals() {
    }

    public static Optional<StagingRehearsal> current(Collection<StagingRehearsal> rehearsals) {
        return rehearsals.stream().filter(StagingRehearsal::succeeded).max(BY_SUCCESS);
    }

    public static boolean isCurrent(String rehearsalId, Collection<StagingRehearsal> rehearsals) {
        return current(rehearsals).map(r -> r.id().equals(rehearsalId)).orElse(false);
    }

    /**
     * Why a staging round cannot be planned on {@code rehearsalId}, or empty when it can: it must be the
     * current rehearsal, and ready for power users (its developer review done).
     */
    public static Optional<String> whyNotPlannable(String rehearsalId, Collection<StagingRehearsal> rehearsals) {
        Optional<StagingRehearsal> current = current(rehearsals);
        if (current.isEmpty()) {
            return Optional.of("no rehearsal of this cutover has succeeded yet: there is no upgraded staging database to test");
        }
        if (!current.get().id().equals(rehearsalId)) {
            boolean known = rehearsals.stream().anyMatch(r -> r.id().equals(rehearsalId) && r.succeeded());
            return Optional.of("rehearsal " + rehearsalId + (known ? " is no longer the current one" : " is not a succeeded rehearsal")
                    + ": staging holds rehearsal " + current.get().id() + " now; plan the round on it");
        }
        if (!current.get().reviewDone()) {
            return Optional.of("rehearsal " + rehearsalId + " is not ready for power users: its developer review is not done");
        }
        return Optional.empty();
    }
}
