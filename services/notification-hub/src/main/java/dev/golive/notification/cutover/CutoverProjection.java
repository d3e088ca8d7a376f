package dev.golive.notification.cutover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.golive.contracts.cutover.CutoverStatus;
import dev.golive.contracts.cutover.Milestone;
import dev.golive.messaging.cutover.CutoverProjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service knows of a cutover, besides the revision, zone and cancellation every service
 * keeps: its name, its status, the milestones of the current window, when business
 * stakeholders last heard how the go-live is going, and whether the runbook projects the upgraded
 * system back after the point of no return.
 */
@Entity
@Table(name = "cutover_projection")
public class CutoverProjection extends CutoverProjectionRow {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public String name;

    @Enumerated(EnumType.STRING)
    public CutoverStatus status;

    /** JSON of {@link #milestones()}. */
    @Column(name = "milestones")
    public String milestonesJson;

    @Column(name = "last_update_at")
    public Instant lastUpdateAt;

    /** Whether the runbook's latest projection has the upgraded system back after the point of no return. */
    @Column(name = "upgrade_past_pnr", nullable = false)
    public boolean upgradePastPointOfNoReturn;

    public static Optional<CutoverProjection> of(UUID cutoverId) {
        return Optional.ofNullable(findById(cutoverId));
    }

    /**
     * The cutover's row, created empty when unknown, locked for the rest of the transaction, so the
     * events of one cutover (and the timers they move) are applied one after the other.
     */
    public static CutoverProjection lock(UUID cutoverId, Instant now) {
        return lock(CutoverProjection.class, cutoverId, now);
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
            return JSON.readValue(milestonesJson, new TypeReference<EnumMap<Milestone, Instant>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("milestones of " + cutoverId + " cannot be read", e);
        }
    }

    public void milestones(Map<Milestone, Instant> milestones) {
        // In milestone order; putAll, because EnumMap's copy constructor refuses an empty plain map.
        Map<Milestone, Instant> ordered = new EnumMap<>(Milestone.class);
        ordered.putAll(milestones);
        try {
            milestonesJson = JSON.writeValueAsString(ordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Instant> downtimeStart() {
        return Optional.ofNullable(milestones().get(Milestone.DOWNTIME_START));
    }
}
