package dev.golive.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.golive.kubernetes.Overlays.CODE;
import static org.assertj.core.api.Assertions.assertThat;

/** The alert rules, the dashboard and the tracing switch, against the metrics the code exports. */
class ObservabilityTest {

    /** Where the Kafka client's metric names are checked against a real scrape. */
    private static final String SCRAPE_TEST =
            "services/messaging/src/test/java/dev/golive/messaging/metrics/OperatorMetricsTest.java";

    @Test
    void theAlertsAnOperatorNeedsAreThere() {
        List<String> alerts = new ArrayList<>();
        Rendered production = Overlays.rendered("production");
        production.get("PrometheusRule", "golive-alerts").path("spec").path("groups").forEach(group -> group.path("rules")
                .forEach(rule -> {
                    alerts.add(rule.path("alert").asText());
                    assertThat(rule.path("labels").path("severity").asText()).as(rule.path("alert").asText()).isIn("warning", "critical");
                }));
        assertThat(alerts).contains("GoliveOutboxStuck", "GoliveEventsDeadLettered", "GoliveDeadlineLate",
                "GolivePagesUnacknowledged", "GoliveConsumerLag", "GoliveDeliveryFailures");
    }

    @Test
    void everyMetricTheRulesAndTheDashboardNameIsExportedByTheCode() {
        Set<String> meters = CODE.meterNames();
        assertThat(meters).as("the sources were read").contains("golive.outbox.backlog", "golive.deadline.lateness");
        Set<String> inRules = MetricNames.inRules(Overlays.rendered("production"));
        Set<String> inDashboard = MetricNames.inDashboard(dashboard());
        assertThat(inRules).contains("golive_outbox_oldest_age_seconds", "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(inDashboard).hasSizeGreaterThan(10);

        String scrapeTest = CODE.file(SCRAPE_TEST);
        assertThat(MetricNames.problems(inRules, meters, scrapeTest)).isEmpty();
        assertThat(MetricNames.problems(inDashboard, meters, scrapeTest)).isEmpty();
    }

    @Test
    void aMetricNameTheCodeDoesNotExportIsReported() {
        Set<String> meters = CODE.meterNames();
        String scrapeTest = CODE.file(SCRAPE_TEST);
        assertThat(MetricNames.problems(MetricNames.in("max(golive_outbox_oldest_age_secs) > 1"), meters, scrapeTest))
                .containsExactly("golive_outbox_oldest_age_secs is used, but no source registers a meter \"golive.outbox.oldest.age.secs\"");
        assertThat(MetricNames.problems(MetricNames.in("kafka_consumer_lag > 1"), meters, scrapeTest)).hasSize(1);
        assertThat(MetricNames.problems(Set.of("golive_outbox_backlog", "golive_deadline_lateness_seconds_max",
                "golive_consumer_dead_lettered_total"), meters, scrapeTest)).isEmpty();
    }

    @Test
    void theDashboardIsAConfigMapForGrafanasSidecarAndTracingIsOffUntilSwitchedOn() {
        Rendered production = Overlays.rendered("production");
        JsonNode dashboard = production.get("ConfigMap", "golive-grafana-dashboard");
        assertThat(dashboard.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
        assertThat(dashboard.path("data").path("golive-operations.json").asText()).isEqualTo(dashboard());

        JsonNode platform = production.ofKind("ConfigMap").stream()
                .filter(c -> Rendered.nameOf(c).startsWith("golive-platform")).findFirst().orElseThrow();
        assertThat(platform.path("data").path("QUARKUS_OTEL_SDK_DISABLED").asText()).isEqualTo("true");
        assertThat(platform.path("data").path("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").asText()).startsWith("http");
    }

    private static String dashboard() {
        return CODE.file("deploy/kubernetes/base/observability/grafana-dashboard.json");
    }
}
