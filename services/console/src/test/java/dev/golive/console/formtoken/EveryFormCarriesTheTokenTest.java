package dev.golive.console.formtoken;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of every page that posts carries the session's form token ({@code {#formtoken /}} right
 * after the opening tag), including the ones no browser test opens (the feed's mark-read and
 * page-acknowledge forms). A form without it would be
 * refused by {@link FormTokenCheck} every time.
 */
class EveryFormCarriesTheTokenTest {

    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    @Test
    void every_form_but_a_get_form_opens_with_the_form_token() throws IOException {
        List<String> posting = new ArrayList<>();
        List<String> without = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher form = FORM.matcher(html);
                while (form.find()) {
                    // however its method is spelt, a form that is not a plain GET search form changes something
                    if (form.group().toLowerCase().contains("method=\"get\"")) {
                        continue;
                    }
                    String where = TEMPLATES.relativize(file) + ": " + form.group();
                    posting.add(where);
                    if (!html.startsWith("{#formtoken /}", form.end())) {
                        without.add(where);
                    }
                }
            }
        }
        assertThat(posting).as("the console's posting forms")
                .anyMatch(f -> f.contains("/acknowledge"))
                .anyMatch(f -> f.contains("/read"))
                .anyMatch(f -> f.contains("/incidents"))
                .anyMatch(f -> f.contains("/results"))
                .anyMatch(f -> f.contains("/review/"))
                .anyMatch(f -> f.contains("/summary-import"))
                .anyMatch(f -> f.contains("/runbook/tasks/{t.taskId}/start"))
                .anyMatch(f -> f.contains("/runbook/tasks/{t.taskId}/complete"))
                .anyMatch(f -> f.contains("/runbook/tasks/{t.taskId}/fail"))
                .anyMatch(f -> f.contains("/runbook/tasks/{t.taskId}/skip"))
                .anyMatch(f -> f.contains("/checklist/"))
                .anyMatch(f -> f.contains("action=\"/cutovers/{cutoverId}/runbook\""))
                .anyMatch(f -> f.contains("/integrations/{i.id}/checklist/{c.item}"))
                .anyMatch(f -> f.contains("/probes/{p.id}/run"))
                .anyMatch(f -> f.contains("/people/stakeholders/{p.id}/subscriptions"))
                .anyMatch(f -> f.contains("/people/updates"))
                .anyMatch(f -> f.contains("/me/notifications/{e.cutoverId}"))
                // the weekend tests and the on-call roster (18 forms)
                .anyMatch(f -> f.contains("/testing/scenarios\""))
                .anyMatch(f -> f.contains("/testing/testers/{t.id}/slots\""))
                .anyMatch(f -> f.contains("/testing/assignments/{a.id}"))
                .anyMatch(f -> f.contains("/testing/publish"))
                .anyMatch(f -> f.contains("/roster/shifts\""))
                .anyMatch(f -> f.contains("/roster/shifts/{s.id}/remove"))
                // my calendar feed (2 forms)
                .anyMatch(f -> f.contains("/me/calendar-feeds\""))
                .anyMatch(f -> f.contains("/me/calendar-feeds/{l.id}/revoke"))
                // the rehearsal's and the cockpit's remaining actions (17 forms)
                .anyMatch(f -> f.contains("/rehearsal/{shown.id}/attempts\""))
                .anyMatch(f -> f.contains("/summary-items/{s.id}/resolution"))
                .anyMatch(f -> f.contains("/incidents/{i.id}/resolve"))
                .anyMatch(f -> f.contains("/cutovers/{cutoverId}/cancel"))
                // a holiday weekend chosen anyway, with its reason
                .anyMatch(f -> f.contains("/window/holiday"))
                // the freeze periods (add, remove)
                .anyMatch(f -> f.contains("/freeze-periods/{z.id}/remove"))
                // 16 before; the integrations and people pages' 15, the tests and roster pages' 18, the calendar
                // feed's 2, the rehearsal and cockpit actions' 17, the holiday choice's 1, the freeze periods' 2
                .hasSize(16 + 15 + 18 + 2 + 17 + 1 + 2);
        assertThat(without).as("forms without the form token").isEmpty();
    }
}
