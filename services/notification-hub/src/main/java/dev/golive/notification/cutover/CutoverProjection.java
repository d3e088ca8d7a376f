package dev.golive.notification.cutover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover from {@code golive.cutover.v1}: its name and zone, its
 * status, the milestones of the current window, whether it was cancelled, and when business
 * stakeholders last heard how the go-live is going.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends PanacheEntityBase {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    public String name;

    public String zone;

    @Enumerated(EnumType.STRING)
    public CutoverStatus status;

    @Column(name = "window_revision", nullable = false)
    public int windowRevision;

    /** JSON of {@link #milestones()}. */
    @Column(name = "milestones")
    public String milestonesJson;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "last_update_at")
    public Instant lastUpdateAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /**
     * The cutover's row, created empty when unknown, locked for the rest of the transaction, so the
     * events of one cutover (and the timers they move) are applied one after the other.
     */
    public static CutoverProjection lock(UUID cutoverId, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO cutover_projection (cutover_id, window_revision, updated_at)
                        VALUES (?1, 0, ?2) ON CONFLICT (cutover_id) DO NOTHING""")
                .setParameter(1, cutoverId)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** Whether the go-live is running: the business waits for regular updates. */
    public boolean goLiveRunning() {
        return !cancelled() && (status == CutoverStatus.IN_PROGRESS || status == CutoverStatus.WEEKEND_TESTING);
    }

    public Map<Milestone, Instant> milestones() {
        if (milestonesJson == null) {
            return Map.of();
        }
        try {
            return new EnumMap<>(JSON.readValue(milestonesJson, new TypeReference<Map<Milestone, Instant>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestones of " + cutoverId + " cannot be read", e);
        }
    }

    public void milestones(Map<Milestone, Instant> milestones) {
        try {
            milestonesJson = JSON.writeValueAsString(new EnumMap<>(milestones));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Instant> downtimeStart() {
        return Optional.ofNullable(milestones().get(Milestone.DOWNTIME_START));
    }
}
