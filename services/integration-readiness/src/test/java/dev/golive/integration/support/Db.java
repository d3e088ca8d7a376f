package dev.golive.integration.support;

import dev.golive.integration.cutover.CutoverProjection;
import dev.golive.integration.live.LiveVerificationRow;
import dev.golive.integration.probe.ProbeResultRow;
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

    /** How many times {@code consumer} recorded the event {@code ceId} as applied. */
    public static long processed(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CutoverProjection.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue());
    }

    /** How many live verifications (one per window revision) were planned for the cutover. */
    public static long liveVerifications(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> LiveVerificationRow.count("key.cutoverId = ?1",
                UUID.fromString(cutoverId)));
    }

    public static long results(String probeId, ProbeResultRow.RunKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> ProbeResultRow.count("probeId = ?1 and runKind = ?2",
                UUID.fromString(probeId), kind));
    }

    /** The names of the cutover's members as the service's copy holds them ({@code golive_cutover_member}). */
    @SuppressWarnings("unchecked")
    public static List<String> members(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) CutoverProjection.getEntityManager()
                .createNativeQuery("SELECT member FROM golive_cutover_member WHERE cutover_id = ?1 ORDER BY member")
                .setParameter(1, UUID.fromString(cutoverId)).getResultList());
    }

    private Db() {
    }
}
