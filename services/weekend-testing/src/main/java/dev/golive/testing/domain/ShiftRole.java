package dev.golive.testing.domain;

/** The role of a technical person on call: the {@code PRIMARY} is paged first, the {@code SECONDARY} backs them up. */
public enum ShiftRole {
    PRIMARY,
    SECONDARY
}
