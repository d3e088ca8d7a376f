package dev.golive.contracts.runbook;

/**
 * Who carries out a task: a person ({@code kind} PERSON, {@code name} their user name) or whoever
 * holds a role in the cutover ({@code kind} ROLE, {@code name} one of {@link dev.golive.contracts.Roles},
 * e.g. on-call), or a machine (AUTOMATED, {@code name} the caller that reports it, e.g. upgrade-platform).
 */
public record TaskOwner(Kind kind, String name) {
    public enum Kind { PERSON, ROLE, AUTOMATED }
}
