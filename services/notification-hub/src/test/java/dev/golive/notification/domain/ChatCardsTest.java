package dev.golive.notification.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Slack and Teams receive their own rich format, each with the plain text as fallback, within their limits. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChatCardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBJECT = "[Acme go-live] Incident (critical): Invoices <cannot> be posted";
    private static final String BODY = "An incident was reported by Oscar: \"Invoices & credit notes\".\n"
            + "The system cannot be used.\n\nWhat to do: add what you see to this incident.";

    private static JsonNode json(Map<String, Object> message) {
        return JSON.valueToTree(message);
    }

    @Test
    void slack_gets_block_kit_with_a_header_a_section_per_paragraph_and_the_plain_text_fallback() {
        JsonNode m = json(ChatCards.slack(SUBJECT, BODY, Severity.CRITICAL));

        assertThat(m.get("text").asText()).isEqualTo(ChatText.of(SUBJECT, BODY));
        JsonNode blocks = m.get("blocks");
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
        assertThat(blocks.get(0).get("text").get("type").asText()).isEqualTo("plain_text");
        assertThat(blocks.get(0).get("text").get("text").asText()).isEqualTo(SUBJECT);
        assertThat(blocks.get(1).get("type").asText()).isEqualTo("section");
        assertThat(blocks.get(1).get("text").get("type").asText()).isEqualTo("mrkdwn");
        // Slack's own control characters are escaped in mrkdwn.
        assertThat(blocks.get(1).get("text").get("text").asText())
                .isEqualTo("An incident was reported by Oscar: \"Invoices &amp; credit notes\".\nThe system cannot be used.");
        assertThat(blocks.get(2).get("text").get("text").asText()).isEqualTo("What to do: add what you see to this incident.");
        assertThat(blocks.get(3).get("type").asText()).isEqualTo("context");
        assertThat(blocks.get(3).get("elements").get(0).get("text").asText()).contains("critical");
        assertThat(blocks).hasSize(4);
    }

    @Test
    void slack_limits_are_kept_for_a_long_message() {
        String longSubject = "x".repeat(400);
        String longBody = ("y".repeat(4000) + "\n\n").repeat(80);
        JsonNode blocks = json(ChatCards.slack(longSubject, longBody, Severity.INFO)).get("blocks");

        assertThat(blocks.size()).isLessThanOrEqualTo(ChatCards.SLACK_BLOCKS_MAX);
        assertThat(blocks.get(0).get("text").get("text").asText()).hasSize(ChatCards.SLACK_HEADER_MAX).endsWith("…");
        assertThat(blocks.get(1).get("text").get("text").asText()).hasSize(ChatCards.SLACK_SECTION_MAX);
    }

    @Test
    void teams_gets_a_message_with_an_adaptive_card_and_a_summary() {
        JsonNode m = json(ChatCards.teams(SUBJECT, BODY, Severity.CRITICAL));

        assertThat(m.get("type").asText()).isEqualTo("message");
        assertThat(m.get("summary").asText()).isEqualTo(SUBJECT);
        assertThat(m.get("text").asText()).isEqualTo(ChatText.of(SUBJECT, BODY));
        JsonNode attachment = m.get("attachments").get(0);
        assertThat(m.get("attachments")).hasSize(1);
        assertThat(attachment.get("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.get("content");
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.4");
        assertThat(card.get("body").get(0).get("text").asText()).isEqualTo(SUBJECT);
        assertThat(card.get("body").get(0).get("weight").asText()).isEqualTo("Bolder");
        assertThat(card.get("body").get(0).get("color").asText()).isEqualTo("Attention");
        assertThat(card.get("body").get(1).get("text").asText()).contains("Invoices & credit notes")
                .contains("\n\nThe system cannot be used.");
        assertThat(card.get("body").get(1).get("wrap").asBoolean()).isTrue();
        assertThat(card.get("body")).hasSize(3);
    }

    @Test
    void a_notice_that_is_not_urgent_is_not_coloured_as_one_in_teams() {
        JsonNode card = json(ChatCards.teams("[Acme] Weekend testing signed off", "All passed.", Severity.NOTICE))
                .get("attachments").get(0).get("content");
        assertThat(card.get("body").get(0).has("color")).isFalse();
    }
}
