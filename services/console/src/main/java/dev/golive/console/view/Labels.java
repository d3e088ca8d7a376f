package dev.golive.console.view;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/** Service vocabulary for people ({@code {label:of('POINT_OF_NO_RETURN')}} → "Point of no return"). */
@TemplateExtension(namespace = "label")
public final class Labels {

    private Labels() {
    }

    public static String of(Object code) {
        if (code == null) {
            return "";
        }
        String text = code.toString().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A CSS class for a verdict word, so colour and wording agree (and colour is never the only cue). */
    public static String tone(Object code) {
        if (code == null) {
            return "neutral";
        }
        return switch (code.toString()) {
            case "GO", "FIX_FORWARD", "PASSED", "SUCCEEDED", "READY", "true", "RESOLVED", "COMPLETED", "CHECKED", "FIXED" -> "good";
            case "NOT_RUN", "NOT_APPLICABLE", "ACCEPTED_AS_IS" -> "neutral";
            case "DECIDE_NOW", "BLOCKED", "MITIGATED", "WARNING", "AWAITING_CUSTOM_MODULES" -> "warn";
            case "NO_GO", "ROLL_BACK", "FAILED", "NOT_READY", "false", "OPEN", "FAILING", "ROLLED_BACK" -> "bad";
            default -> "neutral";
        };
    }
}
