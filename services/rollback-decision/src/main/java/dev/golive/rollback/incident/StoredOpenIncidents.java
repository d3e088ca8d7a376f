package dev.golive.rollback.incident;

import dev.golive.rollback.domain.BusinessFlow;
import dev.golive.rollback.domain.Incident;
import dev.golive.rollback.domain.OpenIncidents;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link OpenIncidents} answered by the cutover's incident rows: for each question the oldest
 * {@link OpenIncidents#NAMED} rows from a partial index (V4), and a count of its entries only when
 * there are more to count. Each condition below is the SQL of a rule of {@link Incident} and starts
 * with the predicate of its index, as written there, so that PostgreSQL uses that index. An answer
 * is asked once per instance (one assessment).
 */
final class StoredOpenIncidents implements OpenIncidents {

    /** {@link Incident#open()}. */
    private static final String OPEN = "status <> 'RESOLVED'";
    /** {@link Incident#makesSystemUnusable()}. */
    private static final String UNUSABLE = "status = 'OPEN' AND NOT system_usable";
    /** {@link Incident#putsDataIntegrityAtRisk()}. */
    private static final String DATA_AT_RISK = "status <> 'RESOLVED' AND data_integrity_at_risk";
    /** Open and {@link Incident#critical()}. */
    private static final String CRITICAL = "status <> 'RESOLVED' AND severity = 'CRITICAL'";
    /**
     * {@link Incident#blocksCoreFlow()}: critical, OPEN (a mitigated incident has its workaround), no
     * workaround, in a core flow; then the estimate ({@code ?2}: whole seconds left).
     */
    private static final String BLOCKING_CORE_FLOW_PAST = CRITICAL + " AND status = 'OPEN' AND NOT workaround_exists"
            + " AND business_flow IN (" + Arrays.stream(BusinessFlow.values()).filter(BusinessFlow::core)
            .map(f -> "'" + f.name() + "'").collect(Collectors.joining(", ")) + ")"
            + " AND (estimated_time_to_fix IS NULL OR estimated_time_to_fix > ?2)";

    private final EntityManager em;
    private final UUID cutoverId;
    private final Map<String, Hits> asked = new HashMap<>();

    StoredOpenIncidents(EntityManager em, UUID cutoverId) {
        this.em = em;
        this.cutoverId = cutoverId;
    }

    @Override
    public Hits all() {
        return hits(OPEN, null);
    }

    @Override
    public Hits unusable() {
        return hits(UNUSABLE, null);
    }

    @Override
    public Hits dataIntegrityAtRisk() {
        return hits(DATA_AT_RISK, null);
    }

    @Override
    public Hits critical() {
        return hits(CRITICAL, null);
    }

    /**
     * A fix ends after the point of no return when {@code estimate > timeLeft}; estimates are whole
     * seconds, so that is {@code estimate > floor(timeLeft in seconds)} ({@link Duration#getSeconds()}
     * rounds down, before and after the point of no return).
     */
    @Override
    public Hits blockingCoreFlowPast(Duration timeLeft) {
        return hits(BLOCKING_CORE_FLOW_PAST, timeLeft.getSeconds());
    }

    private Hits hits(String condition, Long seconds) {
        String key = seconds == null ? condition : condition + seconds;
        if (asked.isEmpty() && em.isJoinedToTransaction()) {
            em.flush(); // the incident changed in this transaction is part of the answer (a read has none)
        }
        return asked.computeIfAbsent(key, k -> {
            String where = " FROM incident WHERE cutover_id = ?1 AND " + condition;
            var rows = em.createNativeQuery("SELECT *" + where + " ORDER BY reported_at, id LIMIT " + NAMED,
                    IncidentRow.class).setParameter(1, cutoverId);
            var count = em.createNativeQuery("SELECT count(*)" + where).setParameter(1, cutoverId);
            if (seconds != null) {
                rows.setParameter(2, seconds);
                count.setParameter(2, seconds);
            }
            @SuppressWarnings("unchecked")
            List<Incident> oldest = ((List<IncidentRow>) rows.getResultList()).stream().map(IncidentRow::toDomain).toList();
            long n = oldest.size() < NAMED ? oldest.size() : ((Number) count.getSingleResult()).longValue();
            return new Hits(n, oldest);
        });
    }
}
