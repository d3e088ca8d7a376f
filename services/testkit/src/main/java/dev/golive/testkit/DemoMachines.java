package dev.golive.testkit;

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

    private DemoMachines() {
    }

    /** The demo secret of a machine client: {@code <client>-dev-secret} (local platform and tests only). */
    public static String secret(String clientId) {
        return clientId + "-dev-secret";
    }
}
