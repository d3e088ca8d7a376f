package dev.golive.testing.training;

import java.util.List;

/**
 * Body of {@code POST /api/cutovers/{cutoverId}/training/{area}:send}: the user names the list goes
 * to; left out or empty, the testers who know the area.
 */
public record TrainingSendRequest(List<String> recipients) {
}
