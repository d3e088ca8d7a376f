package dev.golive.notification.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message in a chat tool's own rich format, as the JSON body of its incoming webhook: Slack's
 * Block Kit and a Microsoft Teams Adaptive Card. Both carry the plain text too ({@link ChatText}),
 * which the tools show in notifications and where the rich part cannot be shown. The subject is the
 * heading, each paragraph of the body a block of its own; the tools' limits are kept (Slack: header
 * 150 characters, section 3,000, 50 blocks), so a long message is cut rather than refused.
 */
public final class ChatCards {

    static final int SLACK_HEADER_MAX = 150;
    static final int SLACK_SECTION_MAX = 3_000;
    static final int SLACK_BLOCKS_MAX = 50;
    public static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

    private ChatCards() {
    }

    /** {@code {"text": fallback, "blocks": [header, section…, context]}}. */
    public static Map<String, Object> slack(String subject, String body, Severity severity) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(Map.of("type", "header", "text", Map.of("type", "plain_text", "text", cut(oneLine(subject), SLACK_HEADER_MAX),
                "emoji", false)));
        for (String paragraph : paragraphs(body)) {
            if (blocks.size() == SLACK_BLOCKS_MAX - 1) {
                break;
            }
            blocks.add(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text",
                    cut(slackEscape(paragraph), SLACK_SECTION_MAX))));
        }
        blocks.add(Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn",
                "text", "Golive · " + severity.name().toLowerCase(java.util.Locale.ROOT)))));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", ChatText.of(subject, body));
        message.put("blocks", blocks);
        return message;
    }

    /**
     * {@code {"type": "message", "summary", "text", "attachments": [{"contentType": adaptive card,
     * "content": {AdaptiveCard 1.4: a bold heading, one wrapped TextBlock per paragraph}}]}}.
     */
    public static Map<String, Object> teams(String subject, String body, Severity severity) {
        List<Object> cardBody = new ArrayList<>();
        Map<String, Object> heading = new LinkedHashMap<>();
        heading.put("type", "TextBlock");
        heading.put("text", oneLine(subject));
        heading.put("weight", "Bolder");
        heading.put("size", "Medium");
        heading.put("wrap", true);
        if (severity == Severity.CRITICAL || severity == Severity.WARNING) {
            heading.put("color", "Attention");
        }
        cardBody.add(heading);
        for (String paragraph : paragraphs(body)) {
            // Adaptive Cards read a line break as markdown only when doubled.
            cardBody.add(Map.of("type", "TextBlock", "text", paragraph.replace("\n", "\n\n"), "wrap", true));
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", cardBody);
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", ADAPTIVE_CARD);
        attachment.put("content", card);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("summary", oneLine(subject));
        message.put("text", ChatText.of(subject, body));
        message.put("attachments", List.of(attachment));
        return message;
    }

    private static List<String> paragraphs(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : body.strip().split("\\R[ \\t]*\\R")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Slack's mrkdwn reads {@code &}, {@code <} and {@code >} as its own: escaped, as Slack asks. */
    static String slackEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = max - 1;
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut--;
        }
        return s.substring(0, cut) + "…";
    }
}
