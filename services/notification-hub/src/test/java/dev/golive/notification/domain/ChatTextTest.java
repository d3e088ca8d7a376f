package dev.golive.notification.domain;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChatTextTest {

    @Test
    void the_subject_is_the_first_line_and_the_body_follows() {
        assertThat(ChatText.of("Downtime started: ERP 16 → 19", "Production is down since Friday 17:00 Europe/London."))
                .isEqualTo("Downtime started: ERP 16 → 19\nProduction is down since Friday 17:00 Europe/London.");
    }

    @Test
    void a_subject_stays_on_one_line_and_blank_runs_are_squeezed() {
        assertThat(ChatText.of("  Two\nlines ", "first\n\n\n\n  \nsecond\n")).isEqualTo("Two lines\nfirst\n\nsecond");
    }

    @Test
    void a_missing_part_leaves_just_the_other() {
        assertThat(ChatText.of("Only a subject", null)).isEqualTo("Only a subject");
        assertThat(ChatText.of(" ", "Only a body")).isEqualTo("Only a body");
    }

    @Test
    void a_long_message_is_cut_with_an_ellipsis_without_splitting_a_character() {
        String body = "😀".repeat(ChatText.MAX_LENGTH);

        String text = ChatText.of("S", body);

        assertThat(text).hasSizeLessThanOrEqualTo(ChatText.MAX_LENGTH).endsWith("…");
        assertThat(text.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isTrue();
    }
}
