package dev.golive.integration.checklist;

import dev.golive.integration.domain.Checklist;
import dev.golive.integration.domain.ChecklistItem;
import dev.golive.integration.domain.ChecklistItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads and saves checklists as the domain sees them; every item that changed is appended to the history. */
@ApplicationScoped
public class ChecklistStore {

    @Transactional(Transactional.TxType.MANDATORY)
    public void create(UUID integrationId) {
        for (ChecklistItem item : Checklist.fresh().items()) {
            ChecklistItemRow row = new ChecklistItemRow();
            row.key = new ChecklistItemRow.Key(integrationId, item.kind());
            row.set(item);
            row.persist();
        }
    }

    /** The integration's checklist; items missing from the table (none, normally) are untouched ones. */
    public Checklist load(UUID integrationId) {
        Map<ChecklistItemKind, ChecklistItem> stored = rows(integrationId).stream()
                .map(ChecklistItemRow::toDomain)
                .collect(Collectors.toMap(ChecklistItem::kind, Function.identity()));
        List<ChecklistItem> items = new ArrayList<>();
        for (ChecklistItemKind kind : ChecklistItemKind.values()) {
            items.add(stored.getOrDefault(kind, ChecklistItem.untouched(kind)));
        }
        return new Checklist(items);
    }

    /** Writes the items of {@code next} that differ from {@code previous}; returns them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChecklistItem> save(UUID integrationId, Checklist previous, Checklist next) {
        List<ChecklistItem> changed = new ArrayList<>();
        for (ChecklistItem item : next.items()) {
            if (item.equals(previous.item(item.kind()))) {
                continue;
            }
            ChecklistItemRow row = ChecklistItemRow.findById(new ChecklistItemRow.Key(integrationId, item.kind()));
            if (row == null) {
                row = new ChecklistItemRow();
                row.key = new ChecklistItemRow.Key(integrationId, item.kind());
                row.set(item);
                row.persist();
            } else {
                row.set(item);
            }
            ChecklistHistoryRow.append(integrationId, item);
            changed.add(item);
        }
        return changed;
    }

    private static List<ChecklistItemRow> rows(UUID integrationId) {
        return ChecklistItemRow.list("key.integrationId", integrationId);
    }
}
