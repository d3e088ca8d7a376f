package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rules of a {@link SummaryItem}. Violations name the field as in the JSON body: bare
 * ({@code model}) for one item, with the item's position ({@code items[3].model}) for a batch.
 *
 * <ul>
 *   <li>{@code kind}, {@code status} and a non-blank {@code description} (at most
 *       {@value #MAX_DESCRIPTION} characters) are required;</li>
 *   <li>a {@code CHANGED_FIELD} names its {@code model} and its {@code field}; any other kind may
 *       name a model (a disabled automated action or view usually runs on one), and a field only
 *       together with its model;</li>
 *   <li>a model is an Odoo technical model name (lower case, dot-separated: {@code sale.order.line}),
 *       a field a technical field name ({@code partner_id}, {@code x_studio_margin}), each at most
 *       {@value #MAX_NAME} characters;</li>
 *   <li>{@code owner} is optional, at most {@value #MAX_OWNER} characters;</li>
 *   <li>in a batch, no two items share an id.</li>
 * </ul>
 * The id is not checked otherwise: the server assigns it.
 */
public final class SummaryItemRules {

    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_NAME = 128;
    public static final int MAX_OWNER = 200;

    private static final Pattern MODEL = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]*");

    private SummaryItemRules() {
    }

    public static List<FieldViolation> check(SummaryItem item) {
        return check(item, "");
    }

    /** Every violation of every item, in item order, named {@code items[i].field}; a null list is {@code items}. */
    public static List<FieldViolation> check(List<SummaryItem> items) {
        List<FieldViolation> v = new ArrayList<>();
        if (items == null) {
            v.add(new FieldViolation("items", "is required"));
            return List.copyOf(v);
        }
        Map<UUID, Integer> firstWithId = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "items[" + i + "]";
            SummaryItem item = items.get(i);
            if (item == null) {
                v.add(new FieldViolation(prefix, "is required"));
                continue;
            }
            v.addAll(check(item, prefix + "."));
            if (item.id() != null) {
                Integer first = firstWithId.putIfAbsent(item.id(), i);
                if (first != null) {
                    v.add(new FieldViolation(prefix + ".id", "is the id of items[" + first + "] too"));
                }
            }
        }
        return List.copyOf(v);
    }

    private static List<FieldViolation> check(SummaryItem item, String prefix) {
        List<FieldViolation> v = new ArrayList<>();
        if (item == null) {
            v.add(new FieldViolation(prefix.isEmpty() ? "item" : prefix.substring(0, prefix.length() - 1), "is required"));
            return List.copyOf(v);
        }
        // In the order of the record's components.
        if (item.kind() == null) {
            v.add(new FieldViolation(prefix + "kind", "is required"));
        }
        boolean changedField = item.kind() == SummaryItemKind.CHANGED_FIELD;
        boolean hasModel = present(item.model());
        boolean hasField = present(item.field());
        if (hasModel) {
            name(v, prefix + "model", item.model(), MODEL, "a technical model name such as sale.order.line");
        } else if (changedField) {
            v.add(new FieldViolation(prefix + "model", "is required for a " + SummaryItemKind.CHANGED_FIELD));
        } else if (hasField) {
            v.add(new FieldViolation(prefix + "model", "is required with a field: a field belongs to a model"));
        }
        if (hasField) {
            name(v, prefix + "field", item.field(), FIELD, "a technical field name such as partner_id");
        } else if (changedField) {
            v.add(new FieldViolation(prefix + "field", "is required for a " + SummaryItemKind.CHANGED_FIELD));
        }
        if (!present(item.description())) {
            v.add(new FieldViolation(prefix + "description", "is required"));
        } else if (item.description().length() > MAX_DESCRIPTION) {
            v.add(new FieldViolation(prefix + "description", "must be at most " + MAX_DESCRIPTION + " characters, was "
                    + item.description().length()));
        }
        if (item.owner() != null && item.owner().length() > MAX_OWNER) {
            v.add(new FieldViolation(prefix + "owner", "must be at most " + MAX_OWNER + " characters, was " + item.owner().length()));
        }
        if (item.status() == null) {
            v.add(new FieldViolation(prefix + "status", "is required"));
        }
        return List.copyOf(v);
    }

    private static void name(List<FieldViolation> v, String field, String value, Pattern pattern, String expected) {
        if (value.length() > MAX_NAME) {
            v.add(new FieldViolation(field, "must be at most " + MAX_NAME + " characters, was " + value.length()));
        } else if (!pattern.matcher(value).matches()) {
            v.add(new FieldViolation(field, "must be " + expected + ", was \"" + value + "\""));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
