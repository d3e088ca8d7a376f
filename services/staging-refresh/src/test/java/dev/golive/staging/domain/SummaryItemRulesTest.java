package dev.golive.staging.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static dev.golive.staging.domain.SummaryItemKind.CHANGED_FIELD;
import static dev.golive.staging.domain.SummaryItemKind.CONFIGURATION_CHANGE;
import static dev.golive.staging.domain.SummaryItemKind.DISABLED_AUTOMATED_ACTION;
import static dev.golive.staging.domain.SummaryItemKind.DISABLED_VIEW;
import static dev.golive.staging.domain.SummaryItemStatus.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SummaryItemRulesTest {

    private static SummaryItem item(SummaryItemKind kind, String model, String field) {
        return new SummaryItem(UUID.randomUUID(), kind, model, field, "reviewed by the upgrade", "dana", OPEN);
    }

    private static SummaryItem changedField() {
        return item(CHANGED_FIELD, "sale.order", "x_studio_margin");
    }

    @Test
    void a_changed_field_naming_its_model_and_field_is_valid() {
        assertThat(SummaryItemRules.check(changedField())).isEmpty();
    }

    @Test
    void a_changed_field_without_model_and_field_names_both() {
        assertThat(SummaryItemRules.check(item(CHANGED_FIELD, null, " "))).containsExactly(
                new FieldViolation("model", "is required for a CHANGED_FIELD"),
                new FieldViolation("field", "is required for a CHANGED_FIELD"));
    }

    @Test
    void a_changed_field_with_a_model_but_no_field_names_the_field() {
        assertThat(SummaryItemRules.check(item(CHANGED_FIELD, "sale.order", null)))
                .extracting(FieldViolation::field).containsExactly("field");
    }

    @Test
    void a_disabled_automated_action_may_name_its_model_or_not() {
        assertThat(SummaryItemRules.check(item(DISABLED_AUTOMATED_ACTION, null, null))).isEmpty();
        assertThat(SummaryItemRules.check(item(DISABLED_AUTOMATED_ACTION, "stock.picking", null))).isEmpty();
    }

    @Test
    void a_field_is_only_named_together_with_its_model() {
        assertThat(SummaryItemRules.check(item(DISABLED_VIEW, null, "partner_id"))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("model");
            assertThat(v.message()).contains("with a field");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sale.Order", "sale order", "sale..order", ".sale", "sale.order."})
    void a_model_must_be_a_technical_model_name(String model) {
        assertThat(SummaryItemRules.check(item(CONFIGURATION_CHANGE, model, null)))
                .extracting(FieldViolation::field).containsExactly("model");
    }

    @Test
    void a_field_must_be_a_technical_field_name() {
        assertThat(SummaryItemRules.check(item(CHANGED_FIELD, "res.partner", "Partner Name")))
                .extracting(FieldViolation::field).containsExactly("field");
    }

    @Test
    void kind_description_and_status_are_required_and_owner_is_not() {
        SummaryItem bare = new SummaryItem(null, null, null, null, "  ", null, null);

        assertThat(SummaryItemRules.check(bare)).containsExactly(
                new FieldViolation("kind", "is required"),
                new FieldViolation("description", "is required"),
                new FieldViolation("status", "is required"));
    }

    @Test
    void description_and_owner_have_a_length_limit() {
        SummaryItem wordy = new SummaryItem(null, DISABLED_VIEW, null, null, "d".repeat(2_001), "o".repeat(201), OPEN);

        assertThat(SummaryItemRules.check(wordy)).extracting(FieldViolation::field).containsExactly("description", "owner");
    }

    @Test
    void a_batch_names_each_violation_with_the_position_of_its_item() {
        List<SummaryItem> items = Arrays.asList(
                changedField(),
                new SummaryItem(null, DISABLED_VIEW, "account.move", null, "", "dana", OPEN),
                null,
                item(CHANGED_FIELD, null, null),
                changedField());

        assertThat(SummaryItemRules.check(items)).containsExactly(
                new FieldViolation("items[1].description", "is required"),
                new FieldViolation("items[2]", "is required"),
                new FieldViolation("items[3].model", "is required for a CHANGED_FIELD"),
                new FieldViolation("items[3].field", "is required for a CHANGED_FIELD"));
    }

    @Test
    void a_valid_batch_has_no_violations() {
        assertThat(SummaryItemRules.check(List.of(changedField(), item(DISABLED_VIEW, null, null)))).isEmpty();
    }

    @Test
    void two_items_of_a_batch_cannot_share_an_id() {
        UUID id = UUID.fromString("00000000-0000-4000-8000-000000000007");
        SummaryItem a = new SummaryItem(id, DISABLED_VIEW, null, null, "form view", null, OPEN);
        SummaryItem b = new SummaryItem(id, DISABLED_VIEW, null, null, "list view", null, OPEN);

        assertThat(SummaryItemRules.check(List.of(a, changedField(), b)))
                .containsExactly(new FieldViolation("items[2].id", "is the id of items[0] too"));
    }

    @Test
    void a_missing_batch_is_named() {
        assertThat(SummaryItemRules.check((List<SummaryItem>) null)).containsExactly(new FieldViolation("items", "is required"));
    }
}
