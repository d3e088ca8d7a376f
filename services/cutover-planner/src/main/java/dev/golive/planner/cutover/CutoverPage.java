package dev.golive.planner.cutover;

import java.util.List;

/** One page of a cutover listing. */
public record CutoverPage(List<CutoverView> items, int page, int size, long total) {
}
