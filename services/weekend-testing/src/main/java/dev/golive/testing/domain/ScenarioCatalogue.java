package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static dev.golive.testing.domain.BusinessArea.INVENTORY;
import static dev.golive.testing.domain.BusinessArea.INVOICING;
import static dev.golive.testing.domain.BusinessArea.MANUFACTURING;
import static dev.golive.testing.domain.BusinessArea.OTHER;
import static dev.golive.testing.domain.BusinessArea.PURCHASE;
import static dev.golive.testing.domain.BusinessArea.REPORTING;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.BusinessArea.WEBSITE;
import static dev.golive.testing.domain.Criticality.CRITICAL;
import static dev.golive.testing.domain.Criticality.NORMAL;

/**
 * The scenarios of one cutover, in the order people listed them. A cutover starts from
 * {@link #defaults()}, the power-user checklist, and its users edit it: change a scenario, add
 * their own, remove what they do not use. Editing returns a new catalogue; {@link #violations()}
 * says whether it is a valid set (a removal may leave a {@code dependsOn} pointing nowhere).
 */
public record ScenarioCatalogue(List<Scenario> scenarios) {

    public static final String QUOTATION = "sales-quotation";
    public static final String DELIVERY_RECEIPT = "inventory-delivery-receipt";
    public static final String INVOICE = "invoicing-invoice";
    public static final String PURCHASE_FLOW = "purchase-flow";
    public static final String MANUFACTURING_FLOW = "manufacturing-field-service";
    public static final String DOCUMENTS = "reporting-documents";
    public static final String REPORTS = "reporting-reports-dashboards";
    public static final String PORTAL_WEBSITE = "website-portal";
    public static final String DAILY_TASKS = "other-critical-daily-tasks";

    public ScenarioCatalogue {
        scenarios = List.copyOf(scenarios);
    }

    /**
     * The nine flows power users test on the weekend. The quotation, delivery and receipt,
     * invoice, purchase flow and critical daily tasks are critical; the delivery comes after the
     * quotation (it ships what the quotation sold).
     */
    public static ScenarioCatalogue defaults() {
        return new ScenarioCatalogue(List.of(
                new Scenario(QUOTATION, "Create and confirm a quotation", SALES, CRITICAL, 30, null),
                new Scenario(DELIVERY_RECEIPT, "Process a delivery and a receipt", INVENTORY, CRITICAL, 45, QUOTATION),
                new Scenario(INVOICE, "Create and validate an invoice", INVOICING, CRITICAL, 30, null),
                new Scenario(PURCHASE_FLOW, "Run the purchase flow", PURCHASE, CRITICAL, 45, null),
                new Scenario(MANUFACTURING_FLOW, "Run the manufacturing or field service flow", MANUFACTURING, NORMAL, 60,
                        null),
                new Scenario(DOCUMENTS, "Print the key customer and internal documents", REPORTING, NORMAL, 30, null),
                new Scenario(REPORTS, "Review the important reports, dashboards and saved filters", REPORTING, NORMAL, 45,
                        null),
                new Scenario(PORTAL_WEBSITE, "Check the portal and website flows used by customers", WEBSITE, NORMAL, 45,
                        null),
                new Scenario(DAILY_TASKS, "Confirm the critical daily tasks still make sense", OTHER, CRITICAL, 60,
                        null)));
    }

    public Optional<Scenario> find(String id) {
        return scenarios.stream().filter(s -> Objects.equals(s.id(), id)).findFirst();
    }

    /** This catalogue with {@code scenario} in place of the one with its id, or added at the end. */
    public ScenarioCatalogue with(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        List<Scenario> next = new ArrayList<>(scenarios);
        for (int i = 0; i < next.size(); i++) {
            if (Objects.equals(next.get(i).id(), scenario.id())) {
                next.set(i, scenario);
                return new ScenarioCatalogue(next);
            }
        }
        next.add(scenario);
        return new ScenarioCatalogue(next);
    }

    /** This catalogue without the scenario {@code id} (unchanged when there is none). */
    public ScenarioCatalogue without(String id) {
        return new ScenarioCatalogue(scenarios.stream().filter(s -> !Objects.equals(s.id(), id)).toList());
    }

    public List<FieldViolation> violations() {
        return ScenarioRules.check(scenarios);
    }
}
