package dev.golive.integration.probe;

import dev.golive.integration.domain.ProbeSpec;
import dev.golive.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A probe as stored: its {@link ProbeSpec} and who defined it. */
@Entity
@Table(name = "probe")
public class ProbeRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "integration_id", nullable = false)
    public UUID integrationId;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String target;

    @Column(name = "expected_status", nullable = false)
    public int expectedStatus;

    @Column(name = "timeout_ms", nullable = false)
    public long timeoutMillis;

    @Column(nullable = false)
    public int retries;

    @Column(name = "initial_backoff_ms", nullable = false)
    public long initialBackoffMillis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "json_assertions", nullable = false)
    public Map<String, String> jsonAssertions = new TreeMap<>();

    @Column(name = "certificate_margin_s", nullable = false)
    public long certificateMarginSeconds;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ProbeRow> ofIntegration(UUID integrationId) {
        return list("integrationId = ?1 order by createdAt, id", integrationId);
    }

    public static List<ProbeRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by createdAt, id", cutoverId);
    }

    public static ProbeRow require(UUID cutoverId, UUID integrationId, UUID probeId) {
        ProbeRow row = findById(probeId);
        if (row == null || !row.cutoverId.equals(cutoverId) || !row.integrationId.equals(integrationId)) {
            throw ProblemException.notFound("probe", probeId);
        }
        return row;
    }

    public ProbeSpec spec() {
        return new ProbeSpec(URI.create(target), expectedStatus, Duration.ofMillis(timeoutMillis), retries,
                Duration.ofMillis(initialBackoffMillis), jsonAssertions, Duration.ofSeconds(certificateMarginSeconds));
    }

    void set(ProbeSpec spec) {
        target = spec.target().toString();
        expectedStatus = spec.expectedStatus();
        timeoutMillis = spec.timeout().toMillis();
        retries = spec.retries();
        initialBackoffMillis = spec.initialBackoff().toMillis();
        jsonAssertions = new TreeMap<>(spec.jsonAssertions());
        certificateMarginSeconds = spec.certificateMargin().getSeconds();
    }
}
