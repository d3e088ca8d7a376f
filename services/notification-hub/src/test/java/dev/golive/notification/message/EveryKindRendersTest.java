package dev.golive.notification.message;

import dev.golive.notification.domain.Facts;
import dev.golive.notification.domain.Notice;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.Recipient;
import dev.golive.notification.domain.Severity;
import dev.golive.notification.domain.StakeholderRole;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of notice renders in English and in French with every fact: a subject and a body, no
 * template error, no unresolved expression. The kinds of the weekend as observed, of the runbook and
 * the page have their own words in both languages, and render with none but the facts every notice has.
 */
@QuarkusTest
class EveryKindRendersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    /** Facts that are instants or durations, as the notices carry them; the rest are text. */
    private static final Set<String> INSTANTS = Set.of(Facts.AT, Facts.DOWNTIME_START, Facts.PREVIOUS_DOWNTIME_START,
            Facts.GO_NO_GO, Facts.SYSTEM_BACK_EXPECTED, Facts.BUSINESS_RESUME, Facts.POINT_OF_NO_RETURN, Facts.OBSERVED_AT,
            Facts.PLANNED_AT, Facts.PLANNED_FINISH, Facts.PROJECTED_SYSTEM_BACK, Facts.REFRESH_DEADLINE, Facts.START,
            Facts.END, Facts.LAST_UPDATE_AT, Facts.NEXT_UPDATE_BY, Facts.ACKNOWLEDGE_BY);
    private static final Set<String> DURATIONS = Set.of(Facts.FIRED_LATE, Facts.LATER_THAN_PLANNED,
            Facts.EARLIER_THAN_PLANNED, Facts.OVERDUE_BY, Facts.FORECAST, Facts.EXPECTED_DOWNTIME, Facts.SHORTFALL,
            Facts.ESTIMATED_TIME_TO_FIX, Facts.TIME_LEFT, Facts.ROLLBACK_WOULD_LOSE, Facts.REMINDER_BEFORE);
    private static final Set<NoticeKind> OWN_WORDS = Set.of(NoticeKind.DOWNTIME_STARTED, NoticeKind.SYSTEM_BACK,
            NoticeKind.BUSINESS_RESUMED, NoticeKind.RUNBOOK_TASK_OVERDUE, NoticeKind.RUNBOOK_PAST_POINT_OF_NO_RETURN,
            NoticeKind.RUNBOOK_BACK_WITHIN_POINT_OF_NO_RETURN, NoticeKind.PAGE);

    @Inject
    MessageRenderer renderer;

    private static Map<String, Object> everyFact() throws IllegalAccessException {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Field f : Facts.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String name = (String) f.get(null);
                facts.put(name, INSTANTS.contains(name) ? NOW.plus(Duration.ofHours(3))
                        : DURATIONS.contains(name) ? Duration.ofMinutes(80) : "value of " + name);
            }
        }
        facts.put(Facts.PAGE_LEVEL, "OWNER");
        facts.put(Facts.OWNER_KIND, "PERSON");
        facts.put(Facts.REASONS, List.of("one", "two"));
        return facts;
    }

    private static Recipient reader(String language) {
        return new Recipient("s-1", "olivia", StakeholderRole.OPS_LEAD, ZoneId.of("Europe/Paris"),
                Locale.forLanguageTag(language), Optional.empty(), List.of(), List.of());
    }

    private Message render(NoticeKind kind, Map<String, Object> facts, String language) {
        Notice notice = new Notice(kind, Severity.WARNING, "c-1", "e-1", "t", facts, Optional.empty());
        return renderer.render(notice, reader(language), "Acme go-live", LONDON, Optional.empty(), NOW);
    }

    @Test
    void every_kind_renders_in_english_and_french() throws Exception {
        Map<String, Object> every = everyFact();
        Map<String, Object> least = Map.of(Facts.CUTOVER_NAME, "Acme go-live", Facts.CUTOVER_ZONE, "Europe/London");
        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : List.of("en", "fr")) {
                // The kinds with their own words here also render with nothing but what every notice has.
                for (Map<String, Object> facts : OWN_WORDS.contains(kind) ? List.of(every, least) : List.of(every)) {
                    Message m = render(kind, facts, language);
                    assertThat(m.subject()).as("%s %s", kind, language).startsWith("[Acme go-live]").hasSizeGreaterThan(16);
                    assertThat(m.subject() + m.body()).as("%s %s", kind, language)
                            .doesNotContain("NOT_FOUND").doesNotContain("{facts.");
                }
            }
            if (OWN_WORDS.contains(kind)) {
                assertThat(render(kind, every, "fr").subject()).as(kind.name()).isNotEqualTo(render(kind, every, "en").subject());
                if (kind != NoticeKind.PAGE) { // a page's subject says PAGE on purpose
                    assertThat(render(kind, every, "en").subject()).as(kind.name()).doesNotContain(kind.name());
                }
            }
        }
    }

    @Test
    void the_observed_system_back_says_how_late_in_each_language() throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>(Map.of(Facts.CUTOVER_NAME, "Acme go-live",
                Facts.CUTOVER_ZONE, "Europe/London", Facts.AT, NOW, Facts.OBSERVED_AT, NOW,
                Facts.PLANNED_AT, NOW.minus(Duration.ofMinutes(80)), Facts.LATER_THAN_PLANNED, Duration.ofMinutes(80)));

        assertThat(render(NoticeKind.SYSTEM_BACK, facts, "en").body()).contains("back online since Saturday 02:00 Europe/London")
                .contains("it came back 1 h 20 min later than planned");
        assertThat(render(NoticeKind.SYSTEM_BACK, facts, "fr").body()).contains("avec 1 h 20 min de retard sur le plan");

        facts.remove(Facts.LATER_THAN_PLANNED);
        facts.put(Facts.EARLIER_THAN_PLANNED, Duration.ofMinutes(15));
        assertThat(render(NoticeKind.SYSTEM_BACK, facts, "en").body()).contains("it came back 15 min earlier than planned");
        assertThat(render(NoticeKind.SYSTEM_BACK, facts, "en").subject()).isEqualTo("[Acme go-live] The system is back");
    }
}
