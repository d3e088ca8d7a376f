package dev.golive.integration.domain;

/** What an integration connects the ERP to. */
public enum IntegrationKind {
    PAYMENT_PROVIDER,
    SHIPPING_CARRIER,
    MARKETPLACE,
    WEBSITE,
    BANK_FEED,
    EMAIL,
    CUSTOM_API,
    OTHER
}
