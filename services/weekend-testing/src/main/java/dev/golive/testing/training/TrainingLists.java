package dev.golive.testing.training;

import dev.golive.contracts.testing.TrainingListSent;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.testing.cutover.CutoverProjection;
import dev.golive.testing.domain.BusinessArea;
import dev.golive.testing.domain.TesterRules;
import dev.golive.testing.domain.TrainingList;
import dev.golive.testing.result.ResultRow;
import dev.golive.testing.scenario.ScenarioRow;
import dev.golive.testing.tester.TesterRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The training list of a cutover: the changes noted on results of either round, per area; and sending
 * one area's list (TrainingListSent, for notification-hub to tell each recipient).
 */
@ApplicationScoped
public class TrainingLists {

    /** More than a whole department is a mailing list's job, not a list of names. */
    public static final int MAX_RECIPIENTS = 200;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");

    private final Clock clock;
    private final Outbox outbox;

    public TrainingLists(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /** Every change noted in the cutover, per area. */
    public Map<BusinessArea, List<TrainingList.Entry>> byArea(UUID cutoverId) {
        Map<String, ScenarioRow> scenarios = ScenarioRow.ofCutover(cutoverId).stream()
                .collect(Collectors.toMap(s -> s.scenarioId, Function.identity()));
        List<TrainingList.Entry> entries = new ArrayList<>();
        for (ResultRow r : ResultRow.notingChanges(cutoverId)) {
            ScenarioRow s = scenarios.get(r.scenarioId);
            if (s == null) {
                continue; // the scenario was removed since: its area is not known any more
            }
            r.changes.forEach(c -> entries.add(new TrainingList.Entry(s.area, c.kind, c.description, s.scenarioId,
                    s.title, r.round, r.recordedBy, r.recordedAt)));
        }
        return TrainingList.byArea(entries);
    }

    /**
     * Sends the list of {@code areaName} to {@code recipients} (user names; none: the testers who know the
     * area). 422 for an unknown area or a bad name, 409 when the area has no change or nobody to send to.
     */
    @Transactional
    public TrainingView.Sent send(UUID cutoverId, String areaName, List<String> recipients, String user) {
        Violations violations = new Violations();
        BusinessArea area = violations.enumValue("area", areaName, BusinessArea.class, true);
        Set<String> named = new LinkedHashSet<>();
        if (recipients != null) {
            if (recipients.size() > MAX_RECIPIENTS) {
                violations.add("recipients", "must name at most " + MAX_RECIPIENTS + " people, named " + recipients.size());
            }
            for (int i = 0; i < recipients.size(); i++) {
                String name = Violations.strip(recipients.get(i));
                String field = "recipients[" + i + "]";
                if (name == null || name.isEmpty()) {
                    violations.add(field, "is required: a user name");
                } else if (name.length() > TesterRules.MAX_USERNAME) {
                    violations.add(field, "must be at most " + TesterRules.MAX_USERNAME + " characters, was " + name.length());
                } else if (!USERNAME.matcher(name).matches()) {
                    violations.add(field, "must be a user name of letters, digits and . _ @ -, was \"" + name + "\"");
                } else {
                    named.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        violations.refuse();

        Instant now = clock.instant();
        CutoverProjection.lock(cutoverId, now).requireNotCancelled();
        List<TrainingList.Entry> changes = byArea(cutoverId).getOrDefault(area, List.of());
        if (changes.isEmpty()) {
            throw ProblemException.conflict("no-changes", "no power user noted a change in " + area
                    + ": there is no training list to send", List.of("NO_CHANGES"));
        }
        List<String> to = !named.isEmpty() ? List.copyOf(named)
                : TrainingList.defaultRecipients(area, TesterRow.domainOf(cutoverId));
        if (to.isEmpty()) {
            throw ProblemException.conflict("no-recipients", "no tester of this cutover knows " + area
                    + ": name the recipients", List.of("NO_RECIPIENTS"));
        }
        List<TrainingView.Change> listed = changes.stream().map(TrainingLists::view).toList();
        outbox.append(new TrainingListSent(cutoverId.toString(), area.name(),
                changes.stream().map(c -> new TrainingListSent.Change(c.kind().name(), c.description(),
                        c.scenarioTitle(), c.notedBy())).toList(),
                to, user, now));
        return new TrainingView.Sent(area.name(), listed, to, user, now);
    }

    static TrainingView.Change view(TrainingList.Entry e) {
        return new TrainingView.Change(e.kind().name(), e.description(), e.scenarioId(), e.scenarioTitle(),
                e.round().name(), e.notedBy(), e.notedAt());
    }
}
