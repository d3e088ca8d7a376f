package dev.golive.integration.integration;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An integration as the API shows it. */
public record IntegrationView(UUID id, UUID cutoverId, String name, String kind, String owner, String criticality,
                              boolean testableOnStaging, List<URI> endpoints, List<String> models, List<String> fields,
                              List<String> scheduledActions, LocalDate credentialsExpireOn, List<String> liveChecks,
                              String registeredBy, Instant registeredAt, String updatedBy, Instant updatedAt,
                              long version) {

    public static IntegrationView of(IntegrationRow row) {
        return new IntegrationView(row.id, row.cutoverId, row.name, row.kind.name(), row.owner, row.criticality.name(),
                row.testableOnStaging, row.endpoints.stream().map(URI::create).toList(), List.copyOf(row.models),
                List.copyOf(row.fields), List.copyOf(row.scheduledActions), row.credentialsExpireOn,
                List.copyOf(row.liveChecks), row.registeredBy, row.registeredAt, row.updatedBy, row.updatedAt,
                row.version);
    }
}
