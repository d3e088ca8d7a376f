package dev.golive.notification.delivery;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML part says what the text says, escaped, readable, self-contained. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MailHtmlTest {

    @Test
    void every_character_of_the_text_is_escaped_and_links_are_clickable() {
        String html = MailHtml.of("[Acme] Incident: <script>alert('x')</script>",
                "Reported by O'Brien & co: \"<b>bold</b>\"\nSee https://golive.example.com/a?x=1&y=2\n\n- first\n- second\n\n—\nChoose: http://127.0.0.1:8080/me/notifications?cutover=c-1");

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("O&#39;Brien &amp; co: &quot;&lt;b&gt;bold&lt;/b&gt;&quot;")
                .contains("<a href=\"https://golive.example.com/a?x=1&amp;y=2\"")
                .contains("<ul><li>first</li><li>second</li></ul>")
                .contains("<a href=\"http://127.0.0.1:8080/me/notifications?cutover=c-1\"")
                .doesNotContain("src=").doesNotContain("<link").doesNotContain("url(");
    }
}
