package dev.golive.integration.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.golive.integration.domain.ChecklistItemKind.CHANGED_FIELDS_AND_MODELS;
import static dev.golive.integration.domain.ChecklistItemKind.SCHEDULED_ACTIONS;
import static dev.golive.integration.domain.Integrations.TUESDAY;
import static dev.golive.integration.domain.Integrations.id;
import static dev.golive.integration.domain.Integrations.integration;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UpgradeCrossCheckTest {

    private static final SummaryItemView PARTNER_CHANGED = new SummaryItemView("CHANGED_FIELD", "sale.order", "partner_id",
            "Field partner_id on sale.order became required");

    private static SummaryItemView disabledAction(String model, String description) {
        return new SummaryItemView("DISABLED_AUTOMATED_ACTION", model, null, description);
    }

    @Test
    void a_changed_field_reopens_an_integration_that_reads_or_writes_that_field() {
        Integration shop = integration(1).fields("sale.order:partner_id", "res.partner:email").build();

        assertThat(UpgradeCrossCheck.affected(List.of(shop), PARTNER_CHANGED)).containsExactly(new Reopening(id(1),
                CHANGED_FIELDS_AND_MODELS, "the upgrade changed field sale.order:partner_id, which this integration reads or "
                        + "writes (upgrade summary: \"Field partner_id on sale.order became required\")"));
    }

    @Test
    void a_changed_field_reopens_an_integration_that_uses_its_whole_model() {
        Integration edi = integration(2).models("sale.order").build();

        assertThat(UpgradeCrossCheck.affected(List.of(edi), PARTNER_CHANGED)).containsExactly(new Reopening(id(2),
                CHANGED_FIELDS_AND_MODELS, "the upgrade changed field sale.order:partner_id of model sale.order, which this "
                        + "integration uses as a whole (upgrade summary: \"Field partner_id on sale.order became required\")"));
    }

    @Test
    void the_field_level_reason_wins_when_an_integration_lists_both_the_model_and_the_field() {
        Integration both = integration(3).models("sale.order").fields("sale.order:partner_id").build();

        assertThat(UpgradeCrossCheck.affected(List.of(both), PARTNER_CHANGED)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("the upgrade changed field sale.order:partner_id, which this integration reads"));
    }

    @Test
    void a_changed_field_leaves_alone_an_integration_that_lists_only_other_fields_of_the_model() {
        Integration other = integration(4).fields("sale.order:state", "sale.order.line:product_id").models("sale.order.line").build();

        assertThat(UpgradeCrossCheck.affected(List.of(other), PARTNER_CHANGED)).isEmpty();
    }

    @Test
    void names_are_compared_whatever_their_case_and_surrounding_blanks() {
        Integration shop = integration(1).fields("sale.order:partner_id").build();

        assertThat(UpgradeCrossCheck.affected(List.of(shop),
                new SummaryItemView(" changed_field ", " Sale.Order ", "PARTNER_ID", null))).singleElement()
                .isEqualTo(new Reopening(id(1), CHANGED_FIELDS_AND_MODELS,
                        "the upgrade changed field sale.order:partner_id, which this integration reads or writes"));
    }

    @Test
    void a_changed_model_without_a_field_reopens_every_integration_that_touches_the_model() {
        Integration byField = integration(1).fields("sale.order:state").build();
        Integration unrelated = integration(2).models("stock.picking").build();

        assertThat(UpgradeCrossCheck.affected(List.of(byField, unrelated),
                new SummaryItemView("CHANGED_FIELD", "sale.order", null, "")))
                .containsExactly(new Reopening(id(1), CHANGED_FIELDS_AND_MODELS, "the upgrade changed model sale.order, which this integration uses"));
    }

    @Test
    void a_disabled_automated_action_reopens_the_integration_whose_scheduled_action_it_names() {
        Integration carrier = integration(5).scheduledActions("Notify carrier", "Fetch tracking numbers").build();

        assertThat(UpgradeCrossCheck.affected(List.of(carrier),
                disabledAction(null, "Automated action \"Notify Carrier\" was disabled: its domain uses a removed field")))
                .containsExactly(new Reopening(id(5), SCHEDULED_ACTIONS, "the upgrade disabled an automated action that names its "
                        + "scheduled action \"Notify carrier\" (upgrade summary: \"Automated action \"Notify Carrier\" was disabled: "
                        + "its domain uses a removed field\")"));
    }

    @ParameterizedTest(name = "\"{0}\" in \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "Sync orders        | Automated action “Sync Orders” disabled       | true",
        "Sync orders        | automated action sync-orders was disabled     | true",
        "Sync: Orders       | Sync orders (every 5 min) disabled            | true",
        "Sync               | Async orders disabled                          | false",
        "Sync orders        | Sync order lines disabled                      | false",
        "Shopify sync       | Sync Shopify disabled                          | false",
        "---                | --- disabled                                   | false"})
    void an_action_is_named_in_a_description_as_whole_words_whatever_the_case_and_punctuation(String action, String description,
                                                                                             boolean matches) {
        Integration i = integration(1).scheduledActions(action).build();

        assertThat(UpgradeCrossCheck.affected(List.of(i), disabledAction(null, description))).hasSize(matches ? 1 : 0);
    }

    @Test
    void a_disabled_automated_action_on_a_model_reopens_integrations_with_scheduled_actions_that_use_that_model() {
        Integration byModel = integration(1).models("stock.picking").scheduledActions("Push shipments").build();
        Integration byField = integration(2).fields("stock.picking:carrier_tracking_ref").scheduledActions("Poll tracking").build();
        Integration noActions = integration(3).models("stock.picking").build();

        List<Reopening> r = UpgradeCrossCheck.affected(List.of(byModel, byField, noActions),
                disabledAction("stock.picking", "Automated action \"Set carrier on validation\" was disabled"));

        assertThat(r).extracting(Reopening::integrationId).containsExactly(id(1), id(2));
        assertThat(r.get(0)).isEqualTo(new Reopening(id(1), SCHEDULED_ACTIONS, "the upgrade disabled an automated action on "
                + "stock.picking, a model this integration uses; check that its scheduled actions \"Push shipments\" do not depend "
                + "on it (upgrade summary: \"Automated action \"Set carrier on validation\" was disabled\")"));
    }

    @Test
    void a_disabled_automated_action_on_a_model_a_scheduled_action_is_named_after_reopens_that_integration() {
        Integration i = integration(1).scheduledActions("Push sale.order to Shopify").build();

        assertThat(UpgradeCrossCheck.affected(List.of(i), disabledAction("sale.order", "Automated action \"X\" was disabled")))
                .singleElement().extracting(Reopening::reason).isEqualTo("the upgrade disabled an automated action on sale.order, "
                        + "the model its scheduled action \"Push sale.order to Shopify\" is named after; check that its scheduled "
                        + "actions \"Push sale.order to Shopify\" do not depend on it (upgrade summary: \"Automated action \"X\" was disabled\")");
    }

    @Test
    void a_disabled_automated_action_leaves_alone_integrations_it_neither_names_nor_shares_a_model_with() {
        Integration i = integration(1).models("account.move").scheduledActions("Import bank statements").build();

        assertThat(UpgradeCrossCheck.affected(List.of(i), disabledAction("sale.order", "Automated action \"Confirm quotes\" was disabled")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DISABLED_VIEW", "CONFIGURATION_CHANGE", "OTHER", "SOMETHING_NEW", ""})
    void other_kinds_of_summary_item_reopen_nothing(String kind) {
        Integration uses = integration(1).models("sale.order").fields("sale.order:partner_id").scheduledActions("partner_id").build();

        assertThat(UpgradeCrossCheck.affected(List.of(uses), new SummaryItemView(kind, "sale.order", "partner_id", "partner_id"))).isEmpty();
    }

    @Test
    void a_summary_item_without_a_kind_reopens_nothing() {
        Integration uses = integration(1).models("sale.order").build();

        assertThat(UpgradeCrossCheck.affected(List.of(uses), new SummaryItemView(null, "sale.order", "partner_id", "x"))).isEmpty();
    }

    @Test
    void several_integrations_are_reopened_in_the_order_given_each_once() {
        Integration a = integration(1).models("sale.order").build();
        Integration b = integration(2).fields("res.partner:email").build();
        Integration c = integration(3).fields("sale.order:partner_id").models("sale.order").build();
        Integration d = integration(4).fields("sale.order:partner_id").build();

        assertThat(UpgradeCrossCheck.affected(List.of(a, b, c, d), PARTNER_CHANGED))
                .extracting(Reopening::integrationId).containsExactly(id(1), id(3), id(4));
    }

    @Test
    void a_long_description_is_quoted_abbreviated() {
        Integration shop = integration(1).fields("sale.order:partner_id").build();
        String reason = UpgradeCrossCheck.affected(List.of(shop),
                new SummaryItemView("CHANGED_FIELD", "sale.order", "partner_id", "d".repeat(500))).get(0).reason();

        assertThat(reason).endsWith("(upgrade summary: \"" + "d".repeat(199) + "…\")");
    }

    @Test
    void a_reopening_applied_to_a_checklist_reopens_its_item() {
        Integration shop = integration(1).fields("sale.order:partner_id").build();
        Reopening r = UpgradeCrossCheck.affected(List.of(shop), PARTNER_CHANGED).get(0);
        Checklist passed = Integrations.allPassed();

        Checklist after = r.applyTo(passed, TUESDAY.plusSeconds(3600));

        assertThat(after.item(CHANGED_FIELDS_AND_MODELS).status()).isEqualTo(ChecklistStatus.OPEN);
        assertThat(after.item(CHANGED_FIELDS_AND_MODELS).reason()).isEqualTo(r.reason());
    }
}
