package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules of an {@link Integration}; violations name the field as in the JSON body, in the order
 * of the record's components ({@code endpoints[2]}, {@code fields[0].model}).
 * <ul>
 *   <li>a non-blank {@code name} of at most {@value #MAX_NAME} characters;</li>
 *   <li>{@code kind} and {@code criticality} required; {@code owner} optional, at most
 *       {@value #MAX_OWNER} characters;</li>
 *   <li>each endpoint an absolute http or https URI naming a host, without user info (no secret
 *       in the registry), at most 2000 characters;</li>
 *   <li>each model a technical model name ({@code sale.order.line}), each field a model and a
 *       technical field name ({@code sale.order:partner_id}), names at most 128 characters;</li>
 *   <li>each scheduled action a non-blank name of at most {@value #MAX_ACTION} characters, each
 *       live check a non-blank description of at most {@value #MAX_LIVE_CHECK};</li>
 *   <li>no list longer than {@value #MAX_ENTRIES} entries, and no entry twice in a list (names
 *       compared case-insensitively);</li>
 *   <li>{@code credentialsExpireOn} optional, and not judged here: credentials that expire too
 *       soon are a readiness matter ({@link IntegrationReadiness}), not bad input.</li>
 * </ul>
 * The id and cutover id are not checked: the server assigns them. Whether an integration that
 * cannot be tested on staging has a live-verification plan is a readiness matter too.
 */
public final class IntegrationRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_OWNER = 200;
    public static final int MAX_ACTION = 200;
    public static final int MAX_LIVE_CHECK = 1_000;
    public static final int MAX_ENTRIES = 200;

    private IntegrationRules() {
    }

    public static List<FieldViolation> check(Integration integration) {
        List<FieldViolation> v = new ArrayList<>();
        if (integration == null) {
            v.add(new FieldViolation("integration", "is required"));
            return List.copyOf(v);
        }
        text(v, "name", integration.name(), MAX_NAME);
        if (integration.kind() == null) {
            v.add(new FieldViolation("kind", "is required"));
        }
        if (integration.owner() != null && integration.owner().strip().length() > MAX_OWNER) {
            v.add(new FieldViolation("owner", "must be at most " + MAX_OWNER + " characters, was " + integration.owner().strip().length()));
        }
        if (integration.criticality() == null) {
            v.add(new FieldViolation("criticality", "is required"));
        }
        each(v, "endpoints", integration.endpoints(), URI::toString, (field, uri) ->
                Endpoints.problem(uri).map(m -> new FieldViolation(field, m)).stream().toList());
        each(v, "models", integration.models(), Names::technical, (field, model) -> model(field, model));
        each(v, "fields", integration.fields(), f -> Names.technical(String.valueOf(f)), (field, f) -> {
            List<FieldViolation> w = new ArrayList<>(model(field + ".model", f.model()));
            w.addAll(technical(field + ".field", f.field(), Names.FIELD, "a technical field name such as partner_id"));
            return w;
        });
        each(v, "scheduledActions", integration.scheduledActions(), Names::words,
                (field, name) -> textOf(field, name, MAX_ACTION));
        // credentialsExpireOn: nothing to check; an expiry in the past is a reason not to be ready, not invalid input.
        each(v, "liveChecks", integration.liveChecks(), Names::words,
                (field, check) -> textOf(field, check, MAX_LIVE_CHECK));
        return List.copyOf(v);
    }

    /**
     * The violations of field references as sent ({@code "sale.order:partner_id"}), named
     * {@code fields[i]}; parse them with {@link ModelField#parse} once this is empty.
     */
    public static List<FieldViolation> checkFieldReferences(List<String> references) {
        List<FieldViolation> v = new ArrayList<>();
        if (references == null) {
            return List.of();
        }
        for (int i = 0; i < references.size(); i++) {
            String ref = references.get(i);
            String field = "fields[" + i + "]";
            Optional<ModelField> parsed = ModelField.parse(ref);
            if (ref == null) {
                v.add(new FieldViolation(field, "is required"));
            } else if (parsed.isEmpty()) {
                v.add(new FieldViolation(field, "must be a field reference model:field such as sale.order:partner_id, was \""
                        + ref + "\""));
            } else {
                v.addAll(model(field, parsed.get().model()).stream()
                        .map(x -> new FieldViolation(field, x.message())).toList());
                v.addAll(technical(field, parsed.get().field(), Names.FIELD, "a technical field name such as partner_id"));
            }
        }
        return List.copyOf(v);
    }

    private interface Rule<T> {
        List<FieldViolation> apply(String field, T value);
    }

    private static <T> void each(List<FieldViolation> v, String name, List<T> list, Function<T, String> key, Rule<T> rule) {
        if (list.size() > MAX_ENTRIES) {
            v.add(new FieldViolation(name, "must have at most " + MAX_ENTRIES + " entries, had " + list.size()));
            return;
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String field = name + "[" + i + "]";
            T value = list.get(i);
            if (value == null) {
                v.add(new FieldViolation(field, "is required"));
                continue;
            }
            List<FieldViolation> broken = rule.apply(field, value);
            v.addAll(broken);
            if (broken.isEmpty()) {
                Integer earlier = first.putIfAbsent(key.apply(value), i);
                if (earlier != null) {
                    v.add(new FieldViolation(field, "repeats " + name + "[" + earlier + "]"));
                }
            }
        }
    }

    private static List<FieldViolation> model(String field, String model) {
        return technical(field, model, Names.MODEL, "a technical model name such as sale.order.line");
    }

    private static List<FieldViolation> technical(String field, String value, Pattern pattern, String expected) {
        if (value == null || value.isBlank()) {
            return List.of(new FieldViolation(field, "is required"));
        }
        if (value.length() > Names.MAX_TECHNICAL_NAME) {
            return List.of(new FieldViolation(field, "must be at most " + Names.MAX_TECHNICAL_NAME + " characters, was " + value.length()));
        }
        if (!pattern.matcher(value).matches()) {
            return List.of(new FieldViolation(field, "must be " + expected + ", was \"" + value + "\""));
        }
        return List.of();
    }

    private static void text(List<FieldViolation> v, String field, String value, int max) {
        v.addAll(textOf(field, value, max));
    }

    private static List<FieldViolation> textOf(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return List.of(new FieldViolation(field, "is required"));
        }
        if (value.strip().length() > max) {
            return List.of(new FieldViolation(field, "must be at most " + max + " characters, was " + value.strip().length()));
        }
        return List.of();
    }
}
