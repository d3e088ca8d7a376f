package dev.golive.notification.message;

import dev.golive.notification.domain.Languages;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.ReaderTime;
import dev.golive.notification.domain.Recipient;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a notice for one reader with the Qute templates {@code templates/notice/<language>/<KIND>.txt}:
 * the first line is the subject, the rest the body. The reader's language is used when a template
 * exists in it, English otherwise; a kind without its own template uses {@code _generic}, which lists
 * the facts. Every instant is written for the reader ({@link ReaderTime}: the cutover's wall clock,
 * then the reader's own), so the templates receive text only.
 */
@ApplicationScoped
public class MessageRenderer {

    /** Times further away than this also say the date. */
    private static final Duration SAY_THE_DATE_BEYOND = Duration.ofDays(6);

    @Inject
    Engine engine;

    /**
     * @param cutoverName what people call the cutover (its id when unknown)
     * @param cutoverZone the zone the plan is agreed in (the reader's when unknown)
     * @param nextUpdateBy when the reader hears from us next (business stakeholders during the go-live)
     * @param now         when the message is written, to decide whether a time needs its date
     */
    public Message render(Notice notice, Recipient reader, String cutoverName, ZoneId cutoverZone,
                          Optional<Instant> nextUpdateBy, Instant now) {
        Locale language = Languages.resolve(reader.language());
        ZoneId zone = cutoverZone != null ? cutoverZone : reader.zone();
        Map<String, Object> facts = new LinkedHashMap<>();
        notice.facts().forEach((name, value) -> facts.put(name, text(value, zone, reader.zone(), language, now)));
        String rendered = template(language, notice.kind().name())
                .data("facts", facts)
                .data("kind", notice.kind().name())
                .data("severity", notice.severity().name())
                .data("cutover", cutoverName != null ? cutoverName : notice.cutoverId())
                .data("reader", reader.username())
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

    private Template template(Locale language, String kind) {
        for (String id : List.of(id(language, kind), id(Languages.ENGLISH, kind), id(language, "_generic"),
                id(Languages.ENGLISH, "_generic"))) {
            Template template = engine.getTemplate(id);
            if (template != null) {
                return template;
            }
        }
        throw new IllegalStateException("no template notice/en/_generic.txt");
    }

    private static String id(Locale language, String kind) {
        return "notice/" + language.getLanguage() + "/" + kind + ".txt";
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
