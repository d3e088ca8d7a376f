package dev.golive.testing.domain;

/** The part of the business a scenario exercises, and that a tester knows. */
public enum BusinessArea {
    SALES,
    PURCHASE,
    INVENTORY,
    INVOICING,
    MANUFACTURING,
    REPORTING,
    WEBSITE,
    OTHER
}
