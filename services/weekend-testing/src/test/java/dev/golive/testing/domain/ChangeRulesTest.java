package dev.golive.testing.domain;

import dev.golive.problems.field.FieldViolation;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChangeRulesTest {

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    @Test
    void no_changes_and_up_to_twenty_described_changes_are_fine() {
        assertThat(ChangeRules.check(null)).isEmpty();
        assertThat(ChangeRules.check(List.of())).isEmpty();
        List<NotedChange> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(new NotedChange(ChangeKind.OTHER, "x".repeat(500)));
        }
        assertThat(ChangeRules.check(twenty)).isEmpty();
    }

    @Test
    void each_change_needs_a_kind_and_a_description_of_at_most_500_characters_and_at_most_twenty() {
        assertThat(fields(ChangeRules.check(Arrays.asList(new NotedChange(null, "menu moved"),
                new NotedChange(ChangeKind.MOVED_MENU, " "), new NotedChange(ChangeKind.OTHER, "x".repeat(501)), null))))
                .containsExactly("changes[0].kind", "changes[1].description", "changes[2].description", "changes[3]");
        List<NotedChange> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new NotedChange(ChangeKind.OTHER, "change"));
        }
        assertThat(fields(ChangeRules.check(many))).containsExactly("changes");
    }

    @Test
    void the_training_list_groups_changes_per_area_in_the_order_noted_and_goes_to_those_who_know_the_area() {
        Instant t = Instant.parse("2026-11-17T10:00:00Z");
        TrainingList.Entry later = new TrainingList.Entry(BusinessArea.SALES, ChangeKind.MOVED_MENU, "b", "s1", "S1",
                Round.WEEKEND, "tess", t.plusSeconds(60));
        TrainingList.Entry earlier = new TrainingList.Entry(BusinessArea.SALES, ChangeKind.OTHER, "a", "s1", "S1",
                Round.STAGING, "theo", t);
        TrainingList.Entry invoicing = new TrainingList.Entry(BusinessArea.INVOICING, ChangeKind.RENAMED_BUTTON, "c",
                "s2", "S2", Round.STAGING, "tess", t);
        Map<BusinessArea, List<TrainingList.Entry>> byArea = TrainingList.byArea(List.of(invoicing, later, earlier));
        assertThat(byArea.keySet()).containsExactly(BusinessArea.SALES, BusinessArea.INVOICING);
        assertThat(byArea.get(BusinessArea.SALES)).containsExactly(earlier, later);

        List<Tester> testers = List.of(
                new Tester("1", "Tess", "tess", "t@x", "Europe/London", Set.of(BusinessArea.SALES), List.of(), 8),
                new Tester("2", "Theo", "theo", "t@x", "Europe/London", Set.of(BusinessArea.INVOICING), List.of(), 8));
        assertThat(TrainingList.defaultRecipients(BusinessArea.SALES, testers)).containsExactly("tess");
        assertThat(TrainingList.defaultRecipients(BusinessArea.WEBSITE, testers)).isEmpty();
    }
}
