package dev.golive.integration.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.golive.integration.domain.Criticality.CRITICAL;
import static dev.golive.integration.domain.Criticality.HIGH;
import static dev.golive.integration.domain.Criticality.NORMAL;
import static dev.golive.integration.domain.Integrations.id;
import static dev.golive.integration.domain.Integrations.integration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CutoverReadinessTest {

    private static final Verdict READY = Verdict.of(List.of());

    private static IntegrationVerdict ready(int n, String name, Criticality c) {
        return new IntegrationVerdict(id(n), name, c, READY);
    }

    private static IntegrationVerdict notReady(int n, String name, Criticality c, String... reasons) {
        return new IntegrationVerdict(id(n), name, c, Verdict.of(List.of(reasons)));
    }

    @Test
    void every_integration_ready_makes_the_cutover_ready() {
        CutoverVerdict v = CutoverReadiness.evaluate(List.of(ready(1, "Stripe", CRITICAL), ready(2, "DHL", HIGH), ready(3, "Mailchimp", NORMAL)));

        assertThat(v).isEqualTo(new CutoverVerdict(true, List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0} not ready blocks: {1}")
    @CsvSource({"CRITICAL, true", "HIGH, true", "NORMAL, false"})
    void critical_and_high_integrations_block_normal_ones_do_not(Criticality criticality, boolean blocks) {
        CutoverVerdict v = CutoverReadiness.evaluate(List.of(ready(1, "Stripe", CRITICAL), notReady(2, "Shop", criticality, "r")));

        assertThat(v.ready()).isEqualTo(!blocks);
    }

    @Test
    void a_normal_integration_that_is_not_ready_is_reported_as_not_blocking() {
        CutoverVerdict v = CutoverReadiness.evaluate(List.of(ready(1, "Stripe", CRITICAL),
                notReady(2, "Mailchimp", NORMAL, "checklist: ENDPOINTS has not been checked", "the last probe failed: timed out")));

        assertThat(v.ready()).isTrue();
        assertThat(v.reasons()).isEmpty();
        assertThat(v.notBlocking()).containsExactly("NORMAL integration \"Mailchimp\" is not ready, which does not block the cutover: "
                + "checklist: ENDPOINTS has not been checked; the last probe failed: timed out");
    }

    @Test
    void blocking_reasons_name_each_integration_critical_first_then_in_the_order_given() {
        CutoverVerdict v = CutoverReadiness.evaluate(List.of(
                notReady(1, "DHL", HIGH, "checklist: CREDENTIALS has not been checked"),
                notReady(2, "Mailchimp", NORMAL, "x"),
                notReady(3, "Stripe", CRITICAL, "the last probe failed: expected HTTP 200, got 503"),
                notReady(4, "Bank feed", HIGH, "the credentials expire on 2026-06-10, before 2026-06-19"),
                ready(5, "Website", CRITICAL)));

        assertThat(v.ready()).isFalse();
        assertThat(v.reasons()).containsExactly(
                "CRITICAL integration \"Stripe\" is not ready: the last probe failed: expected HTTP 200, got 503",
                "HIGH integration \"DHL\" is not ready: checklist: CREDENTIALS has not been checked",
                "HIGH integration \"Bank feed\" is not ready: the credentials expire on 2026-06-10, before 2026-06-19");
        assertThat(v.notBlocking()).containsExactly("NORMAL integration \"Mailchimp\" is not ready, which does not block the cutover: x");
        assertThat(v.allReasons()).hasSize(4).last().asString().startsWith("NORMAL");
    }

    @Test
    void a_cutover_without_integrations_is_ready_and_says_none_is_registered() {
        assertThat(CutoverReadiness.evaluate(List.of()))
                .isEqualTo(new CutoverVerdict(true, List.of(), List.of("no integration is registered for this cutover")));
    }

    @Test
    void an_integration_listed_twice_is_refused() {
        assertThatThrownBy(() -> CutoverReadiness.evaluate(List.of(ready(1, "Stripe", CRITICAL), ready(1, "Stripe", CRITICAL))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_verdict_is_built_from_the_integration_and_its_own_verdict() {
        Integration stripe = integration(7).name("Stripe").criticality(CRITICAL).build();

        assertThat(IntegrationVerdict.of(stripe, READY)).isEqualTo(new IntegrationVerdict(id(7), "Stripe", CRITICAL, READY));
    }

    @Test
    void the_cutover_verdict_is_ready_exactly_when_nothing_blocks() {
        assertThatThrownBy(() -> new CutoverVerdict(true, List.of("x"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CutoverVerdict(true, List.of(), List.of("normal one")).ready()).isTrue();
    }
}
