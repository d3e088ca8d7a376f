package dev.golive.rollback.support;

import dev.golive.rollback.assessment.AssessmentRow;
import dev.golive.rollback.cutover.CutoverProjection;
import dev.golive.rollback.decision.DecisionRow;
import dev.golive.rollback.incident.IncidentRow;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.Optional;
import java.util.UUID;

/** Looks at the service's tables directly, each read in its own transaction. */
public final class Db {

    public static Optional<CutoverProjection> projection(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> CutoverProjection.of(UUID.fromString(cutoverId)));
    }

    /** Whether the window of that revision is known. */
    public static boolean windowKnown(String cutoverId, int revision) {
        return projection(cutoverId).map(p -> p.windowRevision == revision).orElse(false);
    }

    public static long incidents(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> IncidentRow.count("cutoverId", UUID.fromString(cutoverId)));
    }

    public static long assessments(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> AssessmentRow.count("cutoverId", UUID.fromString(cutoverId)));
    }

    public static long decisions(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> DecisionRow.count("cutoverId", UUID.fromString(cutoverId)));
    }

    /** Who takes part in the cutover, as "member/role", from the service's copy of the members. */
    @SuppressWarnings("unchecked")
    public static java.util.Set<String> members(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> ((java.util.List<Object[]>) IncidentRow.getEntityManager()
                .createNativeQuery("SELECT member, role FROM golive_cutover_member WHERE cutover_id = ?1")
                .setParameter(1, UUID.fromString(cutoverId)).getResultList())
                .stream().map(row -> row[0] + "/" + row[1]).collect(java.util.stream.Collectors.toSet()));
    }

    /** How many times {@code consumer} recorded the event {@code ceId} as applied. */
    public static long processed(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) IncidentRow.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue());
    }

    private Db() {
    }
}
