package dev.golive.rollback.domain;

/** The business flow an incident hurts. */
public enum BusinessFlow {
    SALES(true),
    PURCHASE(true),
    INVENTORY_AND_DELIVERY(true),
    INVOICING_AND_ACCOUNTING(true),
    MANUFACTURING(true),
    WEBSITE_AND_PORTAL(false),
    REPORTING(false),
    OTHER(false);

    private final boolean core;

    BusinessFlow(boolean core) {
        this.core = core;
    }

    /**
     * Whether the flow is core: selling, buying, moving goods, invoicing and booking, producing are
     * the daily operations without which the business stops on Monday morning. A website, a
     * portal or a report that is broken hurts, but orders can still be taken, shipped and
     * invoiced — it is fixed forward.
     */
    public boolean core() {
        return core;
    }
}
