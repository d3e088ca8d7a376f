package dev.golive.testing.support;

import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.result.ResultRow;
import dev.golive.testing.staging.RehearsalRow;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
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

    public static long results(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> ResultRow.count("cutoverId", UUID.fromString(cutoverId)));
    }

    /** The rehearsal as the service knows it from golive.staging.v1. */
    public static Optional<RehearsalRow> rehearsal(String cutoverId, String rehearsalId) {
        return QuarkusTransaction.requiringNew().call(() -> RehearsalRow.of(UUID.fromString(cutoverId), rehearsalId));
    }

    /** The members of a cutover as the service keeps them (golive-messaging's {@code golive_cutover_member}), "name:role". */
    @SuppressWarnings("unchecked")
    public static List<String> members(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) ResultRow.getEntityManager()
                .createNativeQuery("SELECT member, role FROM golive_cutover_member WHERE cutover_id = ?1 ORDER BY member, role")
                .setParameter(1, UUID.fromString(cutoverId)).getResultList())
                .stream().map(row -> row[0] + ":" + row[1]).toList());
    }

    /** How many times {@code consumer} recorded the event {@code ceId} as applied. */
    public static long processed(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) ResultRow.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue());
    }

    private Db() {
    }
}
