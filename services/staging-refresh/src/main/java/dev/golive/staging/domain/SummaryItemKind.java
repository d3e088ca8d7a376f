package dev.golive.staging.domain;

/** What an entry of the upgrade summary the platform gives administrators is about. */
public enum SummaryItemKind {
    /** A view the upgrade disabled: a form or menu may not display as expected. */
    DISABLED_VIEW,
    /** An automated action the upgrade disabled: a workflow may silently stop running. */
    DISABLED_AUTOMATED_ACTION,
    /** A field that changed (renamed, retyped, removed) on a model. */
    CHANGED_FIELD,
    /** Configuration the upgrade changed and someone should review. */
    CONFIGURATION_CHANGE,
    OTHER
}
