package dev.golive.integration.domain;

/**
 * What the cross-check needs of an upgrade-summary item reported by staging refresh
 * ({@code golive.staging.SummaryItemRaised}): its kind as sent ({@value #CHANGED_FIELD},
 * {@value #DISABLED_AUTOMATED_ACTION}, {@code DISABLED_VIEW}, {@code CONFIGURATION_CHANGE},
 * {@code OTHER}, or a kind added later), the technical model and field it is about (either may be
 * {@code null}) and its description.
 */
public record SummaryItemView(String kind, String model, String field, String description) {

    public static final String CHANGED_FIELD = "CHANGED_FIELD";
    public static final String DISABLED_AUTOMATED_ACTION = "DISABLED_AUTOMATED_ACTION";

    boolean is(String k) {
        return kind != null && k.equalsIgnoreCase(kind.strip());
    }

    boolean hasModel() {
        return model != null && !model.isBlank();
    }

    boolean hasField() {
        return field != null && !field.isBlank();
    }
}
