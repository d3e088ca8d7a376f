package dev.golive.planner.freeze;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/freeze-periods} and {@code PUT /api/freeze-periods/{id}}: a name, the days
 * (inclusive), and to whom it applies ({@code client} and/or {@code team}; neither: every cutover).
 */
public record FreezeRequest(String name, LocalDate from, LocalDate to, String client, String team, String note) {
}
