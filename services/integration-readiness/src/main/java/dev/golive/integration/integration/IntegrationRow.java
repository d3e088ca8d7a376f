package dev.golive.integration.integration;

import dev.golive.integration.domain.Criticality;
import dev.golive.integration.domain.Integration;
import dev.golive.integration.domain.IntegrationKind;
import dev.golive.integration.domain.ModelField;
import dev.golive.problems.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An integration as stored; {@link #toDomain()} is what the rules see. Holds no secret, only when the credentials expire. */
@Entity
@Table(name = "integration")
public class IntegrationRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cutover_id", nullable = false)
    public UUID cutoverId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IntegrationKind kind;

    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Criticality criticality;

    @Column(name = "testable_on_staging", nullable = false)
    public boolean testableOnStaging;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> endpoints = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> models = new ArrayList<>();

    /** {@code model:field} references. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> fields = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scheduled_actions", nullable = false)
    public List<String> scheduledActions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "live_checks", nullable = false)
    public List<String> liveChecks = new ArrayList<>();

    @Column(name = "credentials_expire_on")
    public LocalDate credentialsExpireOn;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<IntegrationRow> ofCutover(UUID cutoverId) {
        return list("cutoverId = ?1 order by registeredAt, id", cutoverId);
    }

    public static Optional<IntegrationRow> of(UUID cutoverId, UUID id) {
        IntegrationRow row = findById(id);
        return row != null && row.cutoverId.equals(cutoverId) ? Optional.of(row) : Optional.empty();
    }

    public static IntegrationRow require(UUID cutoverId, UUID id) {
        return of(cutoverId, id).orElseThrow(() -> ProblemException.notFound("integration", id));
    }

    public Integration toDomain() {
        return new Integration(id, cutoverId.toString(), name, kind, owner, criticality, testableOnStaging,
                endpoints.stream().map(URI::create).toList(), models,
                fields.stream().map(f -> ModelField.parse(f).orElseThrow()).toList(), scheduledActions,
                credentialsExpireOn, liveChecks);
    }

    /** Copies the state of {@code integration} (already checked by the rules) into this row. */
    void set(Integration integration) {
        name = integration.name().strip();
        kind = integration.kind();
        owner = integration.owner() == null || integration.owner().isBlank() ? null : integration.owner().strip();
        criticality = integration.criticality();
        testableOnStaging = integration.testableOnStaging();
        endpoints = new ArrayList<>(integration.endpoints().stream().map(URI::toString).toList());
        models = new ArrayList<>(integration.models().stream().map(String::strip).toList());
        fields = new ArrayList<>(integration.fields().stream()
                .map(f -> f.model().strip() + ModelField.SEPARATOR + f.field().strip()).toList());
        scheduledActions = new ArrayList<>(integration.scheduledActions().stream().map(String::strip).toList());
        liveChecks = new ArrayList<>(integration.liveChecks().stream().map(String::strip).toList());
        credentialsExpireOn = integration.credentialsExpireOn();
    }
}
