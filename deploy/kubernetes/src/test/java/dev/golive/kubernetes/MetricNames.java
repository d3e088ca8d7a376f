package dev.golive.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Prometheus metric names the alert rules and the dashboard use, and whether the code exports each:
 * a rule on a name nobody exports never fires, and nothing would say so.
 */
final class MetricNames {

    /**
     * Named in the rules and the dashboard ahead of the code that exports them (notification-hub's): the
     * check reports them once the code has them, so this list empties itself.
     */
    static final Set<String> AWAITING_CODE = Set.of();

    private static final Pattern METRIC = Pattern.compile("\\b((?:golive|kafka)_[a-z0-9_]+)\\b");
    /** What Micrometer's Prometheus registry appends to a meter's name: the base unit, then the series. */
    private static final Pattern SUFFIX = Pattern.compile("(_seconds)?(_total|_max|_count|_sum|_bucket)?$");

    private MetricNames() {
    }

    /** Every metric named in the expressions of the rendered PrometheusRules. */
    static Set<String> inRules(Rendered rendered) {
        Set<String> names = new TreeSet<>();
        for (JsonNode rule : rendered.ofKind("PrometheusRule")) {
            rule.path("spec").path("groups").forEach(group -> group.path("rules")
                    .forEach(r -> names.addAll(in(r.path("expr").asText()))));
        }
        return names;
    }

    /** Every metric named in the targets of the dashboard JSON. */
    static Set<String> inDashboard(String json) {
        try {
            Set<String> names = new TreeSet<>();
            new ObjectMapper().readTree(json).path("panels").forEach(panel -> panel.path("targets")
                    .forEach(target -> names.addAll(in(target.path("expr").asText()))));
            return names;
        } catch (IOException e) {
            throw new AssertionError("the dashboard is not JSON: " + e.getMessage(), e);
        }
    }

    static Set<String> in(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher metric = METRIC.matcher(expression);
        while (metric.find()) {
            names.add(metric.group(1));
        }
        return names;
    }

    /** {@code golive_deadline_lateness_seconds_max} → {@code golive.deadline.lateness}. */
    static String meterOf(String prometheusName) {
        return SUFFIX.matcher(prometheusName).replaceFirst("").replace('_', '.');
    }

    /**
     * What is wrong with the names: a golive metric the code does not register, one still awaiting its code
     * that the code now has, a Kafka client metric that the messaging test does not see in a real scrape.
     */
    static List<String> problems(Set<String> names, Set<String> meters, String scrapeCheckedNames) {
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("kafka_")) {
                if (!scrapeCheckedNames.contains("\"" + name + "\"")) {
                    problems.add(name + " is not among the Kafka client metrics OperatorMetricsTest finds in a scrape");
                }
                continue;
            }
            String meter = meterOf(name);
            boolean inCode = meters.contains(meter);
            if (AWAITING_CODE.contains(meter)) {
                if (inCode) {
                    problems.add(meter + " is in the code now: take it off MetricNames.AWAITING_CODE");
                }
            } else if (!inCode) {
                problems.add(name + " is used, but no source registers a meter \"" + meter + "\"");
            }
        }
        return problems;
    }
}
