package dev.golive.staging.summary;

import dev.golive.contracts.staging.SummaryItemRaised;
import dev.golive.contracts.staging.SummaryItemResolved;
import dev.golive.messaging.outbox.Outbox;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import dev.golive.problems.Violations;
import dev.golive.problems.field.FieldViolation;
import dev.golive.staging.domain.SummaryItem;
import dev.golive.staging.domain.SummaryItemKind;
import dev.golive.staging.domain.SummaryItemRules;
import dev.golive.staging.domain.SummaryItemStatus;
import dev.golive.staging.domain.UpgradeSummaryParser;
import dev.golive.staging.readiness.Reevaluation;
import dev.golive.staging.rehearsal.RehearsalRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The upgrade summary of a rehearsal: items raised one by one or as a batch (all or nothing:
 * one invalid item refuses the whole batch, every violation named {@code items[i].field}), and
 * their resolution, or imported from the summary text pasted from Discuss. Open items of the latest
 * successful rehearsal block staging readiness.
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

    /** What an import answered: the items it created, how many it skipped as known, the lines it could not read. */
    public record Imported(List<SummaryItemRow> created, int alreadyKnown, List<UpgradeSummaryParser.Unparsed> unparsed) {
    }

    /**
     * The upgrade summary pasted from Discuss, read by {@link UpgradeSummaryParser}: one item per entry
     * understood, raised as one by one (so each announces {@code SummaryItemRaised}), all in this
     * transaction. An entry identical to an item already on the rehearsal (kind, model, field,
     * description), or to an earlier entry of the same text, is skipped and counted as already known.
     */
    @Transactional
    public Imported importSummary(UUID cutoverId, UUID rehearsalId, String text, String owner, String by) {
        Violations violations = new Violations();
        violations.addAll(UpgradeSummaryParser.check(text, "text"));
        String defaultOwner = blankToNull(owner);
        if (defaultOwner != null && defaultOwner.length() > SummaryItemRules.MAX_OWNER) {
            violations.add("owner", "must be at most " + SummaryItemRules.MAX_OWNER + " characters, was "
                    + defaultOwner.length());
        }
        violations.refuse();
        RehearsalRow.lock(cutoverId, rehearsalId);
        UpgradeSummaryParser.Result parsed = UpgradeSummaryParser.parse(text);
        Set<List<Object>> known = new HashSet<>();
        SummaryItemRow.ofRehearsal(rehearsalId).forEach(row -> known.add(identity(row.kind, row.model, row.field,
                row.description)));
        Instant now = clock.instant();
        List<SummaryItemRow> created = new ArrayList<>();
        int alreadyKnown = 0;
        for (UpgradeSummaryParser.Entry entry : parsed.entries()) {
            if (!known.add(identity(entry.kind(), entry.model(), entry.field(), entry.description()))) {
                alreadyKnown++;
                continue;
            }
            SummaryItem item = new SummaryItem(null, entry.kind(), entry.model(), entry.field(), entry.description(),
                    defaultOwner, SummaryItemStatus.OPEN);
            created.add(store(cutoverId, rehearsalId, item, created.size(), by, now));
        }
        if (!created.isEmpty()) {
            reevaluation.afterChange(cutoverId);
        }
        return new Imported(created, alreadyKnown, parsed.unparsed());
    }

    /** What makes two summary items the same entry: the owner and the review do not. */
    private static List<Object> identity(SummaryItemKind kind, String model, String field, String description) {
        return Arrays.asList(kind, blankToNull(model), blankToNull(field), blankToNull(description));
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
