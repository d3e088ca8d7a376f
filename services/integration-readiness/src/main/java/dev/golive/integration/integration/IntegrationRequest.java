package dev.golive.integration.integration;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code POST /integrations} and {@code PUT /integrations/{id}}. {@code kind} and
 * {@code criticality} are read as text and endpoints and field references as strings, so that a
 * wrong value is a 422 naming the field. The secret-like properties are declared only to refuse them
 * by name (422): the registry keeps when credentials expire, never the credentials.
 */
public record IntegrationRequest(String name, String kind, String owner, String criticality, Boolean testableOnStaging,
                                 List<String> endpoints, List<String> models, List<String> fields,
                                 List<String> scheduledActions, LocalDate credentialsExpireOn, List<String> liveChecks,
                                 Object credentials, Object secret, Object password, Object apiKey, Object token,
                                 Object clientSecret) {
}
