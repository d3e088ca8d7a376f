package dev.golive.staging.readiness;

import dev.golive.staging.domain.NotReadyReason;
import dev.golive.staging.domain.RefreshReason;
import dev.golive.staging.domain.Verdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The last staging verdict announced for a cutover ({@code ready} null: none yet), and the causes
 * of an immediate refresh already announced, so that each is announced once when it appears.
 */
@Entity
@Table(name = "readiness_state")
public class ReadinessState extends PanacheEntityBase {

    @Id
    @Column(name = "cutover_id")
    public UUID cutoverId;

    public Boolean ready;

    @Column(nullable = false)
    public String reasons = "";

    @Column(name = "based_on_rehearsal_id")
    public UUID basedOnRehearsalId;

    @Column(name = "evaluated_at")
    public Instant evaluatedAt;

    /** The forecast last announced with UpgradeForecastChanged, as a key of its basis; null before the first. */
    @Column(name = "forecast_announced")
    public String forecastAnnounced;

    @Column(name = "refresh_causes", nullable = false)
    public String refreshCauses = "";

    /** The cutover's row, created if missing and locked for the rest of the transaction. */
    static ReadinessState lockOrCreate(UUID cutoverId) {
        getEntityManager().createNativeQuery(
                        "INSERT INTO readiness_state (cutover_id) VALUES (?1) ON CONFLICT (cutover_id) DO NOTHING")
                .setParameter(1, cutoverId)
                .executeUpdate();
        ReadinessState state = findById(cutoverId, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(state);
        return state;
    }

    boolean announced(Verdict verdict) {
        return ready != null && ready == verdict.ready() && reasons.equals(join(verdict.reasons()))
                && Objects.equals(basedOnRehearsalId, verdict.basedOnRehearsal());
    }

    void announce(Verdict verdict, Instant at) {
        ready = verdict.ready();
        reasons = join(verdict.reasons());
        basedOnRehearsalId = verdict.basedOnRehearsal();
        evaluatedAt = at;
    }

    Set<RefreshReason> refreshCauses() {
        Set<RefreshReason> causes = EnumSet.noneOf(RefreshReason.class);
        Arrays.stream(refreshCauses.split(",")).filter(s -> !s.isBlank()).map(RefreshReason::valueOf)
                .forEach(causes::add);
        return causes;
    }

    void refreshCauses(Set<RefreshReason> causes) {
        refreshCauses = causes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String join(List<NotReadyReason> reasons) {
        return reasons.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
