package dev.golive.integration.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which integrations an upgrade-summary item concerns, so that the checklist item that vouched
 * for them goes back to {@code OPEN}. At most one reopening per integration, in the order the
 * integrations are given.
 *
 * <h2>{@code CHANGED_FIELD} on model M, field F → {@code CHANGED_FIELDS_AND_MODELS}</h2>
 * Reopened for every integration that lists the field {@code M:F}, or lists the model M as a
 * whole. An integration that lists only other fields of M is not concerned: it said which fields
 * it uses. (An item that names a model but no field — staging refresh does not send one — concerns
 * every integration that uses M in any way.)
 *
 * <h2>{@code DISABLED_AUTOMATED_ACTION} → {@code SCHEDULED_ACTIONS}</h2>
 * Only integrations with at least one scheduled action are concerned; one of them is when
 * <ol>
 *   <li><b>by name</b>: the description names one of its scheduled actions — the action's name
 *       appears in the description as whole words, case, punctuation and quotes ignored
 *       ({@code Sync orders} matches {@code Automated action "Sync Orders" was disabled}, but
 *       {@code Sync} does not match {@code Async orders}); or</li>
 *   <li><b>by model</b>: the item names a model the integration uses (as a whole or through one of
 *       its fields), or a model one of its scheduled actions is named after ({@code sale.order}
 *       in {@code Push sale.order to Shopify}) — an action disabled on that model may be the one
 *       that feeds it. This errs on the side of a second look: a reopened item costs a check, a
 *       silently stopped integration costs Monday morning.</li>
 * </ol>
 *
 * <h2>Any other kind</h2>
 * Reopens nothing: a disabled view or a configuration change is reviewed through the upgrade
 * summary itself.
 */
public final class UpgradeCrossCheck {

    /** How much of the summary item's description a reason quotes. */
    public static final int MAX_QUOTED = 200;

    private UpgradeCrossCheck() {
    }

    public static List<Reopening> affected(List<Integration> integrations, SummaryItemView item) {
        Objects.requireNonNull(integrations, "integrations");
        Objects.requireNonNull(item, "item");
        List<Reopening> reopenings = new ArrayList<>();
        for (Integration integration : integrations) {
            Objects.requireNonNull(integration, "integrations contains null");
            Optional<Reopening> r;
            if (item.is(SummaryItemView.CHANGED_FIELD)) {
                r = changedField(integration, item);
            } else if (item.is(SummaryItemView.DISABLED_AUTOMATED_ACTION)) {
                r = disabledAction(integration, item);
            } else {
                r = Optional.empty();
            }
            r.ifPresent(reopenings::add);
        }
        return List.copyOf(reopenings);
    }

    private static Optional<Reopening> changedField(Integration integration, SummaryItemView item) {
        if (!item.hasModel()) {
            return Optional.empty();
        }
        String model = Names.technical(item.model());
        String why;
        if (!item.hasField()) {
            if (!integration.touchesModel(model)) {
                return Optional.empty();
            }
            why = "the upgrade changed model " + model + ", which this integration uses";
        } else {
            String field = Names.technical(item.field());
            String ref = model + ModelField.SEPARATOR + field;
            if (integration.usesField(model, field)) {
                why = "the upgrade changed field " + ref + ", which this integration reads or writes";
            } else if (integration.usesWholeModel(model)) {
                why = "the upgrade changed field " + ref + " of model " + model + ", which this integration uses as a whole";
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Reopening(integration.id(), ChecklistItemKind.CHANGED_FIELDS_AND_MODELS, why + quoted(item)));
    }

    private static Optional<Reopening> disabledAction(Integration integration, SummaryItemView item) {
        List<String> actions = integration.scheduledActions().stream()
                .filter(a -> a != null && !Names.words(a).isEmpty()).toList();
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = actions.stream().filter(a -> Names.namedIn(a, item.description())).toList();
        if (!named.isEmpty()) {
            return Optional.of(new Reopening(integration.id(), ChecklistItemKind.SCHEDULED_ACTIONS,
                    "the upgrade disabled an automated action that names its scheduled action"
                            + (named.size() == 1 ? " " : "s ") + list(named) + quoted(item)));
        }
        if (!item.hasModel()) {
            return Optional.empty();
        }
        String model = Names.technical(item.model());
        boolean usesModel = integration.touchesModel(model);
        List<String> namedAfterModel = actions.stream().filter(a -> Names.namedIn(model, a)).toList();
        if (!usesModel && namedAfterModel.isEmpty()) {
            return Optional.empty();
        }
        String how = usesModel ? "a model this integration uses" : "the model its scheduled action"
                + (namedAfterModel.size() == 1 ? " " : "s ") + list(namedAfterModel) + (namedAfterModel.size() == 1 ? " is" : " are")
                + " named after";
        return Optional.of(new Reopening(integration.id(), ChecklistItemKind.SCHEDULED_ACTIONS,
                "the upgrade disabled an automated action on " + model + ", " + how + "; check that its scheduled actions "
                        + list(actions) + " do not depend on it" + quoted(item)));
    }

    private static String list(List<String> names) {
        return String.join(", ", names.stream().map(n -> Names.quote(n.strip())).toList());
    }

    private static String quoted(SummaryItemView item) {
        if (item.description() == null || item.description().isBlank()) {
            return "";
        }
        return " (upgrade summary: " + Names.quote(Names.abbreviate(item.description().strip(), MAX_QUOTED)) + ")";
    }
}
