package dev.golive.runbook.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One item of a task's checklist and who ticked it, when, with what evidence. */
@Embeddable
public class ChecklistItem {

    @Column(name = "item_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public boolean checked;

    public String evidence;

    @Column(name = "checked_by")
    public String checkedBy;

    @Column(name = "checked_at")
    public Instant checkedAt;

    public ChecklistItem() {
    }

    public ChecklistItem(String key, String title) {
        this.key = key;
        this.title = title;
    }
}
