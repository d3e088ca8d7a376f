package dev.golive.notification.domain;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages messages are written in; anything else reads English. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    /** The first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, FRENCH);

    private Languages() {
    }

    /** The supported language of {@code locale} (en-GB reads English, fr-CA French), English otherwise. */
    public static Locale resolve(Locale locale) {
        if (locale != null) {
            for (Locale s : SUPPORTED) {
                if (s.getLanguage().equals(locale.getLanguage())) {
                    return s;
                }
            }
        }
        return ENGLISH;
    }

    /**
     * The locale of a well-formed BCP 47 tag whose language is supported ({@code en}, {@code fr},
     * {@code en-GB}, {@code fr-CA}), or empty.
     */
    public static Optional<Locale> parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage()))
                ? Optional.of(locale) : Optional.empty();
    }
}
