package dev.golive.notification.support;

import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.cutover.RosterShiftRow;
import dev.golive.notification.delivery.DeliveryRow;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Looks at the service's tables directly, each read in its own transaction. */
public final class Db {

    public static Optional<CutoverProjection> projection(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> CutoverProjection.of(UUID.fromString(cutoverId)));
    }

    public static List<DeliveryRow> deliveries(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> DeliveryRow.ofCutover(UUID.fromString(cutoverId)));
    }

    /** How many pages of any cutover wait for an acknowledgement. */
    public static long openPages() {
        return QuarkusTransaction.requiringNew().call(() -> dev.golive.notification.paging.PageRow.count("status",
                dev.golive.notification.domain.PageStatus.OPEN));
    }

    /** How many shifts of the cutover's roster are known. */
    public static long rosterShifts(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> RosterShiftRow.count("cutoverId", UUID.fromString(cutoverId)));
    }

    /** Who takes part in the cutover, as "member/role", from the service's copy of the members. */
    @SuppressWarnings("unchecked")
    public static Set<String> members(String cutoverId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) DeliveryRow.getEntityManager()
                .createNativeQuery("SELECT member, role FROM golive_cutover_member WHERE cutover_id = ?1")
                .setParameter(1, UUID.fromString(cutoverId)).getResultList())
                .stream().map(row -> row[0] + "/" + row[1]).collect(Collectors.toSet()));
    }

    /** How many times {@code consumer} recorded the event {@code ceId} as applied. */
    public static long processed(String consumer, String ceId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) DeliveryRow.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                .setParameter(1, consumer).setParameter(2, ceId).getSingleResult()).longValue());
    }

    private Db() {
    }
}
