package dev.golive.rollback.domain;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the rollback policies ask of a cutover's open (not resolved) incidents: for each question,
 * how many answer it and the oldest {@link #NAMED} of them (by report time, then id), the ones an
 * explanation names. A policy never needs the others, so a store can answer from an index with a
 * count and a few rows however many incidents the cutover has (a detection storm may bring
 * thousands), and what an assessment holds and announces stays the same size.
 *
 * <p>The questions are those of {@link Incident}: {@link Incident#open()},
 * {@link Incident#makesSystemUnusable()}, {@link Incident#putsDataIntegrityAtRisk()},
 * {@link Incident#critical()} and {@link Incident#blocksCoreFlow()}; {@link #of} answers them from
 * incidents in memory, the way a store must.
 */
public interface OpenIncidents {

    /** How many incidents an answer names; the others are counted. */
    int NAMED = 3;

    /** The order of {@link Hits#oldest()}: report time, then id (as text, the order a database sorts UUIDs in). */
    Comparator<Incident> OLDEST_FIRST = Comparator.comparing(Incident::reportedAt,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.id().toString());

    /** Every open incident. */
    Hits all();

    /** Those that make the system unusable ({@link Incident#makesSystemUnusable()}). */
    Hits unusable();

    /** Those that put data integrity at risk ({@link Incident#putsDataIntegrityAtRisk()}). */
    Hits dataIntegrityAtRisk();

    /** The critical ones, mitigated or not. */
    Hits critical();

    /**
     * Those that block a core flow ({@link Incident#blocksCoreFlow()}) and have no estimate of their
     * time to fix, or one longer than {@code timeLeft} (the fix would end after the point of no return).
     */
    Hits blockingCoreFlowPast(Duration timeLeft);

    /** How many incidents answer a question, and the oldest {@link #NAMED} of them. */
    record Hits(long count, List<Incident> oldest) {

        public static final Hits NONE = new Hits(0, List.of());

        public Hits {
            oldest = List.copyOf(oldest);
            if (oldest.size() > NAMED || count < oldest.size()) {
                throw new IllegalArgumentException("at most " + NAMED + " named of " + count + ", got " + oldest.size());
            }
        }

        public boolean isEmpty() {
            return count == 0;
        }

        /** How many are counted but not named. */
        public long more() {
            return count - oldest.size();
        }
    }

    /** The answers from {@code incidents} in memory (resolved ones are ignored): what a store must answer too. */
    static OpenIncidents of(Collection<Incident> incidents) {
        Objects.requireNonNull(incidents, "incidents");
        List<Incident> open = incidents.stream().map(i -> Objects.requireNonNull(i, "incident"))
                .filter(Incident::open).sorted(OLDEST_FIRST).toList();
        return new OpenIncidents() {
            @Override
            public Hits all() {
                return hits(i -> true);
            }

            @Override
            public Hits unusable() {
                return hits(Incident::makesSystemUnusable);
            }

            @Override
            public Hits dataIntegrityAtRisk() {
                return hits(Incident::putsDataIntegrityAtRisk);
            }

            @Override
            public Hits critical() {
                return hits(Incident::critical);
            }

            @Override
            public Hits blockingCoreFlowPast(Duration timeLeft) {
                return hits(i -> i.blocksCoreFlow() && i.estimate().map(e -> e.compareTo(timeLeft) > 0).orElse(true));
            }

            private Hits hits(Predicate<Incident> question) {
                List<Incident> answer = open.stream().filter(question).toList();
                return new Hits(answer.size(), answer.subList(0, Math.min(NAMED, answer.size())));
            }
        };
    }
}
