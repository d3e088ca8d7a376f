package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VocabularyTest {

    @ParameterizedTest(name = "{0} at least {1}: {2}")
    @CsvSource(textBlock = """
            INFO,     INFO,     true
            INFO,     NOTICE,   false
            NOTICE,   INFO,     true
            WARNING,  NOTICE,   true
            WARNING,  CRITICAL, false
            CRITICAL, WARNING,  true
            CRITICAL, CRITICAL, true
            """)
    void severities_are_ordered(Severity severity, Severity minimum, boolean atLeast) {
        assertThat(severity.atLeast(minimum)).isEqualTo(atLeast);
    }

    @ParameterizedTest(name = "incident {0} → {1}")
    @CsvSource(textBlock = """
            LOW,      INFO
            MEDIUM,   NOTICE
            HIGH,     WARNING
            CRITICAL, CRITICAL
            critical, CRITICAL
            BOGUS,    WARNING
            """)
    void an_incident_severity_becomes_a_notice_severity(String incident, Severity severity) {
        assertThat(Severity.ofIncident(incident)).isEqualTo(severity);
        assertThat(Severity.ofIncident(null)).isEqualTo(Severity.WARNING);
    }

    @Test
    void a_subscription_may_name_a_kind_or_every_kind_only() {
        assertThat(NoticeKind.subscribable("*")).isTrue();
        assertThat(NoticeKind.subscribable("DOWNTIME_STARTED")).isTrue();
        assertThat(NoticeKind.subscribable("downtime_started")).isFalse();
        assertThat(NoticeKind.subscribable("ProbeCompleted")).isFalse();
        assertThat(NoticeKind.subscribable(null)).isFalse();
    }

    @Test
    void only_a_page_ignores_subscriptions() {
        for (NoticeKind kind : NoticeKind.values()) {
            assertThat(kind.mandatory()).as(kind.name()).isEqualTo(kind == NoticeKind.PAGE);
        }
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(textBlock = """
            en,    en
            en-GB, en
            fr,    fr
            fr-CA, fr
            de,    en
            ja-JP, en
            """)
    void messages_are_in_a_supported_language_or_english(String tag, String language) {
        assertThat(Languages.resolve(Locale.forLanguageTag(tag))).isEqualTo(Locale.forLanguageTag(language));
        assertThat(Languages.resolve(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void the_page_levels_climb_to_exhausted_and_stay_there() {
        assertThat(PageLevel.PRIMARY.next()).isEqualTo(PageLevel.SECONDARY);
        assertThat(PageLevel.SECONDARY.next()).isEqualTo(PageLevel.OPS_LEAD);
        assertThat(PageLevel.OPS_LEAD.next()).isEqualTo(PageLevel.EXHAUSTED);
        assertThat(PageLevel.EXHAUSTED.next()).isEqualTo(PageLevel.EXHAUSTED);
    }
}
