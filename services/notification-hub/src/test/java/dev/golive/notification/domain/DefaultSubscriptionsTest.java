package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.golive.notification.domain.NoticeKind.*;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DefaultSubscriptionsTest {

    @Test
    void the_ops_lead_hears_everything_from_notice_up() {
        assertThat(DefaultSubscriptions.forRole(StakeholderRole.OPS_LEAD, Set.of(Channel.EMAIL)))
                .containsExactlyInAnyOrder(new Subscription("*", Severity.NOTICE, Channel.EMAIL),
                        new Subscription("*", Severity.NOTICE, Channel.FEED));
    }

    @Test
    void a_business_stakeholder_hears_whether_monday_is_safe() {
        assertThat(DefaultSubscriptions.kindsFor(StakeholderRole.BUSINESS_STAKEHOLDER))
                .contains(GO_NO_GO_DECIDED, DOWNTIME_STARTED, SYSTEM_BACK, ROLLBACK_DECIDED, WEEKEND_SIGNED_OFF)
                .doesNotContain(INCIDENT_OPENED, GATE_FAILED, ROLLBACK_ASSESSMENT, TEST_PLAN_PUBLISHED, REHEARSAL_FAILED);
    }

    @Test
    void on_call_staff_hear_incidents_and_the_assessment_that_pages_them() {
        assertThat(DefaultSubscriptions.kindsFor(StakeholderRole.ON_CALL))
                .containsExactlyInAnyOrder(INCIDENT_OPENED, INCIDENT_UPDATED, INCIDENT_RESOLVED, ROLLBACK_ASSESSMENT,
                        RUNBOOK_TASK_OVERDUE, RUNBOOK_PAST_POINT_OF_NO_RETURN, RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN);
    }

    @Test
    void a_tester_hears_their_plan_and_the_moments_of_the_weekend() {
        assertThat(DefaultSubscriptions.kindsFor(StakeholderRole.TESTER))
                .contains(TEST_PLAN_PUBLISHED, ASSIGNMENT_CHANGED, DOWNTIME_STARTED, SYSTEM_BACK, WEEKEND_TESTING_STARTED,
                        WEEKEND_SIGNED_OFF, TRAINING_LIST)
                .doesNotContain(TEST_PLAN_OVERVIEW, INCIDENT_OPENED);
    }

    @ParameterizedTest(name = "{0} with e-mail {1}, webhook {2}")
    @CsvSource(textBlock = """
            BUSINESS_STAKEHOLDER, true,  true
            BUSINESS_STAKEHOLDER, false, false
            TESTER,               true,  false
            ON_CALL,              false, true
            OPS_LEAD,             false, false
            """)
    void defaults_use_every_available_channel_and_the_feed_always(StakeholderRole role, boolean email, boolean webhook) {
        Set<Channel> available = Recipient.availableChannels(email, webhook);

        List<Subscription> subs = DefaultSubscriptions.forRole(role, available);

        assertThat(subs).extracting(Subscription::channel).hasSameElementsAs(available);
        for (Channel c : available) {
            assertThat(subs.stream().filter(s -> s.channel() == c).map(Subscription::eventKind).toList())
                    .doesNotHaveDuplicates()
                    .hasSize(role == StakeholderRole.OPS_LEAD ? 1 : DefaultSubscriptions.kindsFor(role).size());
        }
    }

    @ParameterizedTest
    @EnumSource(StakeholderRole.class)
    void every_default_names_a_known_kind_and_the_feed_is_always_there(StakeholderRole role) {
        for (Subscription s : DefaultSubscriptions.forRole(role, EnumSet.of(Channel.FEED))) {
            assertThat(NoticeKind.subscribable(s.eventKind())).isTrue();
        }
        assertThat(DefaultSubscriptions.forRole(role, Set.of())).extracting(Subscription::channel).containsOnly(Channel.FEED);
    }
}
