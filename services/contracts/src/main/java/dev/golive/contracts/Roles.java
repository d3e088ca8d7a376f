package dev.golive.contracts;

/** Realm roles of the Golive identity provider; every endpoint of every service names its callers among these. */
public final class Roles {
    public static final String OPS_LEAD = "ops-lead";
    public static final String ON_CALL = "on-call";
    public static final String TESTER = "tester";
    public static final String STAKEHOLDER = "stakeholder";
    public static final String ADMIN = "admin";

    /** Machine callers (service accounts, client-credentials grant), each scoped to what it does. */
    public static final String CI_PIPELINE = "ci-pipeline";
    public static final String MONITORING = "monitoring";
    public static final String CHAT_BOT = "chat-bot";

    private Roles() {
    }
}
