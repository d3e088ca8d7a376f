package dev.golive.integration.domain;

/** What someone reviews for every integration before go-live; a checklist has one item of each, in this order. */
public enum ChecklistItemKind {
    /** The credentials exist on production, are the production ones (not sandbox) and do not expire too soon. */
    CREDENTIALS,
    /** The integration's settings in the ERP (accounts, modes, mappings) survived the upgrade. */
    CONFIGURATION,
    /** The API endpoints are the production ones and answer. */
    ENDPOINTS,
    /** The payloads sent and received still have the expected shape. */
    PAYLOADS,
    /** The scheduled actions that drive the integration exist, are active and run. */
    SCHEDULED_ACTIONS,
    /** The models and fields the integration reads or writes still exist with the same meaning. */
    CHANGED_FIELDS_AND_MODELS
}
