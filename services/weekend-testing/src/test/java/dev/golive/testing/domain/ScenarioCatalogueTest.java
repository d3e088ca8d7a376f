package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static dev.golive.testing.domain.BusinessArea.OTHER;
import static dev.golive.testing.domain.BusinessArea.SALES;
import static dev.golive.testing.domain.ScenarioCatalogue.DAILY_TASKS;
import static dev.golive.testing.domain.ScenarioCatalogue.DELIVERY_RECEIPT;
import static dev.golive.testing.domain.ScenarioCatalogue.INVOICE;
import static dev.golive.testing.domain.ScenarioCatalogue.PURCHASE_FLOW;
import static dev.golive.testing.domain.ScenarioCatalogue.QUOTATION;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScenarioCatalogueTest {

    private final ScenarioCatalogue defaults = ScenarioCatalogue.defaults();

    @Test
    void the_default_catalogue_is_the_nine_flows_of_the_power_user_checklist_and_is_valid() {
        assertThat(defaults.scenarios()).hasSize(9);
        assertThat(defaults.scenarios()).extracting(Scenario::area).containsExactly(BusinessArea.SALES,
                BusinessArea.INVENTORY, BusinessArea.INVOICING, BusinessArea.PURCHASE, BusinessArea.MANUFACTURING,
                BusinessArea.REPORTING, BusinessArea.REPORTING, BusinessArea.WEBSITE, BusinessArea.OTHER);
        assertThat(defaults.violations()).isEmpty();
    }

    @Test
    void quotation_delivery_invoice_purchase_and_the_daily_tasks_are_the_critical_ones() {
        assertThat(defaults.scenarios()).filteredOn(Scenario::critical).extracting(Scenario::id)
                .containsExactly(QUOTATION, DELIVERY_RECEIPT, INVOICE, PURCHASE_FLOW, DAILY_TASKS);
    }

    @Test
    void the_delivery_comes_after_the_quotation_and_nothing_else_waits() {
        assertThat(defaults.find(DELIVERY_RECEIPT)).get().extracting(Scenario::dependsOn).isEqualTo(QUOTATION);
        assertThat(defaults.scenarios()).filteredOn(s -> s.dependsOn() != null).hasSize(1);
    }

    @Test
    void every_default_estimate_is_within_the_rules() {
        assertThat(defaults.scenarios()).allSatisfy(s -> assertThat(s.estimatedMinutes()).isBetween(5, 480));
    }

    @Test
    void a_user_can_change_a_scenario_in_place() {
        Scenario longer = new Scenario(QUOTATION, "Create, discount and confirm a quotation", SALES, Criticality.CRITICAL,
                50, null);

        ScenarioCatalogue edited = defaults.with(longer);

        assertThat(edited.scenarios()).hasSize(9);
        assertThat(edited.scenarios().get(0)).isEqualTo(longer);
        assertThat(defaults.find(QUOTATION)).get().extracting(Scenario::estimatedMinutes).isEqualTo(30);
    }

    @Test
    void a_user_can_add_a_custom_scenario_at_the_end() {
        Scenario custom = new Scenario("other-eod-cash", "Close the cash register", OTHER, Criticality.NORMAL, 20, null);

        assertThat(defaults.with(custom).scenarios()).hasSize(10).last().isEqualTo(custom);
    }

    @Test
    void removing_a_prerequisite_leaves_a_dependency_the_rules_report() {
        ScenarioCatalogue withoutQuotation = defaults.without(QUOTATION);

        assertThat(withoutQuotation.scenarios()).hasSize(8);
        assertThat(withoutQuotation.violations()).containsExactly(new FieldViolation("scenarios[0].dependsOn",
                "names no scenario of the set: \"" + QUOTATION + "\""));
        assertThat(defaults.without("no-such-scenario")).isEqualTo(defaults);
    }
}
