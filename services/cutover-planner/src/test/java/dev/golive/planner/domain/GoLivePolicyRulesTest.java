package dev.golive.planner.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.contracts.cutover.GoLivePolicy;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ForeignDefaultZone.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GoLivePolicyRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime JUNE_FRIDAY = LocalDateTime.parse("2026-06-05T17:00");

    static Stream<String> policyFields() {
        return Arrays.stream(GoLivePolicy.class.getRecordComponents()).map(RecordComponent::getName);
    }

    @Test
    void the_default_policy_is_valid() {
        assertThat(GoLivePolicyRules.check(GoLivePolicy.defaults())).isEmpty();
    }

    @Test
    void a_missing_policy_is_named() {
        assertThat(GoLivePolicyRules.check((GoLivePolicy) null)).containsExactly(new FieldViolation("policy", "is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policyFields")
    void a_missing_field_is_named_as_in_the_json_policy(String field) {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaultsWithout(field)))
                .containsExactly(new FieldViolation("policy." + field, "is required"));
    }

    @Test
    void expected_downtime_must_be_positive() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().expectedDowntime(Duration.ZERO).build()))
                .containsExactly(new FieldViolation("policy.expectedDowntime", "must be positive"));
    }

    @Test
    void expected_downtime_may_be_48_hours_but_not_more() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().expectedDowntime(Duration.ofHours(48)).build())).isEmpty();
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().expectedDowntime(Duration.ofHours(48).plusSeconds(1)).build()))
                .extracting(FieldViolation::field).containsExactly("policy.expectedDowntime");
    }

    @Test
    void technical_review_may_be_zero_but_not_negative() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().technicalReview(Duration.ZERO).build())).isEmpty();
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().technicalReview(Duration.ofMinutes(-1)).build()))
                .containsExactly(new FieldViolation("policy.technicalReview", "must not be negative"));
    }

    @Test
    void technical_review_may_not_exceed_24_hours() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().technicalReview(Duration.ofHours(25)).build()))
                .extracting(FieldViolation::field).containsExactly("policy.technicalReview");
    }

    @Test
    void restore_duration_must_be_positive() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().restoreDuration(Duration.ZERO).build()))
                .containsExactly(new FieldViolation("policy.restoreDuration", "must be positive"));
    }

    @Test
    void revalidation_buffer_may_be_zero_but_not_negative() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().revalidationBuffer(Duration.ZERO).build())).isEmpty();
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().revalidationBuffer(Duration.ofHours(-1)).build()))
                .containsExactly(new FieldViolation("policy.revalidationBuffer", "must not be negative"));
    }

    @Test
    void minimum_lead_time_may_be_zero_but_not_negative() {
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().minimumLeadTime(Duration.ZERO).build())).isEmpty();
        assertThat(GoLivePolicyRules.check(PolicyBuilder.defaults().minimumLeadTime(Duration.ofDays(-1)).build()))
                .containsExactly(new FieldViolation("policy.minimumLeadTime", "must not be negative"));
    }

    @Test
    void staging_refresh_and_go_no_go_offsets_must_not_be_negative() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .stagingRefreshBeforeDowntime(Duration.ofDays(-3))
                .goNoGoBeforeDowntime(Duration.ofDays(-1))
                .build();

        assertThat(GoLivePolicyRules.check(p)).containsExactly(
                new FieldViolation("policy.stagingRefreshBeforeDowntime", "must not be negative"),
                new FieldViolation("policy.goNoGoBeforeDowntime", "must not be negative"));
    }

    @Test
    void the_staging_refresh_deadline_may_not_come_after_go_no_go() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .stagingRefreshBeforeDowntime(Duration.ofHours(12))
                .goNoGoBeforeDowntime(Duration.ofDays(1))
                .build();

        assertThat(GoLivePolicyRules.check(p)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("policy.stagingRefreshBeforeDowntime");
            assertThat(v.message()).contains("policy.goNoGoBeforeDowntime");
        });
    }

    @Test
    void the_staging_refresh_deadline_may_coincide_with_go_no_go() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .stagingRefreshBeforeDowntime(Duration.ofDays(1))
                .goNoGoBeforeDowntime(Duration.ofDays(1))
                .build();

        assertThat(GoLivePolicyRules.check(p)).isEmpty();
    }

    @Test
    void every_violation_is_reported_in_the_order_of_the_policy_fields() {
        GoLivePolicy p = new GoLivePolicy(null, LocalTime.of(17, 0), Duration.ZERO, Duration.ofHours(-1),
                DayOfWeek.SUNDAY, null, DayOfWeek.MONDAY, LocalTime.of(8, 0),
                Duration.ZERO, Duration.ofHours(1), Duration.ofDays(14), Duration.ofDays(3), null);

        assertThat(GoLivePolicyRules.check(p)).extracting(FieldViolation::field).containsExactly(
                "policy.downtimeDay", "policy.expectedDowntime", "policy.technicalReview",
                "policy.weekendTestingEndTime", "policy.restoreDuration", "policy.goNoGoBeforeDowntime");
    }

    @Test
    void durations_too_large_for_calendar_arithmetic_are_refused_instead_of_overflowing() {
        GoLivePolicy p = PolicyBuilder.defaults()
                .stagingRefreshBeforeDowntime(Duration.ofSeconds(Long.MAX_VALUE))
                .minimumLeadTime(Duration.ofSeconds(Long.MAX_VALUE))
                .build();

        assertThat(GoLivePolicyRules.check(p)).extracting(FieldViolation::field)
                .containsExactly("policy.minimumLeadTime", "policy.stagingRefreshBeforeDowntime");
        assertThatThrownBy(() -> WindowCalculator.compute(JUNE_FRIDAY, LONDON, p)).isInstanceOf(InvalidPolicyException.class);
    }

    // --- window checks ----------------------------------------------------------------------

    @Test
    void a_window_whose_business_resume_is_more_than_8_days_after_downtime_start_is_named() {
        // Testing ends on Friday 16:00, so the first one after the review is a week later.
        GoLivePolicy p = PolicyBuilder.defaults().weekendTestingEnd(DayOfWeek.FRIDAY, LocalTime.of(16, 0)).build();
        GoLiveWindow w = WindowCalculator.compute(JUNE_FRIDAY, LONDON, p);

        assertThat(w.businessResume().local()).isEqualTo(LocalDateTime.parse("2026-06-15T08:00"));
        assertThat(GoLivePolicyRules.check(w, p)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("policy.businessResumeDay");
            assertThat(v.message()).contains("within 8 days");
        });
    }

    @Test
    void a_window_where_restore_and_revalidation_do_not_fit_after_the_system_is_back_is_named() {
        GoLivePolicy p = PolicyBuilder.defaults().restoreDuration(Duration.ofDays(3)).build();
        GoLiveWindow w = WindowCalculator.compute(JUNE_FRIDAY, LONDON, p);

        assertThat(GoLivePolicyRules.check(w, p)).containsExactly(new FieldViolation("policy.restoreDuration",
                "restore plus re-validation does not fit between the system coming back and business resume"));
    }

    @Test
    void a_point_of_no_return_exactly_when_the_system_is_back_is_not_enough() {
        // System back Friday 21:00, business resume Monday 08:00: 59 hours between them.
        GoLivePolicy exact = PolicyBuilder.defaults().restoreDuration(Duration.ofHours(58)).build();
        GoLivePolicy fits = PolicyBuilder.defaults().restoreDuration(Duration.ofHours(58).minusMinutes(1)).build();

        assertThat(GoLivePolicyRules.check(WindowCalculator.compute(JUNE_FRIDAY, LONDON, exact), exact))
                .extracting(FieldViolation::field).containsExactly("policy.restoreDuration");
        assertThat(GoLivePolicyRules.check(WindowCalculator.compute(JUNE_FRIDAY, LONDON, fits), fits)).isEmpty();
    }

    @Test
    void a_fitting_policy_can_stop_fitting_on_the_weekend_the_clocks_go_forward() {
        // 58h30m of restore plus buffer fits into 59 hours but not into the 58 of the spring-forward weekend.
        GoLivePolicy p = PolicyBuilder.defaults().restoreDuration(Duration.ofHours(57).plusMinutes(30)).build();

        assertThat(GoLivePolicyRules.check(WindowCalculator.compute(JUNE_FRIDAY, LONDON, p), p)).isEmpty();
        assertThat(GoLivePolicyRules.check(WindowCalculator.compute(LocalDateTime.parse("2026-03-27T17:00"), LONDON, p), p))
                .extracting(FieldViolation::field).containsExactly("policy.restoreDuration");
    }
}
