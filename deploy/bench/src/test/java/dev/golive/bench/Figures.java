package dev.golive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's figures: each one a value per round, shown as median (min–max), and where it has
 * a baseline (a raw Kafka figure measured in the same run on the same broker) as a ratio of the
 * medians. Rows keep the order in which they were first recorded.
 */
final class Figures {

    /** One row of the table: what was measured, its unit, its rounds' values and its baseline's key. */
    private static final class Row {
        final String scenario;
        final String metric;
        final String unit;
        final List<Double> values = new ArrayList<>();
        String baseline;

        Row(String scenario, String metric, String unit) {
            this.scenario = scenario;
            this.metric = metric;
            this.unit = unit;
        }

        String key() {
            return key(scenario, metric);
        }

        static String key(String scenario, String metric) {
            return scenario + " | " + metric;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** Adds one round's value of a figure. */
    synchronized void add(String scenario, String metric, String unit, double value) {
        rows.computeIfAbsent(Row.key(scenario, metric), k -> new Row(scenario, metric, unit)).values.add(value);
    }

    /**
     * Says that a figure is to be read against another (its baseline): the ratio column then shows
     * median / baseline median, so 0.05 means 5% of the raw figure.
     */
    synchronized void baseline(String scenario, String metric, String baselineScenario, String baselineMetric) {
        Row row = rows.get(Row.key(scenario, metric));
        if (row != null) {
            row.baseline = Row.key(baselineScenario, baselineMetric);
        }
    }

    /** A line printed under the table (machine load, what a figure includes). */
    synchronized void note(String note) {
        notes.add(note);
    }

    synchronized double median(String scenario, String metric) {
        Row row = rows.get(Row.key(scenario, metric));
        return row == null ? Double.NaN : median(row.values);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The value at {@code fraction} (0.5, 0.99) of sorted {@code values}, nearest rank. */
    static double percentile(List<Double> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The table as Markdown. */
    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | figure | unit | median | min | max | rounds | ratio to baseline |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---|\n");
        for (Row row : rows.values()) {
            List<Double> v = row.values;
            String ratio = "";
            if (row.baseline != null && rows.containsKey(row.baseline)) {
                double base = median(rows.get(row.baseline).values);
                ratio = format(median(v) / base) + " × " + row.baseline;
            }
            out.append("| ").append(row.scenario).append(" | ").append(row.metric).append(" | ").append(row.unit)
                    .append(" | ").append(format(median(v)))
                    .append(" | ").append(format(Collections.min(v)))
                    .append(" | ").append(format(Collections.max(v)))
                    .append(" | ").append(v.size())
                    .append(" | ").append(ratio).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 0.1 || abs == 0) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
