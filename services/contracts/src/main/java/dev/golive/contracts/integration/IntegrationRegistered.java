package dev.golive.contracts.integration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;
import dev.golive.contracts.OptionalField;

import java.time.Instant;
import java.util.List;

/** An integration of the upgraded system was registered for the cutover (kind PAYMENT_PROVIDER, SHIPPING_CARRIER, MARKETPLACE, WEBSITE, BANK_FEED, EMAIL, CUSTOM_API, OTHER; criticality CRITICAL, HIGH, NORMAL). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntegrationRegistered(String cutoverId, String integrationId, String name, String kind,
                                    @OptionalField String owner, String criticality, boolean testableOnStaging,
                                    List<String> models, List<String> fields, List<String> scheduledActions,
                                    Instant registeredAt) implements GoliveEvent {
}
