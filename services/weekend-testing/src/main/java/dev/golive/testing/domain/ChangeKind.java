package dev.golive.testing.domain;

/** What kind of change a power user noticed on the upgraded system. */
public enum ChangeKind {
    MOVED_MENU,
    RENAMED_BUTTON,
    DIFFERENT_SCREEN,
    OTHER
}
