package dev.golive.testkit;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps a service README's "Text limits" table true: the table says, for each write endpoint, the
 * maximum length of each of its text fields and whether it may hold line breaks; this check sends
 * the service what the table allows and one character more, and fails on every row the service does
 * not bear out, on every text field of a request record the table forgets, and on every row naming a
 * field or endpoint that does not exist.
 *
 * <p>Why behaviour rather than reading the code: the limits are enforced in several places (the JSON
 * floor of {@code TextRules}, each service's domain rules, a few resources), as code, not as
 * annotations; asking the running service is the one way to see them all.
 *
 * <p>The table, under a heading {@code ## Text limits}:
 * <pre>
 * | endpoint | field | max length | line breaks |
 * |---|---|---|---|
 * | `POST /incidents` | `title` | 200 | no |
 * | `POST /incidents` | `severity` | code | no |
 * </pre>
 * A field inside a list of objects is written {@code items[].description}. {@code code} marks a
 * field that takes one of a set of values (or a format such as a zone id): it has no length of its
 * own, and only the floor every text stands on ({@value #FLOOR} characters) is checked.
 */
public final class TextLimits {

    /** The longest text any field may have, whatever the service (problems' {@code TextRules.MAX_LENGTH}). */
    public static final int FLOOR = 10_000;

    private static final String HEADING = "## Text limits";

    /** One row of the table; {@code max} null for a code. */
    public record Row(String endpoint, String field, Integer max, boolean lineBreaks) {
    }

    /** What the service answered: its status, and the fields a 422 named. */
    public record Answer(int status, List<String> refusedFields) {

        boolean refuses(String field) {
            return status == 422 && refusedFields.contains(field);
        }
    }

    /**
     * A write endpoint as the test reaches it: its request record, a valid body (fresh for each call,
     * a list of objects holding one), and how to send a body and read the answer.
     */
    public record Endpoint(Class<? extends Record> request, Supplier<Map<String, Object>> validBody,
                           Function<Map<String, Object>, Answer> send) {
    }

    private TextLimits() {
    }

    /**
     * Checks the table of {@code readme} against the service, endpoint by endpoint (keys as written in
     * the table's first column); throws an AssertionError naming every disagreement.
     */
    public static void check(Path readme, Map<String, Endpoint> endpoints) {
        List<Row> rows = table(readme);
        List<String> wrong = new ArrayList<>();
        Map<String, List<Row>> byEndpoint = new LinkedHashMap<>();
        rows.forEach(row -> byEndpoint.computeIfAbsent(row.endpoint(), e -> new ArrayList<>()).add(row));
        for (String endpoint : byEndpoint.keySet()) {
            if (!endpoints.containsKey(endpoint)) {
                wrong.add(endpoint + ": in the table, but the test does not know it");
            }
        }
        endpoints.forEach((name, endpoint) -> {
            List<Row> documented = byEndpoint.getOrDefault(name, List.of());
            Set<String> fields = textFields(endpoint.request());
            Set<String> inTable = new TreeSet<>();
            documented.forEach(row -> inTable.add(row.field()));
            for (String field : fields) {
                if (!inTable.contains(field)) {
                    wrong.add(name + " " + field + ": a text field of " + endpoint.request().getSimpleName()
                            + " missing from the table");
                }
            }
            for (Row row : documented) {
                if (!fields.contains(row.field())) {
                    wrong.add(name + " " + row.field() + ": in the table, but " + endpoint.request().getSimpleName()
                            + " has no such text field");
                    continue;
                }
                wrong.addAll(disagreements(row, endpoint));
            }
        });
        if (!wrong.isEmpty()) {
            throw new AssertionError(readme + " says what the service does not do:\n  " + String.join("\n  ", wrong));
        }
    }

    private static List<String> disagreements(Row row, Endpoint endpoint) {
        List<String> wrong = new ArrayList<>();
        String at = row.endpoint() + " " + row.field() + ": ";
        if (row.max() == null) {
            Answer over = send(endpoint, row.field(), "x".repeat(FLOOR + 1));
            if (!over.refuses(row.field())) {
                wrong.add(at + FLOOR + 1 + " characters were not refused naming the field (" + over + ")");
            }
            return wrong;
        }
        Answer longest = send(endpoint, row.field(), "x".repeat(row.max()));
        if (longest.refuses(row.field())) {
            wrong.add(at + row.max() + " characters, the maximum documented, were refused");
        }
        Answer over = send(endpoint, row.field(), "x".repeat(row.max() + 1));
        if (!over.refuses(row.field())) {
            wrong.add(at + (row.max() + 1) + " characters, one over the maximum documented, were not refused naming"
                    + " the field (" + over + ")");
        }
        Answer lines = send(endpoint, row.field(), "first line\nsecond line");
        if (row.lineBreaks() == lines.refuses(row.field())) {
            wrong.add(at + "line breaks are documented as " + (row.lineBreaks() ? "allowed" : "refused")
                    + " but the service " + (lines.refuses(row.field()) ? "refuses" : "accepts") + " them");
        }
        return wrong;
    }

    private static Answer send(Endpoint endpoint, String field, String text) {
        Map<String, Object> body = endpoint.validBody().get();
        put(body, field, text);
        return endpoint.send().apply(body);
    }

    /** Sets {@code a.b} or {@code items[].b} (in the list's first element) to the text. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, String text) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            Object next;
            if (part.endsWith("[]")) {
                List<Object> list = (List<Object>) at.get(part.substring(0, part.length() - 2));
                if (list == null || list.isEmpty()) {
                    throw new IllegalArgumentException("the valid body needs one element in " + part);
                }
                next = list.get(0);
            } else {
                next = at.get(part);
            }
            if (!(next instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("the valid body has no object at " + part + " of " + path);
            }
            at = (Map<String, Object>) next;
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("[]")) {
            at.put(last.substring(0, last.length() - 2), new ArrayList<>(List.of(text)));
        } else {
            at.put(last, text);
        }
    }

    /**
     * The text fields of a request record, as the table names them: its String components, those of
     * the records it holds, and {@code name[]} for a list of texts ({@code name[].field} inside a list
     * of records).
     */
    public static Set<String> textFields(Class<?> request) {
        Set<String> fields = new LinkedHashSet<>();
        collect(request, "", fields);
        return fields;
    }

    private static void collect(Class<?> type, String prefix, Set<String> fields) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> kind = component.getType();
            if (kind == String.class) {
                fields.add(name);
            } else if (kind.isRecord()) {
                collect(kind, name + ".", fields);
            } else if (List.class.isAssignableFrom(kind) && component.getGenericType() instanceof ParameterizedType list) {
                Type element = list.getActualTypeArguments()[0];
                if (element == String.class) {
                    fields.add(name + "[]");
                } else if (element instanceof Class<?> c && c.isRecord()) {
                    collect(c, name + "[].", fields);
                }
            }
        }
    }

    /** The rows of the table under {@code ## Text limits}. */
    public static List<Row> table(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + readme, e);
        }
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            throw new AssertionError(readme + " has no section '" + HEADING + "'");
        }
        List<Row> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            if (cells.length != 4 || cells[0].strip().equals("endpoint") || cells[0].strip().startsWith("---")) {
                continue;
            }
            String max = cells[2].strip();
            rows.add(new Row(unquote(cells[0]), unquote(cells[1]), max.equals("code") ? null
                    : Integer.valueOf(max.replace(",", "").replace(" ", "")), cells[3].strip().equals("yes")));
        }
        if (rows.isEmpty()) {
            throw new AssertionError(readme + ": no rows under '" + HEADING + "'");
        }
        return rows;
    }

    private static String unquote(String cell) {
        return cell.strip().replace("`", "");
    }
}
