package dev.golive.notification.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML part of a mail, made from its plain text rather than from a second template per kind: the
 * words are written once (templates/notice/&lt;language&gt;/&lt;KIND&gt;.txt), so the two parts can never say
 * different things, and every character of the text is escaped here, so nothing in a fact (an
 * incident title, an update's text) can become markup. Paragraphs are the text's blank-line blocks,
 * lines starting with "- " a list, links clickable; inline styles only, nothing loaded from elsewhere.
 */
public final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private MailHtml() {
    }

    public static String of(String subject, String body) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:16px;background:#f4f5f7;\">")
                .append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;border-radius:6px;padding:20px;")
                .append("font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.5;color:#1f2933;\">")
                .append("<h1 style=\"font-size:18px;margin:0 0 12px 0;\">").append(escape(subject)).append("</h1>");
        for (String block : (body == null ? "" : body.strip()).split("\\R[ \\t]*\\R")) {
            List<String> lines = block.strip().lines().toList();
            if (lines.isEmpty()) {
                continue;
            }
            boolean footer = lines.get(0).equals("—");
            String style = footer ? " style=\"color:#6b7280;font-size:13px;border-top:1px solid #e5e7eb;padding-top:12px;\"" : "";
            List<String> paragraph = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (String line : footer ? lines.subList(1, lines.size()) : lines) {
                if (line.startsWith("- ")) {
                    flush(html, paragraph, style);
                    items.add(line.substring(2));
                } else {
                    if (!items.isEmpty()) {
                        html.append("<ul>");
                        items.forEach(i -> html.append("<li>").append(inline(i)).append("</li>"));
                        html.append("</ul>");
                        items.clear();
                    }
                    paragraph.add(line);
                }
            }
            flush(html, paragraph, style);
            if (!items.isEmpty()) {
                html.append("<ul>");
                items.forEach(i -> html.append("<li>").append(inline(i)).append("</li>"));
                html.append("</ul>");
            }
        }
        return html.append("</div></body></html>").toString();
    }

    private static void flush(StringBuilder html, List<String> lines, String style) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p").append(style).append(">");
        for (int i = 0; i < lines.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(inline(lines.get(i)));
        }
        html.append("</p>");
        lines.clear();
    }

    /** Escaped text with its links made clickable (the link itself escaped too). */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String url = escape(m.group());
            out.append("<a href=\"").append(url).append("\" style=\"color:#1d4ed8;\">").append(url).append("</a>");
            at = m.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
