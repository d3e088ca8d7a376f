package dev.golive.integration.domain;

import java.util.Objects;
import java.util.UUID;

/** The verdict of one integration, with what the cutover's verdict needs to know of it. */
public record IntegrationVerdict(UUID integrationId, String name, Criticality criticality, Verdict verdict) {

    public IntegrationVerdict {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(verdict, "verdict");
    }

    public static IntegrationVerdict of(Integration integration, Verdict verdict) {
        return new IntegrationVerdict(integration.id(), integration.name(), integration.criticality(), verdict);
    }
}
