package dev.golive.messaging.cutover;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What every service that reads {@code golive.cutover.v1} keeps of a cutover, whatever else it
 * keeps: the current window's revision and zone, and whether the cutover was cancelled. Each service
 * maps its own {@code cutover_projection} table with an entity extending this one and adds the
 * milestones and facts it needs; {@link CutoverProjections} keeps these columns in step.
 */
@MappedSuperclass
public abstract class CutoverProjectionRow extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    /** The cutover's IANA zone, from its plan or its latest window. */
    public String zone;

    /** The revision of the window this row reflects; 0 before any window. */
    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /**
     * The cutover's row of {@code type}, created empty when unknown, locked for the rest of the
     * transaction: every change of a cutover's projection and of what a service derives from it goes
     * through here, so two consumers or requests of one cutover take turns. (Insert-if-absent first,
     * because two transactions that both found nothing would otherwise both insert.)
     */
    protected static <R extends CutoverProjectionRow> R lock(Class<R> type, UUID cutoverId, Instant now) {
        EntityManager entityManager = Panache.getEntityManager(type);
        entityManager.createNativeQuery("INSERT INTO " + table(type)
                        + " (cutover_id, window_revision, updated_at) VALUES (?1, 0, ?2) ON CONFLICT (cutover_id) DO NOTHING")
                .setParameter(1, cutoverId)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return entityManager.find(type, cutoverId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isBlank()) {
            throw new IllegalStateException(type.getName() + " must name its table with @Table");
        }
        return table.name();
    }
}
