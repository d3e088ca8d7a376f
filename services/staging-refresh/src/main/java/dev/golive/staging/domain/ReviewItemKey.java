package dev.golive.staging.domain;

/**
 * The items of the developer's first review of an upgraded staging database, in checklist order.
 * The key is stable (clients and stored rows use it); the title and hint are for people.
 */
public enum ReviewItemKey {
    CUSTOM_MODULES("Custom modules installed and updated",
            "Every custom module of the project shows as installed at its new version; none is left to upgrade or"
                    + " uninstalled by the upgrade."),
    MENUS_AND_VIEWS("Key menus, forms, lists, kanbans and wizards open",
            "Open the menus people use daily and the forms, lists, kanbans and wizards behind them, custom and"
                    + " inherited views first."),
    BUTTONS_AND_ACTIONS("Custom buttons and actions work",
            "Press the custom buttons and run the backend and server actions the customisation adds."),
    PDF_REPORTS("Important PDF reports print",
            "Print the invoices, delivery slips, quotations and other documents the business sends or files."),
    SCHEDULED_ACTIONS("Scheduled actions checked",
            "The scheduled actions that should run are active, with sensible next run dates, and run without"
                    + " errors."),
    AUTOMATED_ACTIONS("Automated actions checked",
            "The automated actions (automation rules) are active and still trigger; the upgrade summary lists"
                    + " those it disabled."),
    INTEGRATIONS("Known integrations tested where staging allows",
            "Exercise the integrations staging can reach without touching live systems; note those that can only"
                    + " be confirmed after go-live."),
    LOGS("Logs reviewed",
            "Read the server logs of the upgrade and of the first use for errors and warnings.");

    private final String title;
    private final String hint;

    ReviewItemKey(String title, String hint) {
        this.title = title;
        this.hint = hint;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }
}
