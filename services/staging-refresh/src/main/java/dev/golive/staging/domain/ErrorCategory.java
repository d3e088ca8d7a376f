package dev.golive.staging.domain;

/** What broke a custom-module upgrade attempt, as the developer reading the log classifies it. */
public enum ErrorCategory {
    /** Python code of a custom module (imports, renamed APIs, tracebacks). */
    PYTHON_ERROR,
    /** XML data or a view (an inherited view pointing at an element that no longer exists). */
    XML_OR_VIEW_ERROR,
    /** A report template or its data. */
    REPORT_ERROR,
    /** An upgrade script preparing, cleaning or transforming data. */
    DATA_MIGRATION_ERROR,
    OTHER
}
