package dev.golive.integration.domain;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test helper: the go-live of the fixtures — Friday 2026-06-05 in Brussels — and integrations built
 * from a harmless default (a HIGH custom API, testable on staging, one endpoint, nothing else).
 */
final class Integrations {

    static final String CUTOVER = "cutover-acme-19";
    static final LocalDate GO_LIVE = LocalDate.of(2026, 6, 5);
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** The Tuesday before: when the checks of the fixtures are recorded. */
    static final Instant TUESDAY = Instant.parse("2026-06-02T08:00:00Z");

    private Integrations() {
    }

    static UUID id(int n) {
        return new UUID(0x1a7e_0000L, n);
    }

    static Builder integration(int n) {
        return new Builder(n);
    }

    /** A checklist with every item passed on Tuesday. */
    static Checklist allPassed() {
        Checklist c = Checklist.fresh();
        for (ChecklistItemKind k : ChecklistItemKind.values()) {
            c = c.record(k, ChecklistStatus.PASSED, "checked " + k, "dana", TUESDAY);
        }
        return c;
    }

    static final class Builder {
        private final int n;
        private String name;
        private IntegrationKind kind = IntegrationKind.CUSTOM_API;
        private String owner = "dana";
        private Criticality criticality = Criticality.HIGH;
        private boolean testableOnStaging = true;
        private List<URI> endpoints = new ArrayList<>(List.of(URI.create("https://api.example.com/v1/health")));
        private List<String> models = new ArrayList<>();
        private List<ModelField> fields = new ArrayList<>();
        private List<String> scheduledActions = new ArrayList<>();
        private LocalDate credentialsExpireOn;
        private List<String> liveChecks = new ArrayList<>();

        private Builder(int n) {
            this.n = n;
            this.name = "integration " + n;
        }

        Builder name(String x) { name = x; return this; }
        Builder kind(IntegrationKind x) { kind = x; return this; }
        Builder owner(String x) { owner = x; return this; }
        Builder criticality(Criticality x) { criticality = x; return this; }
        Builder notTestableOnStaging() { testableOnStaging = false; return this; }
        Builder endpoints(URI... x) { endpoints = new ArrayList<>(List.of(x)); return this; }
        Builder endpoints(List<URI> x) { endpoints = x; return this; }
        Builder noEndpoints() { endpoints = new ArrayList<>(); return this; }
        Builder models(String... x) { models = new ArrayList<>(List.of(x)); return this; }
        Builder models(List<String> x) { models = x; return this; }
        Builder fields(String... refs) {
            fields = new ArrayList<>();
            for (String r : refs) {
                fields.add(ModelField.parse(r).orElseThrow());
            }
            return this;
        }
        Builder fields(List<ModelField> x) { fields = x; return this; }
        Builder scheduledActions(String... x) { scheduledActions = new ArrayList<>(List.of(x)); return this; }
        Builder scheduledActions(List<String> x) { scheduledActions = x; return this; }
        Builder credentialsExpireOn(LocalDate x) { credentialsExpireOn = x; return this; }
        Builder liveChecks(String... x) { liveChecks = new ArrayList<>(List.of(x)); return this; }
        Builder liveChecks(List<String> x) { liveChecks = x; return this; }

        Integration build() {
            return new Integration(id(n), CUTOVER, name, kind, owner, criticality, testableOnStaging, endpoints, models,
                    fields, scheduledActions, credentialsExpireOn, liveChecks);
        }
    }
}
