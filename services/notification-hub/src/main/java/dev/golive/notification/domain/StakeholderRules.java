package dev.golive.notification.domain;

import dev.golive.problems.field.FieldViolation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a stakeholder, every broken one reported with its field (as named in the JSON
 * body, {@code webhooks[1].url} for a list item):
 * <ul>
 *   <li>{@code name} required, at most {@value #MAX_NAME} characters;</li>
 *   <li>{@code username} required: the Keycloak login (letters, digits, {@code . _ - @ +}), at
 *       most {@value #MAX_USERNAME} characters;</li>
 *   <li>{@code role} one of {@link StakeholderRole};</li>
 *   <li>{@code zone} an IANA region zone ({@code Europe/London}; not an offset such as
 *       {@code +01:00}, which knows nothing of summer time);</li>
 *   <li>{@code language} optional (English when missing), else a well-formed tag of a supported
 *       language ({@link Languages}: en, fr, with any region), at most {@value #MAX_LANGUAGE}
 *       characters once canonical;</li>
 *   <li>{@code email} optional, else of the shape {@code local@domain.tld}, at most 254 characters;</li>
 *   <li>each webhook: {@code url} absolute http or https with a host and no user or password in it
 *       (URLs are shown and logged, secrets must not be), at most {@value #MAX_URL} characters, not
 *       twice; {@code format} one of {@link WebhookFormat};</li>
 *   <li>each subscription: {@code eventKind} a {@link NoticeKind} or {@code *}, {@code minimumSeverity}
 *       a {@link Severity}, {@code channel} a {@link Channel} the stakeholder can be reached on (EMAIL
 *       needs an e-mail, WEBHOOK a target); the same kind on the same channel only once.</li>
 * </ul>
 */
public final class StakeholderRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_USERNAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_URL = 2_000;
    /** The longest language tag kept (as its canonical form): a language and a region, {@code fr-CA}, fit. */
    public static final int MAX_LANGUAGE = 10;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private StakeholderRules() {
    }

    public static List<FieldViolation> check(StakeholderInput in) {
        List<FieldViolation> v = new ArrayList<>();
        text(v, "name", in.name(), MAX_NAME);
        if (text(v, "username", in.username(), MAX_USERNAME) && !USERNAME.matcher(in.username().strip()).matches()) {
            v.add(new FieldViolation("username", "must be a login: letters, digits and . _ - @ + only"));
        }
        oneOf(v, "role", in.role(), StakeholderRole.class);
        zone(v, in.zone());
        if (present(in.language())) {
            Optional<Locale> language = Languages.parse(in.language());
            if (language.isEmpty()) {
                v.add(new FieldViolation("language", "must be a language tag of " + supported() + ", was " + in.language()));
            } else if (language.get().toLanguageTag().length() > MAX_LANGUAGE) {
                // Well-formed, but with variants or extensions (en-GB-oxendict) it would not fit where it is kept.
                v.add(new FieldViolation("language", "must be a language tag of at most " + MAX_LANGUAGE
                        + " characters, a language and a region such as en-GB, was " + in.language()));
            }
        }
        boolean hasEmail = present(in.email());
        if (hasEmail) {
            String email = in.email().strip();
            if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                v.add(new FieldViolation("email", "must be an e-mail address such as name@example.com"));
            }
        }
        List<StakeholderInput.WebhookInput> webhooks = in.webhooks() == null ? List.of() : in.webhooks();
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < webhooks.size(); i++) {
            String field = "webhooks[" + i + "]";
            StakeholderInput.WebhookInput w = webhooks.get(i);
            if (w == null) {
                v.add(new FieldViolation(field, "is required"));
                continue;
            }
            if (url(v, field + ".url", w.url()) && !urls.add(w.url().strip())) {
                v.add(new FieldViolation(field + ".url", "is already a target of this stakeholder"));
            }
            oneOf(v, field + ".format", w.format(), WebhookFormat.class);
        }
        List<StakeholderInput.SubscriptionInput> subscriptions = in.subscriptions() == null ? List.of() : in.subscriptions();
        Set<Channel> available = Recipient.availableChannels(hasEmail, !webhooks.isEmpty());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subscriptions.size(); i++) {
            String field = "subscriptions[" + i + "]";
            StakeholderInput.SubscriptionInput s = subscriptions.get(i);
            if (s == null) {
                v.add(new FieldViolation(field, "is required"));
                continue;
            }
            boolean kindKnown = false;
            if (!present(s.eventKind())) {
                v.add(new FieldViolation(field + ".eventKind", "is required"));
            } else if (!NoticeKind.subscribable(s.eventKind().strip())) {
                v.add(new FieldViolation(field + ".eventKind", "must be * or one of " + List.of(NoticeKind.values())
                        + ", was " + s.eventKind()));
            } else {
                kindKnown = true;
            }
            oneOf(v, field + ".minimumSeverity", s.minimumSeverity(), Severity.class);
            Channel channel = oneOf(v, field + ".channel", s.channel(), Channel.class);
            if (channel != null && !available.contains(channel)) {
                v.add(new FieldViolation(field + ".channel", channel == Channel.EMAIL
                        ? "EMAIL needs the stakeholder's email" : "WEBHOOK needs at least one webhook target"));
            }
            if (kindKnown && channel != null && !seen.add(s.eventKind().strip() + "/" + channel)) {
                v.add(new FieldViolation(field, "subscribes to " + s.eventKind().strip() + " on " + channel + " a second time"));
            }
        }
        return List.copyOf(v);
    }

    private static boolean text(List<FieldViolation> v, String field, String value, int max) {
        if (!present(value)) {
            v.add(new FieldViolation(field, "is required"));
            return false;
        }
        if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters, was " + value.strip().length()));
            return false;
        }
        return true;
    }

    private static void zone(List<FieldViolation> v, String zone) {
        if (!present(zone)) {
            v.add(new FieldViolation("zone", "is required"));
        } else if (!ZoneId.getAvailableZoneIds().contains(zone.strip())) {
            v.add(new FieldViolation("zone", "must be an IANA time zone such as Europe/London, was " + zone));
        }
    }

    private static boolean url(List<FieldViolation> v, String field, String url) {
        if (!present(url)) {
            v.add(new FieldViolation(field, "is required"));
            return false;
        }
        String u = url.strip();
        if (u.length() > MAX_URL) {
            v.add(new FieldViolation(field, "must be at most " + MAX_URL + " characters, was " + u.length()));
            return false;
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            v.add(new FieldViolation(field, "must be a URL: " + e.getReason()));
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            v.add(new FieldViolation(field, "must be an http or https URL"));
            return false;
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            v.add(new FieldViolation(field, "must name a host"));
            return false;
        }
        if (uri.getRawUserInfo() != null) {
            v.add(new FieldViolation(field, "must not carry a user or password: the target's secret signs each request"));
            return false;
        }
        return true;
    }

    private static <E extends Enum<E>> E oneOf(List<FieldViolation> v, String field, String value, Class<E> type) {
        if (!present(value)) {
            v.add(new FieldViolation(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            v.add(new FieldViolation(field, "must be one of " + List.of(type.getEnumConstants()) + ", was " + value));
            return null;
        }
    }

    private static String supported() {
        return Languages.SUPPORTED.stream().map(Locale::toLanguageTag).toList().toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
