package dev.golive.runbook.domain;

/** One item a task's owner ticks off (e.g. "Backup downloaded and verified restorable"). */
public record ChecklistEntry(String key, String title) {
}
