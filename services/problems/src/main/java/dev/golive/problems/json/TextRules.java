package dev.golive.problems.json;

/**
 * What any text in a Golive request body may hold, whatever the field: at most
 * {@link #MAX_LENGTH} characters, and no control characters other than tab, line feed and carriage
 * return. A NUL, for one, is refused by PostgreSQL in a text column and would poison every consumer
 * of the event that carried it. Fields have tighter maxima of their own (names 200, reasons 2000…),
 * checked by their service's rules; this is the floor every field stands on.
 */
public final class TextRules {

    /** The longest text any field of a request may have. */
    public static final int MAX_LENGTH = 10_000;

    private TextRules() {
    }

    /** Why {@code text} is refused, or null when it is acceptable. */
    public static String violation(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            return "must be at most " + maxLength + " characters (it has " + text.length() + ")";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefusedControl(c)) {
                return String.format("must not contain control characters (U+%04X at position %d)", (int) c, i);
            }
        }
        return null;
    }

    static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
