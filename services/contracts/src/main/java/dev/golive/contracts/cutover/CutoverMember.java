package dev.golive.contracts.cutover;

/**
 * One person's (or one machine's) part in one cutover: {@code member} is the caller's user name at
 * the identity provider ({@code preferred_username}; a service account's is
 * {@code service-account-<client>}), {@code role} one of {@link dev.golive.contracts.Roles}. A
 * realm role lets a caller reach an endpoint at all; a membership of the cutover with a role the
 * endpoint allows lets the caller use it for this cutover.
 */
public record CutoverMember(String member, String role) {
}
