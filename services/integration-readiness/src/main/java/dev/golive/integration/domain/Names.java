package dev.golive.integration.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Technical names of the ERP (models, fields) and how names are compared. */
final class Names {

    /** An Odoo technical model name: lower case, dot-separated ({@code sale.order.line}). */
    static final Pattern MODEL = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    /** An Odoo technical field name ({@code partner_id}, {@code x_studio_margin}). */
    static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]*");
    static final int MAX_TECHNICAL_NAME = 128;

    private Names() {
    }

    /** For comparing technical names: stripped, lower case; {@code null} stays {@code null}. */
    static String technical(String name) {
        return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * For matching names in free text: lower case, every run of characters that are not letters or
     * digits (blanks, punctuation, quotes, dots, underscores) replaced by one blank, stripped.
     * {@code "Sync: Sale_Orders"} and {@code "sync sale orders"} are the same words.
     */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                b.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** Whether {@code text} contains {@code name} as whole words ({@link #words}); an empty name matches nothing. */
    static boolean namedIn(String name, String text) {
        String n = words(name);
        return !n.isEmpty() && (" " + words(text) + " ").contains(" " + n + " ");
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** {@code s}, cut to {@code max} characters with an ellipsis when longer. */
    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
