package dev.golive.integration.checklist;

/** Body of {@code PUT …/checklist/{item}}: the result and what was checked. Who checked it is the caller. */
public record ChecklistRequest(String status, String evidence) {
}
