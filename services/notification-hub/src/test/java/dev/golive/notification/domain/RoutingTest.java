package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RoutingTest {

    private static final WebhookTarget CHAT = new WebhookTarget("w-chat", "https://chat.example.com/hooks/1", WebhookFormat.CHAT_TEXT);
    private static final WebhookTarget OPS = new WebhookTarget("w-ops", "https://ops.example.com/golive", WebhookFormat.GOLIVE_JSON);

    private static Notice notice(NoticeKind kind, Severity severity) {
        return new Notice(kind, severity, "c-1", "e-1", "golive.test", Map.of(), Optional.empty());
    }

    private static Notice personal(NoticeKind kind, String username) {
        return new Notice(kind, Severity.NOTICE, "c-1", "e-1", "golive.test", Map.of(), Optional.of(username));
    }

    private static List<String> described(List<Addressee> addressees) {
        return addressees.stream().map(a -> a.recipient().username() + ":" + a.channel() + ":" + a.targetId()).toList();
    }

    @ParameterizedTest(name = "{0} {1} for a subscription to {2} from {3}: heard {4}")
    @CsvSource(textBlock = """
            DOWNTIME_STARTED, NOTICE,   DOWNTIME_STARTED, INFO,     true
            DOWNTIME_STARTED, NOTICE,   DOWNTIME_STARTED, NOTICE,   true
            DOWNTIME_STARTED, NOTICE,   DOWNTIME_STARTED, WARNING,  false
            DOWNTIME_STARTED, NOTICE,   SYSTEM_BACK,      INFO,     false
            GATE_FAILED,      WARNING,  *,                NOTICE,   true
            CUTOVER_PLANNED,  INFO,     *,                NOTICE,   false
            INCIDENT_OPENED,  CRITICAL, *,                CRITICAL, true
            """)
    void a_subscription_covers_its_kind_or_every_kind_from_its_minimum_severity(NoticeKind kind, Severity severity,
                                                                             String subscribed, Severity minimum,
                                                                             boolean heard) {
        Recipient r = People.person("s-1", "sam", StakeholderRole.BUSINESS_STAKEHOLDER, Optional.empty(), List.of(),
                List.of(new Subscription(subscribed, minimum, Channel.FEED)));

        assertThat(Routing.recipients(notice(kind, severity), List.of(r))).hasSize(heard ? 1 : 0);
    }

    @Test
    void each_recipient_and_channel_is_addressed_once_however_many_subscriptions_cover_it() {
        Recipient olivia = People.person("s-olivia", "olivia", StakeholderRole.OPS_LEAD, Optional.of("olivia@example.com"),
                List.of(CHAT, OPS), List.of(
                        new Subscription("*", Severity.INFO, Channel.EMAIL),
                        new Subscription(NoticeKind.GATE_FAILED, Severity.WARNING, Channel.EMAIL),
                        new Subscription(NoticeKind.GATE_FAILED, Severity.INFO, Channel.WEBHOOK),
                        new Subscription("*", Severity.NOTICE, Channel.WEBHOOK),
                        new Subscription("*", Severity.INFO, Channel.FEED)));

        List<Addressee> to = Routing.recipients(notice(NoticeKind.GATE_FAILED, Severity.WARNING), List.of(olivia, olivia));

        assertThat(described(to)).containsExactly("olivia:EMAIL:-", "olivia:WEBHOOK:w-chat", "olivia:WEBHOOK:w-ops",
                "olivia:FEED:-");
    }

    @Test
    void a_channel_the_recipient_cannot_be_reached_on_is_dropped() {
        Recipient noAddress = People.person("s-1", "sam", StakeholderRole.BUSINESS_STAKEHOLDER, Optional.empty(), List.of(),
                List.of(new Subscription("*", Severity.INFO, Channel.EMAIL), new Subscription("*", Severity.INFO, Channel.WEBHOOK),
                        new Subscription("*", Severity.INFO, Channel.FEED)));

        assertThat(described(Routing.recipients(notice(NoticeKind.SYSTEM_BACK, Severity.NOTICE), List.of(noAddress))))
                .containsExactly("sam:FEED:-");
    }

    @Test
    void a_personal_notice_reaches_its_person_only_whatever_the_others_subscribed_to() {
        Recipient tess = People.tess();
        Recipient theo = People.withDefaults("s-theo", "theo", StakeholderRole.TESTER);
        Recipient olivia = People.olivia();

        List<Addressee> to = Routing.recipients(personal(NoticeKind.ASSIGNMENT_CHANGED, "TESS"), List.of(olivia, tess, theo));

        assertThat(to).extracting(a -> a.recipient().username()).containsOnly("tess");
        assertThat(to).extracting(Addressee::channel).containsExactly(Channel.EMAIL, Channel.FEED);
    }

    @Test
    void a_personal_notice_still_needs_a_subscription() {
        Recipient sam = People.sam();

        assertThat(Routing.recipients(personal(NoticeKind.ASSIGNMENT_CHANGED, "sam"), List.of(sam))).isEmpty();
    }

    @Test
    void a_page_reaches_the_person_paged_on_every_channel_they_have_without_any_subscription() {
        Recipient oscar = People.person("s-oscar", "oscar", StakeholderRole.ON_CALL, Optional.of("oscar@example.com"),
                List.of(CHAT), List.of());
        Recipient nina = People.person("s-nina", "nina", StakeholderRole.ON_CALL, Optional.of("nina@example.com"),
                List.of(), List.of(new Subscription("*", Severity.INFO, Channel.FEED)));

        List<Addressee> to = Routing.recipients(personal(NoticeKind.PAGE, "oscar"), List.of(oscar, nina));

        assertThat(described(to)).containsExactly("oscar:EMAIL:-", "oscar:WEBHOOK:w-chat", "oscar:FEED:-");
    }

    @Test
    void with_the_role_defaults_each_role_hears_what_concerns_it() {
        List<Recipient> everyone = List.of(People.olivia(), People.oscar(), People.tess(), People.sam());

        Map<NoticeKind, Set<String>> heard = Map.of(
                NoticeKind.DOWNTIME_STARTED, who(NoticeKind.DOWNTIME_STARTED, Severity.NOTICE, everyone),
                NoticeKind.INCIDENT_OPENED, who(NoticeKind.INCIDENT_OPENED, Severity.INFO, everyone),
                NoticeKind.GATE_FAILED, who(NoticeKind.GATE_FAILED, Severity.WARNING, everyone),
                NoticeKind.CUTOVER_PLANNED, who(NoticeKind.CUTOVER_PLANNED, Severity.INFO, everyone),
                NoticeKind.ROLLBACK_DECIDED, who(NoticeKind.ROLLBACK_DECIDED, Severity.WARNING, everyone));

        assertThat(heard.get(NoticeKind.DOWNTIME_STARTED)).containsExactlyInAnyOrder("olivia", "tess", "sam");
        assertThat(heard.get(NoticeKind.INCIDENT_OPENED)).containsExactlyInAnyOrder("oscar");
        assertThat(heard.get(NoticeKind.GATE_FAILED)).containsExactlyInAnyOrder("olivia");
        assertThat(heard.get(NoticeKind.CUTOVER_PLANNED)).isEmpty();
        assertThat(heard.get(NoticeKind.ROLLBACK_DECIDED)).containsExactlyInAnyOrder("olivia", "sam");
    }

    private static Set<String> who(NoticeKind kind, Severity severity, List<Recipient> recipients) {
        return Routing.recipients(notice(kind, severity), recipients).stream().map(a -> a.recipient().username())
                .collect(Collectors.toSet());
    }

    @Test
    void no_notice_of_any_kind_and_severity_is_addressed_twice_to_the_same_place() {
        Recipient olivia = People.person("s-olivia", "olivia", StakeholderRole.OPS_LEAD, Optional.of("olivia@example.com"),
                List.of(CHAT, OPS), DefaultSubscriptions.forRole(StakeholderRole.OPS_LEAD, EnumSet.allOf(Channel.class)));
        List<Recipient> everyone = List.of(olivia, People.oscar(), People.tess(), People.sam(), olivia);
        for (NoticeKind kind : NoticeKind.values()) {
            for (Severity severity : Severity.values()) {
                List<String> places = described(Routing.recipients(notice(kind, severity), everyone));
                assertThat(places).as(kind + " " + severity).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void a_webhook_addressee_names_its_target_and_the_others_none() {
        Recipient r = People.oscar();

        assertThat(Addressee.webhook(r, CHAT).targetId()).isEqualTo("w-chat");
        assertThat(new Addressee(r, Channel.EMAIL).targetId()).isEqualTo(Addressee.SINGLE_TARGET);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Addressee(r, Channel.WEBHOOK))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Addressee(r, Channel.FEED, Optional.of(CHAT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
