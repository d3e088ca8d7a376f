package dev.golive.planner.domain;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The major versions a database passes through on its way up: an upgrade goes one major
 * version at a time, so 16 → 19 runs 16 → 17 → 18 → 19.
 */
public final class UpgradePath {

    /** More hops than this is not an upgrade project Golive plans for; it is a reimplementation. */
    public static final int MAX_HOPS = 10;

    public static List<Integer> between(int source, int target) {
        if (source < 1) {
            throw new IllegalArgumentException("source version must be at least 1");
        }
        if (target <= source) {
            throw new IllegalArgumentException("target version must be above the source version");
        }
        if (target - source > MAX_HOPS) {
            throw new IllegalArgumentException("at most " + MAX_HOPS + " major versions in one cutover");
        }
        return IntStream.rangeClosed(source, target).boxed().toList();
    }

    public static String format(List<Integer> path) {
        return String.join(",", path.stream().map(String::valueOf).toList());
    }

    public static List<Integer> parse(String stored) {
        return java.util.Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    }

    private UpgradePath() {
    }
}
