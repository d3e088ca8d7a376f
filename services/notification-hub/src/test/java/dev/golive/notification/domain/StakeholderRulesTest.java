package dev.golive.notification.domain;

import dev.golive.problems.field.FieldViolation;

import dev.golive.notification.domain.StakeholderInput.SubscriptionInput;
import dev.golive.notification.domain.StakeholderInput.WebhookInput;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StakeholderRulesTest {

    private static final WebhookInput CHAT = new WebhookInput("https://chat.example.com/hooks/T0/B1", "CHAT_TEXT");

    private static StakeholderInput valid() {
        return new StakeholderInput("Sam Stakeholder", "sam", "BUSINESS_STAKEHOLDER", "Europe/Paris", "fr", "sam@example.com",
                List.of(CHAT), List.of(new SubscriptionInput("GO_NO_GO_DECIDED", "INFO", "EMAIL"),
                new SubscriptionInput("*", "WARNING", "WEBHOOK"), new SubscriptionInput("GO_NO_GO_DECIDED", "INFO", "FEED")));
    }

    private static List<String> fields(StakeholderInput in) {
        return StakeholderRules.check(in).stream().map(FieldViolation::field).toList();
    }

    @Test
    void a_complete_stakeholder_breaks_no_rule() {
        assertThat(StakeholderRules.check(valid())).isEmpty();
    }

    @Test
    void a_minimal_stakeholder_needs_a_name_a_login_a_role_and_a_zone_only() {
        assertThat(StakeholderRules.check(new StakeholderInput("Oscar", "oscar", "ON_CALL", "Europe/London", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void every_missing_field_is_named() {
        assertThat(fields(new StakeholderInput(" ", null, null, "", null, null, null, null)))
                .containsExactly("name", "username", "role", "zone");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            role     | CEO
            role     | ops_lead
            zone     | Mars/Olympus
            zone     | +01:00
            zone     | GMT+1
            language | de
            language | en_GB!
            language | x
            language | en-GB-oxendict
            email    | sam
            email    | sam@example
            email    | sam@@example.com
            email    | sam smith@example.com
            username | sam smith
            username | sam/admin
            """)
    void a_bad_value_is_refused_with_its_field(String field, String value) {
        StakeholderInput v = valid();
        StakeholderInput in = new StakeholderInput(v.name(), field.equals("username") ? value : v.username(),
                field.equals("role") ? value : v.role(), field.equals("zone") ? value : v.zone(),
                field.equals("language") ? value : v.language(), field.equals("email") ? value : v.email(), v.webhooks(),
                v.subscriptions());

        assertThat(fields(in)).containsExactly(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "en-GB", "fr-CA", "EN"})
    void supported_languages_may_carry_a_region(String tag) {
        StakeholderInput v = valid();

        assertThat(StakeholderRules.check(new StakeholderInput(v.name(), v.username(), v.role(), v.zone(), tag, v.email(),
                v.webhooks(), v.subscriptions()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://chat.example.com/hook", "chat.example.com/hook", "https:///nohost", "https://user:pw@chat.example.com/h",
            "http://exa mple.com/", "mailto:sam@example.com"})
    void a_webhook_url_is_http_or_https_with_a_host_and_no_credentials(String url) {
        StakeholderInput v = valid();
        StakeholderInput in = new StakeholderInput(v.name(), v.username(), v.role(), v.zone(), v.language(), v.email(),
                List.of(new WebhookInput(url, "GOLIVE_JSON")), v.subscriptions());

        assertThat(fields(in)).containsExactly("webhooks[0].url");
    }

    @Test
    void webhook_items_are_named_by_index_and_a_url_may_be_a_target_once() {
        StakeholderInput v = valid();
        StakeholderInput in = new StakeholderInput(v.name(), v.username(), v.role(), v.zone(), v.language(), v.email(),
                List.of(CHAT, new WebhookInput("http://127.0.0.1:9000/in", "SLACK"), CHAT, new WebhookInput(null, null)),
                v.subscriptions());

        assertThat(fields(in)).containsExactly("webhooks[1].format", "webhooks[2].url", "webhooks[3].url", "webhooks[3].format");
    }

    @Test
    void subscriptions_name_known_kinds_severities_and_channels() {
        StakeholderInput v = valid();
        StakeholderInput in = new StakeholderInput(v.name(), v.username(), v.role(), v.zone(), v.language(), v.email(),
                v.webhooks(), List.of(new SubscriptionInput("DOWNTIME_STARTED", "INFO", "FEED"),
                new SubscriptionInput("EVERYTHING", "INFO", "FEED"),
                new SubscriptionInput("DOWNTIME_STARTED", "URGENT", "EMAIL"),
                new SubscriptionInput("DOWNTIME_STARTED", "INFO", "SMS"),
                new SubscriptionInput(null, null, null)));

        assertThat(fields(in)).containsExactly("subscriptions[1].eventKind", "subscriptions[2].minimumSeverity",
                "subscriptions[3].channel", "subscriptions[4].eventKind", "subscriptions[4].minimumSeverity",
                "subscriptions[4].channel");
    }

    @Test
    void the_same_kind_on_the_same_channel_twice_is_a_duplicate_whatever_the_severity() {
        StakeholderInput v = valid();
        List<SubscriptionInput> subs = new ArrayList<>(v.subscriptions());
        subs.add(new SubscriptionInput("GO_NO_GO_DECIDED", "CRITICAL", "EMAIL"));
        subs.add(new SubscriptionInput("GO_NO_GO_DECIDED", "INFO", "WEBHOOK"));

        assertThat(fields(new StakeholderInput(v.name(), v.username(), v.role(), v.zone(), v.language(), v.email(), v.webhooks(),
                subs))).containsExactly("subscriptions[3]");
    }

    @Test
    void a_subscription_needs_its_channel_to_be_reachable() {
        StakeholderInput in = new StakeholderInput("Theo", "theo", "TESTER", "Europe/London", "en", null, List.of(),
                List.of(new SubscriptionInput("*", "INFO", "EMAIL"), new SubscriptionInput("*", "INFO", "WEBHOOK"),
                        new SubscriptionInput("*", "INFO", "FEED")));

        assertThat(StakeholderRules.check(in)).extracting(FieldViolation::field, FieldViolation::message).containsExactly(
                org.assertj.core.api.Assertions.tuple("subscriptions[0].channel", "EMAIL needs the stakeholder's email"),
                org.assertj.core.api.Assertions.tuple("subscriptions[1].channel", "WEBHOOK needs at least one webhook target"));
    }

    @Test
    void long_texts_are_refused() {
        StakeholderInput v = valid();
        StakeholderInput in = new StakeholderInput("n".repeat(StakeholderRules.MAX_NAME + 1), "u".repeat(StakeholderRules.MAX_USERNAME + 1),
                v.role(), v.zone(), v.language(), "a".repeat(250) + "@example.com",
                List.of(new WebhookInput("https://example.com/" + "p".repeat(StakeholderRules.MAX_URL), "GOLIVE_JSON")),
                List.of());

        assertThat(fields(in)).containsExactly("name", "username", "email", "webhooks[0].url");
    }
}
