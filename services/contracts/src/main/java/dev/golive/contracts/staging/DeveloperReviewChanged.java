package dev.golive.contracts.staging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.golive.contracts.GoliveEvent;

import java.time.Instant;
import java.util.List;

/**
 * The developer's review of an upgraded staging database changed: the checklist of one rehearsal
 * (custom modules installed and updated, key menus and views open, buttons and actions, PDF
 * reports, scheduled and automated actions, integrations where staging allows, logs). {@code done}
 * when every item is checked or marked not applicable with a reason; until then the rehearsal is
 * not ready for power users. {@code openItems} names the items still open, in checklist order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeveloperReviewChanged(String cutoverId, String rehearsalId, boolean done, int items, int checked,
                                     int notApplicable, List<String> openItems, String changedBy,
                                     Instant changedAt) implements GoliveEvent {
}
