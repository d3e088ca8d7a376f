package dev.golive.contracts.incident;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Duration;
import java.time.Instant;

/** Another service found a problem that may be an incident (a failed critical weekend test, a failed live integration check). rollback-decision turns it into an incident; {@code sourceRef} makes a repeated detection update the same incident. Severity: LOW, MEDIUM, HIGH, CRITICAL. Business flow: SALES, PURCHASE, INVENTORY_AND_DELIVERY, INVOICING_AND_ACCOUNTING, MANUFACTURING, WEBSITE_AND_PORTAL, REPORTING, OTHER. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IncidentDetected(String cutoverId, String source, String sourceRef, String title,
                               @OptionalField String description, String businessFlow, String severity,
                               boolean systemUsable, boolean dataIntegrityAtRisk, boolean workaroundExists,
                               @OptionalField Duration estimatedTimeToFix, Instant detectedAt)
        implements GoliveEvent {
}
