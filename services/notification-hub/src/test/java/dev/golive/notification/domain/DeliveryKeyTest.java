package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeliveryKeyTest {

    @Test
    void the_same_delivery_always_has_the_same_key() {
        String key = DeliveryKey.of("e-1", "s-1", Channel.EMAIL, Addressee.SINGLE_TARGET);

        assertThat(DeliveryKey.of("e-1", "s-1", Channel.EMAIL, Addressee.SINGLE_TARGET)).isEqualTo(key);
        assertThat(key).hasSize(DeliveryKey.LENGTH).startsWith("d1-").matches("d1-[0-9a-f]{64}");
    }

    @Test
    void any_part_that_differs_makes_another_key() {
        Set<String> keys = Set.of(
                DeliveryKey.of("e-1", "s-1", Channel.EMAIL, "-"),
                DeliveryKey.of("e-2", "s-1", Channel.EMAIL, "-"),
                DeliveryKey.of("e-1", "s-2", Channel.EMAIL, "-"),
                DeliveryKey.of("e-1", "s-1", Channel.FEED, "-"),
                DeliveryKey.of("e-1", "s-1", Channel.WEBHOOK, "w-1"),
                DeliveryKey.of("e-1", "s-1", Channel.WEBHOOK, "w-2"));

        assertThat(keys).hasSize(6);
    }

    @Test
    void parts_cannot_be_shifted_into_each_other() {
        assertThat(DeliveryKey.of("a|b", "c", Channel.FEED, "-")).isNotEqualTo(DeliveryKey.of("a", "b|c", Channel.FEED, "-"));
        assertThat(DeliveryKey.of("ab", "c", Channel.FEED, "-")).isNotEqualTo(DeliveryKey.of("a", "bc", Channel.FEED, "-"));
    }

    @Test
    void every_addressee_of_a_notice_has_its_own_key_and_each_notice_of_one_event_too() {
        WebhookTarget chat = new WebhookTarget("w-chat", "https://chat.example.com/hooks/1", WebhookFormat.CHAT_TEXT);
        WebhookTarget ops = new WebhookTarget("w-ops", "https://ops.example.com/golive", WebhookFormat.GOLIVE_JSON);
        Recipient olivia = People.person("s-olivia", "olivia", StakeholderRole.OPS_LEAD, Optional.of("olivia@example.com"),
                List.of(chat, ops), List.of(new Subscription("*", Severity.INFO, Channel.EMAIL),
                        new Subscription("*", Severity.INFO, Channel.WEBHOOK), new Subscription("*", Severity.INFO, Channel.FEED)));
        Notice overview = new Notice(NoticeKind.TEST_PLAN_OVERVIEW, Severity.NOTICE, "c-1", "e-9", "t", Map.of(), Optional.empty());
        Notice hers = new Notice(NoticeKind.TEST_PLAN_PUBLISHED, Severity.NOTICE, "c-1", "e-9", "t", Map.of(), Optional.of("olivia"));

        List<String> keys = List.of(overview, hers).stream()
                .flatMap(n -> Routing.recipients(n, List.of(olivia)).stream().map(a -> DeliveryKey.of(n, a)))
                .toList();

        assertThat(keys).hasSize(8).doesNotHaveDuplicates();
        assertThat(keys.stream().collect(Collectors.toSet())).hasSize(8);
    }
}
