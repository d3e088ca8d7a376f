package dev.golive.integration.domain;

import dev.golive.problems.field.FieldViolation;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static dev.golive.integration.domain.Integrations.integration;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IntegrationRulesTest {

    @Test
    void a_complete_integration_is_valid() {
        Integration stripe = integration(1).name("Stripe").kind(IntegrationKind.PAYMENT_PROVIDER).criticality(Criticality.CRITICAL)
                .notTestableOnStaging()
                .endpoints(URI.create("https://api.stripe.com/v1/balance"), URI.create("http://legacy.example.com:8080/hook?x=1"))
                .models("payment.transaction", "account.move.line")
                .fields("sale.order:partner_id", "payment.provider:x_studio_key_ref")
                .scheduledActions("Stripe: fetch payouts")
                .credentialsExpireOn(LocalDate.of(2020, 1, 1))
                .liveChecks("Pay a 1 € order with a real card and refund it")
                .build();

        assertThat(IntegrationRules.check(stripe)).isEmpty();
    }

    @Test
    void owner_lists_and_credential_expiry_are_optional() {
        Integration bare = new Integration(null, null, "Mail", IntegrationKind.EMAIL, null, Criticality.NORMAL, true,
                null, null, null, null, null, null);

        assertThat(IntegrationRules.check(bare)).isEmpty();
        assertThat(bare.endpoints()).isEmpty();
        assertThat(bare.liveChecks()).isEmpty();
    }

    @Test
    void name_kind_and_criticality_are_required() {
        Integration bare = new Integration(null, null, "  ", null, null, null, true, null, null, null, null, null, null);

        assertThat(IntegrationRules.check(bare)).containsExactly(
                new FieldViolation("name", "is required"),
                new FieldViolation("kind", "is required"),
                new FieldViolation("criticality", "is required"));
    }

    @Test
    void a_missing_integration_is_named() {
        assertThat(IntegrationRules.check(null)).containsExactly(new FieldViolation("integration", "is required"));
    }

    @Test
    void name_and_owner_have_length_limits() {
        assertThat(IntegrationRules.check(integration(1).name("n".repeat(200)).owner("o".repeat(200)).build())).isEmpty();
        assertThat(IntegrationRules.check(integration(1).name("n".repeat(201)).owner("o".repeat(201)).build())).containsExactly(
                new FieldViolation("name", "must be at most 200 characters, was 201"),
                new FieldViolation("owner", "must be at most 200 characters, was 201"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/v1/health                         | must be an absolute http or https URI, was \"/v1/health\"",
        "ftp://files.example.com/orders.csv | must be an absolute http or https URI, was \"ftp://files.example.com/orders.csv\"",
        "mailto:orders@example.com          | must be an absolute http or https URI, was \"mailto:orders@example.com\"",
        "https://user:s3cret@api.example.com/ | must not carry credentials (user info): keep secrets out of the registry",
        "https:///v1/health                 | must name a host, was \"https:///v1/health\""})
    void an_endpoint_is_an_absolute_http_or_https_uri_with_a_host_and_no_secret(String uri, String message) {
        assertThat(IntegrationRules.check(integration(1).endpoints(URI.create(uri)).build()))
                .containsExactly(new FieldViolation("endpoints[0]", message));
    }

    @Test
    void a_uri_with_user_info_is_not_echoed_even_when_its_scheme_is_wrong() {
        assertThat(IntegrationRules.check(integration(1).endpoints(URI.create("ftp://bob:hunter2@files.example.com/")).build()))
                .containsExactly(new FieldViolation("endpoints[0]",
                        "must be an absolute http or https URI, was \"(withheld: it carries user info)\""));
    }

    @Test
    void the_scheme_may_be_in_any_case() {
        assertThat(IntegrationRules.check(integration(1).endpoints(URI.create("HTTPS://api.example.com/")).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sale.order", "sale.order.line", "res_partner", "x_studio.model_2"})
    void a_model_is_a_technical_model_name(String model) {
        assertThat(IntegrationRules.check(integration(1).models(model).build())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sale.Order", "sale order", "sale..order", ".sale", "sale.order:partner_id", "1sale"})
    void anything_else_is_not_a_model(String model) {
        assertThat(IntegrationRules.check(integration(1).models(model).build())).containsExactly(
                new FieldViolation("models[0]", "must be a technical model name such as sale.order.line, was \"" + model + "\""));
    }

    @Test
    void a_field_names_a_valid_model_and_a_valid_field() {
        Integration i = integration(1).fields(List.of(new ModelField("sale.order", "partner_id"), new ModelField("Sale", "Partner"),
                new ModelField(null, " "))).build();

        assertThat(IntegrationRules.check(i)).containsExactly(
                new FieldViolation("fields[1].model", "must be a technical model name such as sale.order.line, was \"Sale\""),
                new FieldViolation("fields[1].field", "must be a technical field name such as partner_id, was \"Partner\""),
                new FieldViolation("fields[2].model", "is required"),
                new FieldViolation("fields[2].field", "is required"));
    }

    @Test
    void technical_names_have_a_length_limit() {
        String long129 = "m".repeat(129);
        assertThat(IntegrationRules.check(integration(1).models(long129).build()))
                .containsExactly(new FieldViolation("models[0]", "must be at most 128 characters, was 129"));
    }

    @Test
    void field_references_are_written_model_colon_field() {
        assertThat(IntegrationRules.checkFieldReferences(Arrays.asList("sale.order:partner_id", "sale.order", "sale.order:a:b",
                ":partner_id", "Sale.Order:partner_id", "sale.order:Partner", null))).containsExactly(
                new FieldViolation("fields[1]", "must be a field reference model:field such as sale.order:partner_id, was \"sale.order\""),
                new FieldViolation("fields[2]", "must be a field reference model:field such as sale.order:partner_id, was \"sale.order:a:b\""),
                new FieldViolation("fields[3]", "must be a field reference model:field such as sale.order:partner_id, was \":partner_id\""),
                new FieldViolation("fields[4]", "must be a technical model name such as sale.order.line, was \"Sale.Order\""),
                new FieldViolation("fields[5]", "must be a technical field name such as partner_id, was \"Partner\""),
                new FieldViolation("fields[6]", "is required"));
        assertThat(ModelField.parse("sale.order : partner_id")).contains(new ModelField("sale.order", "partner_id"));
        assertThat(ModelField.parse("sale.order:partner_id").orElseThrow()).hasToString("sale.order:partner_id");
    }

    @Test
    void scheduled_actions_and_live_checks_are_non_blank_and_limited() {
        Integration i = integration(1).scheduledActions(" ", "a".repeat(201)).liveChecks("", "c".repeat(1_001)).build();

        assertThat(IntegrationRules.check(i)).containsExactly(
                new FieldViolation("scheduledActions[0]", "is required"),
                new FieldViolation("scheduledActions[1]", "must be at most 200 characters, was 201"),
                new FieldViolation("liveChecks[0]", "is required"),
                new FieldViolation("liveChecks[1]", "must be at most 1000 characters, was 1001"));
    }

    @Test
    void null_entries_are_named() {
        Integration i = integration(1).endpoints(Collections.singletonList(null)).models(Collections.singletonList(null))
                .fields(Collections.singletonList(null)).build();

        assertThat(IntegrationRules.check(i)).containsExactly(
                new FieldViolation("endpoints[0]", "is required"),
                new FieldViolation("models[0]", "is required"),
                new FieldViolation("fields[0]", "is required"));
    }

    @Test
    void no_entry_is_listed_twice() {
        Integration i = integration(1).models("sale.order", "stock.picking", "sale.order")
                .fields("sale.order:partner_id", "sale.order:partner_id")
                .scheduledActions("Sync orders", "sync ORDERS").build();

        assertThat(IntegrationRules.check(i)).containsExactly(
                new FieldViolation("models[2]", "repeats models[0]"),
                new FieldViolation("fields[1]", "repeats fields[0]"),
                new FieldViolation("scheduledActions[1]", "repeats scheduledActions[0]"));
    }

    @Test
    void a_list_has_at_most_two_hundred_entries() {
        List<String> many = new ArrayList<>();
        for (int n = 0; n < 201; n++) {
            many.add("x_model_" + n);
        }

        assertThat(IntegrationRules.check(integration(1).models(many).build()))
                .containsExactly(new FieldViolation("models", "must have at most 200 entries, had 201"));
    }
}
