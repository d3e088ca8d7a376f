package dev.golive.integration.probe;

import dev.golive.integration.domain.ProbeResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One run of a probe and its verdict. */
@Entity
@Table(name = "probe_result")
public class ProbeResultRow extends PanacheEntityBase {

    /** Why a probe ran: someone asked, a scheduled run before the go-live, the live verification. */
    public enum RunKind { MANUAL, SCHEDULED, LIVE }

    @Id
    public UUID id;

    @Column(name = "probe_id", nullable = false)
    public UUID probeId;

    @Column(name = "integration_id", nullable = false)
    public UUID integrationId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_kind", nullable = false)
    public RunKind runKind;

    @Column(nullable = false)
    public String target;

    /** PASSED or FAILED. */
    @Column(nullable = false)
    public String outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(name = "response_time_ms")
    public Long responseTimeMillis;

    @Column(name = "certificate_expires_at")
    public Instant certificateExpiresAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> failures = new ArrayList<>();

    @Column(nullable = false)
    public int attempts;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;

    public boolean passed() {
        return "PASSED".equals(outcome);
    }

    public ProbeResult toDomain() {
        return new ProbeResult(passed(), failures);
    }

    /** Newest first. */
    public static List<ProbeResultRow> ofProbe(UUID probeId) {
        return list("probeId = ?1 order by completedAt desc, id", probeId);
    }

    public static Optional<ProbeResultRow> latest(UUID probeId) {
        return find("probeId = ?1 order by completedAt desc, id", probeId).firstResultOptional();
    }
}
