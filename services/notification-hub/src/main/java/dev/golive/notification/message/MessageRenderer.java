package dev.golive.notification.message;

import dev.golive.notification.domain.Facts;
import dev.golive.notification.domain.Languages;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.ReaderTime;
import dev.golive.notification.domain.Recipient;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a notice for one reader with the Qute templates {@code templates/notice/<language>/<KIND>.txt}:
 * the first line is the subject, the rest the body. Every kind has its own template in every
 * {@link Languages#SUPPORTED supported language}; a missing one fails the start of the service
 * ({@link #verify}), never a mail of {@code key: value} lines.
 *
 * <p>The templates receive text only: every instant is written for the reader ({@link ReaderTime}: the
 * cutover's wall clock, then the reader's own), durations in hours and minutes, enum values of the
 * facts (decisions, gates, severities, flows…) in the reader's words ({@code notice-words/<language>.properties}),
 * and people by the names the cutover's stakeholders go by. {@code raw} holds the facts as the notice
 * has them, for the templates' conditions ({@code raw.decision == 'GO'}, booleans).
 */
@ApplicationScoped
public class MessageRenderer {

    /** Times further away than this also say the date. */
    private static final Duration SAY_THE_DATE_BEYOND = Duration.ofDays(6);
    /** A value as code spells an enum constant: NO_GO, INVOICING_AND_ACCOUNTING. */
    private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    /** A list item that starts with one: {@code MOVED_MENU: Credit notes moved…}. */
    private static final Pattern ENUM_PREFIX = Pattern.compile("^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+): (.*)$", Pattern.DOTALL);
    /** Facts whose values are enum constants (or lists of them), written in words. */
    private static final Set<String> WORDED = Set.of(Facts.DECISION, Facts.RECOMMENDATION, Facts.GATE,
            Facts.FAILING_GATES, Facts.STATUS, Facts.INCIDENT_SEVERITY, Facts.BUSINESS_FLOW, Facts.AREA,
            Facts.PAGE_LEVEL, Facts.OWNER_KIND, Facts.ROUND, Facts.REASONS, Facts.CHANGES, Facts.CHANGED_FIELDS);
    /** Facts that name a person by login, written with the name the person goes by when the hub knows it. */
    private static final Set<String> PEOPLE = Set.of(Facts.BY, Facts.OWNER);
    /** List facts written one item a line. */
    private static final Set<String> LINES = Set.of(Facts.CHANGES, Facts.SCENARIO_TITLES);

    private final Engine engine;
    private final Map<Locale, Properties> words = new HashMap<>();

    public MessageRenderer(Engine engine) {
        this.engine = engine;
        for (Locale language : Languages.SUPPORTED) {
            words.put(language, load(language));
        }
    }

    /** A kind without its own template in a supported language stops the service at start. */
    void verify(@Observes StartupEvent startup) {
        List<String> missing = missingTemplates();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("notice templates missing: " + missing);
        }
    }

    /** The template ids a kind (or the next-update line) lacks in a supported language. */
    public List<String> missingTemplates() {
        List<String> missing = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            for (NoticeKind kind : NoticeKind.values()) {
                if (engine.getTemplate(id(language, kind.name())) == null) {
                    missing.add(id(language, kind.name()));
                }
            }
            for (String part : List.of("_next_update", "_mail_footer")) {
                if (engine.getTemplate(id(language, part)) == null) {
                    missing.add(id(language, part));
                }
            }
        }
        return missing;
    }

    /**
     * @param cutoverName what people call the cutover (its id when unknown)
     * @param cutoverZone the zone the plan is agreed in (the reader's when unknown)
     * @param nextUpdateBy when the reader hears from us next (business stakeholders during the go-live)
     * @param now         when the message is written, to decide whether a time needs its date
     */
    public Message render(Notice notice, Recipient reader, String cutoverName, ZoneId cutoverZone,
                          Optional<Instant> nextUpdateBy, Instant now) {
        return render(notice, reader, cutoverName, cutoverZone, nextUpdateBy, now, Map.of());
    }

    /** The same, with the names people go by ({@code names}: login in lower case → name). */
    public Message render(Notice notice, Recipient reader, String cutoverName, ZoneId cutoverZone,
                          Optional<Instant> nextUpdateBy, Instant now, Map<String, String> names) {
        Locale language = Languages.resolve(reader.language());
        ZoneId zone = cutoverZone != null ? cutoverZone : reader.zone();
        Map<String, Object> facts = new LinkedHashMap<>();
        Map<String, Object> raw = new LinkedHashMap<>();
        notice.facts().forEach((name, value) -> {
            raw.put(name, value instanceof Collection<?> || value instanceof Boolean ? value : String.valueOf(value));
            Object shown = PEOPLE.contains(name) && value instanceof String login ? names.getOrDefault(
                    login.toLowerCase(Locale.ROOT), login) : value;
            Object written = WORDED.contains(name) ? worded(shown, language) : text(shown, zone, reader.zone(), language, now);
            if (LINES.contains(name) && value instanceof Collection<?> items) {
                // One line each: a list of changes or scenarios reads better down the page than along one line.
                written = items.stream().map(i -> "- " + (WORDED.contains(name) ? worded(i, language) : String.valueOf(i)))
                        .collect(Collectors.joining("\n"));
            }
            facts.put(name, written);
        });
        String rendered = template(language, notice.kind().name())
                .data("facts", facts)
                .data("raw", raw)
                .data("severity", word(notice.severity().name(), language))
                .data("cutover", cutoverName != null ? cutoverName : notice.cutoverId())
                .data("reader", names.getOrDefault(reader.username().toLowerCase(Locale.ROOT), reader.username()))
                .render().strip();
        if (nextUpdateBy.isPresent()) {
            rendered = rendered + "\n\n" + template(language, "_next_update")
                    .data("nextUpdateBy", text(nextUpdateBy.get(), zone, reader.zone(), language, now)).render().strip();
        }
        int newline = rendered.indexOf('\n');
        if (newline < 0) {
            return new Message(rendered, "");
        }
        return new Message(rendered.substring(0, newline).strip(), rendered.substring(newline + 1).strip());
    }

    /** The end of a mail: why the reader receives it and the link where they choose what they receive. */
    public String mailFooter(Recipient reader, String cutoverName, String manageUrl) {
        return template(Languages.resolve(reader.language()), "_mail_footer").data("cutover", cutoverName)
                .data("manageUrl", manageUrl).render().strip();
    }

    private Template template(Locale language, String kind) {
        Template template = engine.getTemplate(id(language, kind));
        if (template == null) {
            // Checked at start (verify): reaching this means a template was removed at run time.
            throw new IllegalStateException("no template " + id(language, kind));
        }
        return template;
    }

    private static String id(Locale language, String kind) {
        return "notice/" + language.getLanguage() + "/" + kind + ".txt";
    }

    /** An enum value (or a list of them, or list items starting with one) in the reader's words. */
    private String worded(Object value, Locale language) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(i -> worded(i, language)).collect(Collectors.joining("; "));
        }
        String s = String.valueOf(value);
        Matcher prefixed = ENUM_PREFIX.matcher(s);
        if (prefixed.matches()) {
            return word(prefixed.group(1), language) + ": " + prefixed.group(2);
        }
        return word(s, language);
    }

    /** The reader's word for {@code value}, or the value in lower case with spaces when it looks like a constant. */
    String word(String value, Locale language) {
        String known = words.get(language).getProperty(value);
        if (known != null) {
            return known;
        }
        if (ENUM_VALUE.matcher(value).matches()) {
            return value.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        return value;
    }

    private static Properties load(Locale language) {
        String path = "notice-words/" + language.getLanguage() + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessageRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String text(Object value, ZoneId cutoverZone, ZoneId readerZone, Locale language, Instant now) {
        if (value instanceof Instant at) {
            boolean far = Duration.between(now, at).abs().compareTo(SAY_THE_DATE_BEYOND) > 0;
            return ReaderTime.describe(at, cutoverZone, readerZone, language, far);
        }
        if (value instanceof Duration d) {
            return duration(d);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** {@code 2 h 30 min}, {@code 45 min}, {@code -1 h} once past. */
    static String duration(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        Duration a = d.abs();
        long hours = a.toHours();
        long minutes = a.toMinutesPart();
        if (hours == 0 && minutes == 0) {
            return sign + a.toSecondsPart() + " s";
        }
        if (hours == 0) {
            return sign + minutes + " min";
        }
        return sign + hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }
}
