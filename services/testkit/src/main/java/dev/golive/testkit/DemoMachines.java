package dev.golive.testkit;

import java.util.Map;

/**
 * The machine callers of the {@code golive} realm (deploy/keycloak/golive-realm.json): confidential
 * clients with a service account, each holding only the realm roles of what it does. They sign in
 * with the client-credentials grant, never with a person's password.
 */
public final class DemoMachines {

    /** A Prometheus scraper: realm role {@value #METRICS_READER_ROLE}, reads {@code /q/metrics}. */
    public static final String METRICS = "golive-metrics";

    /** The realm role that may read {@code /q/metrics} (besides admin). */
    public static final String METRICS_READER_ROLE = "metrics-reader";

    /** A client's CI pipeline: realm role {@code ci-pipeline}, tokens for staging-refresh only. */
    public static final String CI = "golive-ci";

    /** A monitoring system: realm role {@code monitoring}, tokens for rollback-decision only. */
    public static final String MONITORING = "golive-monitoring";

    /** The team's chat bot: realm role {@code chat-bot}, tokens for notification-hub only. */
    public static final String CHAT_BOT = "golive-chat-bot";

    /** Each machine that takes part in cutovers, by its realm role. */
    public static final Map<String, String> BY_ROLE = Map.of("ci-pipeline", CI, "monitoring", MONITORING,
            "chat-bot", CHAT_BOT);

    private DemoMachines() {
    }

    /** The user name of a client's service account: what a cutover names it by as a member. */
    public static String serviceAccount(String clientId) {
        return "service-account-" + clientId;
    }

    /** The demo secret of a machine client: {@code <client>-dev-secret} (local platform and tests only). */
    public static String secret(String clientId) {
        return clientId + "-dev-secret";
    }
}
