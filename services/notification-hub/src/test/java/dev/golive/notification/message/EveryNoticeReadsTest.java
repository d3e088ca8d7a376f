package dev.golive.notification.message;

import dev.golive.notification.domain.Languages;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.StakeholderRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of notice, in every supported language, reads as words written for it: made from a
 * realistic event by the hub's own makers ({@link NoticeSamples}) and rendered for a reader in
 * another zone than the cutover's. Fails on a kind without its own template in a language, a
 * generic fallback, an unreplaced placeholder, a raw enum key, an empty body, or an id where a
 * person reads (links excepted: they carry ids on purpose).
 */
@QuarkusTest
class EveryNoticeReadsTest {

    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** An enum constant as code spells it: INTEGRATIONS_READY, NO_GO. */
    private static final Pattern ENUM_KEY = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");

    @Inject
    MessageRenderer renderer;

    @Test
    void every_kind_has_a_sample() {
        assertThat(NoticeSamples.missing(NoticeSamples.all())).isEmpty();
    }

    @Test
    void every_kind_has_its_own_template_in_every_language() {
        List<String> missing = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            for (Locale language : Languages.SUPPORTED) {
                String path = "templates/notice/" + language.getLanguage() + "/" + kind.name() + ".txt";
                if (Thread.currentThread().getContextClassLoader().getResource(path) == null) {
                    missing.add(path);
                }
            }
        }
        assertThat(missing).as("kinds without their own template").isEmpty();
        // The same check the service makes at start, on the templates Qute actually loaded.
        assertThat(renderer.missingTemplates()).isEmpty();
    }

    @Test
    void every_notice_reads_as_words_in_every_language() {
        List<String> problems = new ArrayList<>();
        for (Notice notice : NoticeSamples.all()) {
            for (Locale language : Languages.SUPPORTED) {
                Recipient reader = NoticeSamples.reader("sam", StakeholderRole.BUSINESS_STAKEHOLDER,
                        language.getLanguage(), ZoneId.of("America/New_York"));
                Message m;
                try {
                    m = renderer.render(notice, reader, NoticeSamples.CUTOVER_NAME, NoticeSamples.LONDON,
                            Optional.empty(), NoticeSamples.NOW);
                } catch (RuntimeException e) {
                    problems.add(notice.kind() + " " + language + ": " + e);
                    continue;
                }
                problems.addAll(problems(notice, language, m));
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<String> problems(Notice notice, Locale language, Message m) {
        String where = notice.kind() + " " + language.getLanguage() + ": ";
        List<String> problems = new ArrayList<>();
        String text = LINK.matcher(m.subject() + "\n" + m.body()).replaceAll("<link>");
        if (!m.subject().startsWith("[" + NoticeSamples.CUTOVER_NAME + "] ")) {
            problems.add(where + "the subject does not name the cutover: " + m.subject());
        }
        // The old fallback wrote "[cutover] KIND (SEVERITY)"; a page's subject says PAGE on purpose, as an alarm word.
        if (m.subject().contains(notice.kind().name() + " (") || m.subject().contains("(" + notice.severity().name() + ")")
                || notice.kind().name().contains("_") && m.subject().contains(notice.kind().name())) {
            problems.add(where + "generic subject: " + m.subject());
        }
        if (ENUM_KEY.matcher(text).find()) {
            problems.add(where + "a raw enum key: " + find(ENUM_KEY, text));
        }
        if (text.contains("{") || text.contains("}")) {
            problems.add(where + "an unreplaced placeholder: " + text);
        }
        if (text.contains("NOT_FOUND") || NULL_WORD.matcher(text).find()) {
            problems.add(where + "NOT_FOUND or null: " + text);
        }
        if (m.body().isBlank()) {
            problems.add(where + "an empty body");
        }
        if (UUID_LIKE.matcher(text).find()) {
            problems.add(where + "an id where a person reads: " + find(UUID_LIKE, text));
        }
        if (text.lines().anyMatch(l -> l.matches("^[a-z]+[A-Z][A-Za-z]*: .*"))) {
            problems.add(where + "a fact's key as a label: " + text);
        }
        return problems;
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : "";
    }
}
