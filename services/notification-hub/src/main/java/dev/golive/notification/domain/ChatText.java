package dev.golive.notification.domain;

/**
 * The text a chat tool shows for a message posted to its incoming webhook ({@code {"text": ...}},
 * built by the adapter): the subject on the first line, the body under it. Plain text only — chat
 * tools disagree on markup, and every one of them shows plain lines well. Blank lines are
 * squeezed, and the whole is cut at {@value #MAX_LENGTH} characters with an ellipsis: chat tools
 * refuse or truncate long messages, and the full text is in the feed.
 */
public final class ChatText {

    public static final int MAX_LENGTH = 3_000;

    private ChatText() {
    }

    public static String of(String subject, String body) {
        String s = subject == null ? "" : subject.strip().replaceAll("\\s*\\R\\s*", " ");
        String b = body == null ? "" : body.strip().replaceAll("(\\R[ \\t]*){3,}", "\n\n");
        String text = b.isEmpty() ? s : s.isEmpty() ? b : s + "\n" + b;
        if (text.length() > MAX_LENGTH) {
            int cut = MAX_LENGTH - 1;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text = text.substring(0, cut) + "…";
        }
        return text;
    }
}
