package dev.golive.console.live;

import java.util.List;

/** Something changed about a cutover: which panels to fetch again. Carries no business data. */
public record CutoverChange(String cutoverId, List<String> panels) {
}
