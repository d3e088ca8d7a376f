package dev.golive.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * What one fault scenario expects each service to have done exactly once, and what it saw: each
 * expectation names the service that owes the effect, what the effect is and how to count it from
 * what the platform shows outside (distinct events on the topics, a REST read). Counted 0 it is
 * lost; counted n &gt; 1 it has n − 1 duplicates. Counts are taken again on every call, so a
 * scenario can wait until nothing is lost and then read the figures.
 */
final class Tally {

    /**
     * One effect owed once — or, when {@code optional}, at most once (an effect that may rightly be
     * missing, such as a notice of an event the service may have handled before its subscriber
     * existed): by whom, what, and its count now.
     */
    record Expected(String service, String what, IntSupplier count, boolean optional) {
    }

    /**
     * The figures of one service: how many effects it owed ({@code in}: the writes it acknowledged
     * and the events it consumed that must have an effect), how many it produced ({@code out}, every
     * copy), how many are missing and how many came twice or more; the first few of each, named.
     */
    record Figures(String service, int in, int out, int lost, int duplicates, List<String> lostOnes,
                   List<String> duplicated) {
    }

    private static final int NAMED = 5;

    private final List<Expected> expected = new ArrayList<>();

    synchronized void expect(String service, String what, IntSupplier count) {
        expected.add(new Expected(service, what, count, false));
    }

    /** An effect that may be missing but must not come twice. */
    synchronized void atMostOnce(String service, String what, IntSupplier count) {
        expected.add(new Expected(service, what, count, true));
    }

    synchronized int size() {
        return expected.size();
    }

    /** How many expected effects are missing now, over every service. */
    int lost() {
        return figures().values().stream().mapToInt(Figures::lost).sum();
    }

    /** Per service, in the order services were first named. */
    Map<String, Figures> figures() {
        List<Expected> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(expected);
        }
        Map<String, List<Expected>> byService = new LinkedHashMap<>();
        snapshot.forEach(e -> byService.computeIfAbsent(e.service(), s -> new ArrayList<>()).add(e));
        Map<String, Figures> figures = new LinkedHashMap<>();
        byService.forEach((service, owed) -> {
            int in = 0;
            int out = 0;
            int lost = 0;
            int duplicates = 0;
            List<String> lostOnes = new ArrayList<>();
            List<String> duplicated = new ArrayList<>();
            for (Expected e : owed) {
                int n = e.count().getAsInt();
                out += n;
                in += e.optional() ? 0 : 1;
                if (n == 0 && !e.optional()) {
                    lost++;
                    if (lostOnes.size() < NAMED) {
                        lostOnes.add(e.what());
                    }
                } else if (n > 1) {
                    duplicates += n - 1;
                    if (duplicated.size() < NAMED) {
                        duplicated.add(e.what() + " ×" + n);
                    }
                }
            }
            figures.put(service, new Figures(service, in, out, lost, duplicates, lostOnes, duplicated));
        });
        return figures;
    }
}
