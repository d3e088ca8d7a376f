package dev.golive.console.view;

import io.quarkus.qute.TemplateExtension;

import java.util.List;

/**
 * The choices the forms offer, as the services name them ({@code {#for f in choices:businessFlows}});
 * the services still judge every value.
 */
@TemplateExtension(namespace = "choices")
public final class Vocabulary {

    private static final List<String> BUSINESS_FLOWS = List.of("SALES", "PURCHASE", "INVENTORY_AND_DELIVERY",
            "INVOICING_AND_ACCOUNTING", "MANUFACTURING", "WEBSITE_AND_PORTAL", "REPORTING", "OTHER");
    private static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final List<String> OUTCOMES = List.of("PASSED", "FAILED", "BLOCKED");
    private static final List<String> CHANGE_KINDS = List.of("MOVED_MENU", "RENAMED_BUTTON", "DIFFERENT_SCREEN", "OTHER");

    private Vocabulary() {
    }

    /** rollback-decision's business flows. */
    public static List<String> businessFlows() {
        return BUSINESS_FLOWS;
    }

    /** rollback-decision's severities, mildest first. */
    public static List<String> severities() {
        return SEVERITIES;
    }

    /** weekend-testing's kinds of change a power user notes on a result (for the training list). */
    public static List<String> changeKinds() {
        return CHANGE_KINDS;
    }

    /** weekend-testing's outcomes of a test. */
    public static List<String> outcomes() {
        return OUTCOMES;
    }
}
