package dev.golive.integration.domain;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A connection of the upgraded ERP to the outside world, to be reviewed before go-live.
 *
 * <ul>
 *   <li>{@code endpoints}: the URLs it calls (or is called on), absolute http/https;</li>
 *   <li>{@code models}: the models it uses as a whole ({@code sale.order}); {@code fields}: the
 *       single fields it reads or writes ({@code sale.order:partner_id}) — a changed field of a
 *       model listed as a whole concerns it, one of a model it only uses field by field does so
 *       only when that very field is listed;</li>
 *   <li>{@code scheduledActions}: the names of the scheduled or automated actions that drive it;</li>
 *   <li>{@code credentialsExpireOn}: the last day its credentials work, when known; never the
 *       secret itself;</li>
 *   <li>{@code liveChecks}: what to check once production is back, for what staging cannot show.</li>
 * </ul>
 * A {@code null} list is an empty one; lists are copied unmodifiable but keep what they are given,
 * {@code null} elements included, so that {@link IntegrationRules} can name them.
 */
public record Integration(UUID id, String cutoverId, String name, IntegrationKind kind, String owner,
                          Criticality criticality, boolean testableOnStaging, List<URI> endpoints, List<String> models,
                          List<ModelField> fields, List<String> scheduledActions, LocalDate credentialsExpireOn,
                          List<String> liveChecks) {

    public Integration {
        endpoints = copy(endpoints);
        models = copy(models);
        fields = copy(fields);
        scheduledActions = copy(scheduledActions);
        liveChecks = copy(liveChecks);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** Whether the integration uses {@code model} as a whole (it is in {@link #models}). */
    public boolean usesWholeModel(String model) {
        String m = Names.technical(model);
        return m != null && models.stream().anyMatch(x -> m.equals(Names.technical(x)));
    }

    /** Whether {@code model:field} is one of the {@link #fields} it reads or writes. */
    public boolean usesField(String model, String field) {
        return fields.stream().anyMatch(f -> f != null && f.is(model, field));
    }

    /** Whether it uses {@code model} in any way: as a whole, or through one of its fields. */
    public boolean touchesModel(String model) {
        String m = Names.technical(model);
        return usesWholeModel(model)
                || (m != null && fields.stream().anyMatch(f -> f != null && m.equals(Names.technical(f.model()))));
    }

    /**
     * Whether there is something to verify once production is back: at least one endpoint or one
     * live check. What an integration that cannot be tested on staging needs to be ready.
     */
    public boolean hasLiveVerificationPlan() {
        return endpoints.stream().anyMatch(Objects::nonNull)
                || liveChecks.stream().anyMatch(c -> c != null && !c.isBlank());
    }

    /** The {@link #fields} as {@code model:field} references, as the events carry them. */
    public List<String> fieldReferences() {
        return fields.stream().map(String::valueOf).toList();
    }
}
