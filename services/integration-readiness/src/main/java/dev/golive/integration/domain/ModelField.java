package dev.golive.integration.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of a model the integration reads or writes, written {@code model:field}
 * ({@code sale.order:partner_id}). The record holds what it is given: {@link IntegrationRules}
 * says whether the names are valid.
 */
public record ModelField(String model, String field) {

    /** Separates the model from the field in a reference. */
    public static final char SEPARATOR = ':';

    /**
     * The reference {@code model:field}, split at its only colon; empty when it has not exactly one
     * colon or either side is blank. The names themselves are checked by {@link IntegrationRules}.
     */
    public static Optional<ModelField> parse(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        int at = reference.indexOf(SEPARATOR);
        if (at < 0 || at != reference.lastIndexOf(SEPARATOR)) {
            return Optional.empty();
        }
        String model = reference.substring(0, at).strip();
        String field = reference.substring(at + 1).strip();
        return model.isEmpty() || field.isEmpty() ? Optional.empty() : Optional.of(new ModelField(model, field));
    }

    /** Whether this is {@code model}'s {@code field}, names compared case-insensitively. */
    public boolean is(String model, String field) {
        return Objects.equals(Names.technical(this.model), Names.technical(model))
                && Objects.equals(Names.technical(this.field), Names.technical(field));
    }

    /** {@code model:field}. */
    @Override
    public String toString() {
        return model + SEPARATOR + field;
    }
}
