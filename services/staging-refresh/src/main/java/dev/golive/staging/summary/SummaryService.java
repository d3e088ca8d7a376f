package dev.golive.staging.summary;

import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.problems.field.FieldViolation;
import dev.golive.staging.domain.SummaryItem;
import dev.golive.staging.domain.SummaryItemKind;
import dev.golive.staging.domain.SummaryItemRules;
import dev.golive.staging.domain.SummaryItemStatus;
import dev.golive.staging.readiness.Reevaluation;
import dev.golive.staging.rehearsal.RehearsalRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The upgrade summary of a rehearsal: items raised one by one or as a batch (all or nothing:
 * one invalid item refuses the whole batch, every violation named {@code items[i].field}), and
 * their resolution. Open items of the latest successful rehearsal block staging readiness.
 */
@ApplicationScoped
public class SummaryService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Reevaluation reevaluation;

    /** What a client sends for one item; the kind is read here so that a wrong one is a 422 naming it. */
    public record ItemInput(String kind, String model, String field, String description, String owner) {
    }

    @Transactional
    public SummaryItemRow raise(UUID cutoverId, UUID rehearsalId, ItemInput input, String by) {
        if (input == null) {
            throw ProblemException.invalid("body", "an item is required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        SummaryItem item = toDomain(input, "", violations);
        violations.addAll(0, SummaryItemRules.check(item).stream()
                .filter(v -> !(v.field().equals("kind") && input.kind() != null)).toList());
        requireValid(violations);
        RehearsalRow.require(cutoverId, rehearsalId);
        SummaryItemRow row = store(cutoverId, rehearsalId, item, 0, by, clock.instant());
        reevaluation.afterChange(cutoverId);
        return row;
    }

    @Transactional
    public List<SummaryItemRow> raiseAll(UUID cutoverId, UUID rehearsalId, List<ItemInput> inputs, String by) {
        if (inputs == null || inputs.isEmpty()) {
            throw ProblemException.invalid("items", "at least one item is required");
        }
        List<FieldViolation> kindViolations = new ArrayList<>();
        List<SummaryItem> items = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            items.add(inputs.get(i) == null ? null : toDomain(inputs.get(i), "items[" + i + "].", kindViolations));
        }
        List<FieldViolation> violations = new ArrayList<>(SummaryItemRules.check(items).stream()
                .filter(v -> kindViolations.stream().noneMatch(k -> k.field().equals(v.field()))).toList());
        violations.addAll(kindViolations);
        requireValid(violations);
        RehearsalRow.require(cutoverId, rehearsalId);
        Instant now = clock.instant();
        List<SummaryItemRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(store(cutoverId, rehearsalId, items.get(i), i, by, now));
        }
        reevaluation.afterChange(cutoverId);
        return rows;
    }

    @Transactional
    public SummaryItemRow resolve(UUID cutoverId, UUID rehearsalId, UUID itemId, String resolution, String by) {
        SummaryItemStatus status = resolution(resolution);
        SummaryItemRow row = SummaryItemRow.lock(cutoverId, rehearsalId, itemId);
        if (row.status != SummaryItemStatus.OPEN) {
            throw ProblemException.conflict("item-already-resolved", "Summary item " + itemId + " is already "
                    + row.status, List.of("ALREADY_RESOLVED"));
        }
        Instant now = clock.instant();
        row.status = status;
        row.resolvedBy = by;
        row.resolvedAt = now;
        outbox.append(new SummaryItemResolved(cutoverId.toString(), rehearsalId.toString(), itemId.toString(),
                row.kind.name(), row.model, row.field, status.name(), by, now));
        reevaluation.afterChange(cutoverId);
        return row;
    }

    private SummaryItemRow store(UUID cutoverId, UUID rehearsalId, SummaryItem item, int position, String by,
                                 Instant now) {
        SummaryItemRow row = new SummaryItemRow();
        row.id = UUID.randomUUID();
        row.cutoverId = cutoverId;
        row.rehearsalId = rehearsalId;
        row.kind = item.kind();
        row.model = blankToNull(item.model());
        row.field = blankToNull(item.field());
        row.description = item.description().strip();
        row.owner = blankToNull(item.owner());
        row.status = SummaryItemStatus.OPEN;
        row.raisedBy = by;
        row.raisedAt = now;
        row.position = position;
        row.persist();
        outbox.append(new SummaryItemRaised(cutoverId.toString(), rehearsalId.toString(), row.id.toString(),
                row.kind.name(), row.model, row.field, row.description, row.owner, now));
        return row;
    }

    private static SummaryItem toDomain(ItemInput input, String prefix, List<FieldViolation> violations) {
        SummaryItemKind kind = null;
        if (input.kind() != null) {
            try {
                kind = SummaryItemKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation(prefix + "kind", "must be one of "
                        + Arrays.toString(SummaryItemKind.values()) + ", was '" + input.kind() + "'"));
            }
        }
        return new SummaryItem(null, kind, strip(input.model()), strip(input.field()), input.description(),
                strip(input.owner()), SummaryItemStatus.OPEN);
    }

    private static SummaryItemStatus resolution(String value) {
        if (value != null) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            if (v.equals(SummaryItemStatus.ACCEPTED_AS_IS.name())) {
                return SummaryItemStatus.ACCEPTED_AS_IS;
            }
            if (v.equals(SummaryItemStatus.FIXED.name())) {
                return SummaryItemStatus.FIXED;
            }
        }
        throw ProblemException.invalid("resolution", "must be ACCEPTED_AS_IS or FIXED"
                + (value == null ? "" : ", was '" + value + "'"));
    }

    private static void requireValid(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .toList());
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
