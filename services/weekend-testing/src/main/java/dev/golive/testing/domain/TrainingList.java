package dev.golive.testing.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The training list: what changed for the power users, gathered per business area (in the areas'
 * order, each area's changes in the order they were noted), so that the people of an area hear of
 * it before the go-live. Results of both rounds contribute: a change seen on staging is what staff
 * will meet on Monday.
 */
public final class TrainingList {

    /** A change noted on a result, with where and by whom. */
    public record Entry(BusinessArea area, ChangeKind kind, String description, String scenarioId,
                        String scenarioTitle, Round round, String notedBy, Instant notedAt) {
    }

    private TrainingList() {
    }

    public static Map<BusinessArea, List<Entry>> byArea(Collection<Entry> entries) {
        return entries.stream()
                .sorted(Comparator.comparing(Entry::notedAt))
                .collect(Collectors.groupingBy(Entry::area, () -> new EnumMap<>(BusinessArea.class), Collectors.toList()));
    }

    /**
     * Who the list of {@code area} goes to when the ops lead names nobody: the testers who know the
     * area, by username, as given.
     */
    public static List<String> defaultRecipients(BusinessArea area, Collection<Tester> testers) {
        return testers.stream().filter(t -> t.knows(area)).map(Tester::username).distinct().toList();
    }
}
