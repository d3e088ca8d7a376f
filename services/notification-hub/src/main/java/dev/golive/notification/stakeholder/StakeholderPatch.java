package dev.golive.notification.stakeholder;

/** Body of {@code PATCH} on a stakeholder (JSON merge patch): an absent field keeps its value; {@code email} can be cleared with null. */
public record StakeholderPatch(String name, String username, String role, String zone, String language, String email) {
}
