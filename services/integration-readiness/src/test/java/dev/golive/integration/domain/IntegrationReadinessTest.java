package dev.golive.integration.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.golive.integration.domain.ChecklistItemKind.CHANGED_FIELDS_AND_MODELS;
import static dev.golive.integration.domain.ChecklistItemKind.CREDENTIALS;
import static dev.golive.integration.domain.ChecklistItemKind.ENDPOINTS;
import static dev.golive.integration.domain.ChecklistItemKind.PAYLOADS;
import static dev.golive.integration.domain.ChecklistStatus.FAILED;
import static dev.golive.integration.domain.ChecklistStatus.NOT_APPLICABLE;
import static dev.golive.integration.domain.Integrations.GO_LIVE;
import static dev.golive.integration.domain.Integrations.TUESDAY;
import static dev.golive.integration.domain.Integrations.allPassed;
import static dev.golive.integration.domain.Integrations.integration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IntegrationReadinessTest {

    private static final Duration MARGIN = Duration.ofDays(14);
    private static final ProbeResult PROBE_PASSED = ProbeResult.of(List.of());
    private static final ProbeResult PROBE_FAILED = ProbeResult.of(List.of("expected HTTP 200, got 503", "DNS: x did not resolve"));

    private static Verdict evaluate(Integration i, Checklist c, Optional<ProbeResult> probe) {
        return IntegrationReadiness.evaluate(i, c, probe, GO_LIVE, MARGIN);
    }

    @Test
    void every_item_passed_and_the_last_probe_passed_is_ready() {
        assertThat(evaluate(integration(1).build(), allPassed(), Optional.of(PROBE_PASSED))).isEqualTo(new Verdict(true, List.of()));
    }

    @Test
    void an_integration_without_probes_is_judged_on_the_rest() {
        assertThat(evaluate(integration(1).build(), allPassed(), Optional.empty()).ready()).isTrue();
    }

    @Test
    void items_that_do_not_apply_do_not_stand_in_the_way() {
        Checklist c = allPassed().record(PAYLOADS, FAILED, "field renamed", "dana", TUESDAY.plusSeconds(60));
        Checklist notApplicable = Checklist.fresh();
        for (ChecklistItemKind k : ChecklistItemKind.values()) {
            notApplicable = notApplicable.record(k, NOT_APPLICABLE, null, "dana", TUESDAY);
        }

        assertThat(evaluate(integration(1).build(), notApplicable, Optional.empty()).ready()).isTrue();
        assertThat(evaluate(integration(1).build(), c, Optional.empty()).ready()).isFalse();
    }

    @Test
    void open_failed_and_reopened_items_are_each_a_reason_in_item_order() {
        Checklist c = allPassed()
                .reopen(CHANGED_FIELDS_AND_MODELS, "the upgrade changed field sale.order:partner_id", TUESDAY.plusSeconds(60))
                .record(ENDPOINTS, FAILED, "sandbox URL still configured", "dana", TUESDAY.plusSeconds(60))
                .reopen(CREDENTIALS, "rotated", TUESDAY.plusSeconds(60));
        Checklist fresh = Checklist.fresh();

        assertThat(evaluate(integration(1).build(), c, Optional.empty()).reasons()).containsExactly(
                "checklist: CREDENTIALS was reopened: rotated",
                "checklist: ENDPOINTS failed: sandbox URL still configured",
                "checklist: CHANGED_FIELDS_AND_MODELS was reopened: the upgrade changed field sale.order:partner_id");
        assertThat(evaluate(integration(1).build(), fresh, Optional.empty()).reasons()).containsExactly(
                "checklist: CREDENTIALS has not been checked",
                "checklist: CONFIGURATION has not been checked",
                "checklist: ENDPOINTS has not been checked",
                "checklist: PAYLOADS has not been checked",
                "checklist: SCHEDULED_ACTIONS has not been checked",
                "checklist: CHANGED_FIELDS_AND_MODELS has not been checked");
    }

    @Test
    void a_failed_last_probe_is_a_reason_with_its_failures() {
        assertThat(evaluate(integration(1).build(), allPassed(), Optional.of(PROBE_FAILED)).reasons())
                .containsExactly("the last probe failed: expected HTTP 200, got 503; DNS: x did not resolve");
    }

    @Test
    void probes_that_never_ran_are_a_reason() {
        assertThat(IntegrationReadiness.evaluate(integration(1).build(), allPassed(), true, Optional.empty(), GO_LIVE, MARGIN).reasons())
                .containsExactly("it has probes, but none has run yet");
        assertThat(IntegrationReadiness.evaluate(integration(1).build(), allPassed(), true, Optional.of(PROBE_PASSED), GO_LIVE, MARGIN)
                .ready()).isTrue();
    }

    @ParameterizedTest(name = "expire on {0} with a margin of {1}: ready {2}")
    @CsvSource({
        "2026-06-18, P14D,      false",
        "2026-06-19, P14D,      true",
        "2026-06-20, P14D,      true",
        "2026-06-05, PT0S,      true",
        "2026-06-04, PT0S,      false",
        "2026-06-19, P13DT1H,   true",
        "2026-06-18, P13DT1H,   false",
        "2025-12-31, P14D,      false"})
    void credentials_must_work_through_the_go_live_date_plus_the_margin(LocalDate expireOn, Duration margin, boolean ready) {
        Integration i = integration(1).credentialsExpireOn(expireOn).build();

        assertThat(IntegrationReadiness.evaluate(i, allPassed(), Optional.empty(), GO_LIVE, margin).ready()).isEqualTo(ready);
    }

    @Test
    void credentials_that_expire_too_soon_say_when_and_until_when_they_are_needed() {
        Integration i = integration(1).credentialsExpireOn(LocalDate.of(2026, 6, 10)).build();

        assertThat(evaluate(i, allPassed(), Optional.empty()).reasons()).containsExactly(
                "the credentials expire on 2026-06-10, before 2026-06-19 (the go-live date 2026-06-05 plus a margin of 14 days)");
        assertThat(IntegrationReadiness.credentialsNeededUntil(GO_LIVE, Duration.ofHours(1))).isEqualTo(LocalDate.of(2026, 6, 6));
    }

    @Test
    void credentials_without_a_known_expiry_are_not_judged() {
        assertThat(evaluate(integration(1).credentialsExpireOn(null).build(), allPassed(), Optional.empty()).ready()).isTrue();
    }

    @Test
    void an_integration_that_cannot_be_tested_on_staging_needs_a_live_verification_plan() {
        Integration noPlan = integration(1).notTestableOnStaging().noEndpoints().build();
        Integration blankChecks = integration(2).notTestableOnStaging().noEndpoints().liveChecks(" ").build();
        Integration withEndpoint = integration(3).notTestableOnStaging().build();
        Integration withCheck = integration(4).notTestableOnStaging().noEndpoints()
                .liveChecks("Buy a label for a real parcel and cancel it").build();
        Integration testable = integration(5).noEndpoints().build();

        String reason = "it cannot be tested on staging and has no live-verification plan: name at least one endpoint or check "
                + "to run once production is back";
        assertThat(evaluate(noPlan, allPassed(), Optional.empty()).reasons()).containsExactly(reason);
        assertThat(evaluate(blankChecks, allPassed(), Optional.empty()).reasons()).containsExactly(reason);
        assertThat(evaluate(withEndpoint, allPassed(), Optional.empty()).ready()).isTrue();
        assertThat(evaluate(withCheck, allPassed(), Optional.empty()).ready()).isTrue();
        assertThat(evaluate(testable, allPassed(), Optional.empty()).ready()).isTrue();
    }

    @Test
    void every_reason_is_given_at_once_in_order() {
        Integration i = integration(1).notTestableOnStaging().noEndpoints().credentialsExpireOn(LocalDate.of(2026, 6, 1)).build();
        Checklist c = allPassed().record(ENDPOINTS, FAILED, "503", "dana", TUESDAY.plusSeconds(1));

        assertThat(evaluate(i, c, Optional.of(PROBE_FAILED)).reasons()).extracting(r -> r.substring(0, 20)).containsExactly(
                "checklist: ENDPOINTS", "the last probe faile", "the credentials expi", "it cannot be tested ");
    }

    @Test
    void a_negative_margin_is_refused() {
        assertThatThrownBy(() -> IntegrationReadiness.evaluate(integration(1).build(), allPassed(), Optional.empty(), GO_LIVE,
                Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_verdict_is_ready_exactly_when_it_has_no_reason() {
        assertThatThrownBy(() -> new Verdict(true, List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(false, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
