package dev.golive.integration.probe;

import dev.golive.integration.IntegrationConfig;
import dev.golive.integration.domain.ProbeObservation;
import dev.golive.integration.domain.ProbeRules;
import dev.golive.integration.domain.ProbeSpec;
import dev.golive.integration.domain.ProbeVerdict;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * Runs a {@link ProbeSpec} with the {@link HttpProber}: one attempt, then, while
 * {@link ProbeVerdict#retryable} says another may pass, a retry after each backoff delay of the spec.
 * Returns what the last attempt saw. Blocking: call it outside transactions, from a worker thread.
 */
@ApplicationScoped
public class ProbeRunner {

    /** What a run saw, and how many attempts it took. */
    public record Observed(ProbeObservation observation, int attempts, String finalTarget) {
    }

    @Inject
    Vertx vertx;

    @Inject
    IntegrationConfig config;

    HttpProber prober;

    @PostConstruct
    void start() {
        IntegrationConfig.Probes probes = config.probes();
        prober = new HttpProber(vertx, probes.productionGuard(),
                new HashSet<>(probes.allowedHosts().orElse(List.of())), InetAddress::getAllByName,
                Math.min(probes.maxRedirects(), ProbeRules.MAX_REDIRECTS),
                Math.min(probes.maxBodyBytes(), ProbeRules.MAX_RESPONSE_BODY_BYTES), probes.connectTimeout(),
                HttpProber.trust(probes.trustStore(), probes.trustStorePassword()), server -> { });
    }

    @PreDestroy
    void stop() {
        if (prober != null) {
            prober.close();
        }
    }

    public Observed run(ProbeSpec spec) {
        return run(prober, spec);
    }

    /** The retry loop, on any prober (tests build one with the production guard on). */
    public static Observed run(HttpProber prober, ProbeSpec spec) {
        List<Duration> delays = spec.delays();
        ProbeTransport.Outcome outcome;
        ProbeObservation observation;
        int attempt = 0;
        while (true) {
            attempt++;
            outcome = prober.attempt(new ProbeTransport.Request("GET", spec.target(), spec.timeout()),
                    spec.jsonAssertions().keySet());
            observation = observation(outcome);
            if (attempt > delays.size() || !ProbeVerdict.retryable(spec, observation)) {
                break;
            }
            prober.pause(delays.get(attempt - 1));
        }
        return new Observed(observation, attempt, outcome.target().toString());
    }

    /** The prober's outcome in the domain's words. */
    static ProbeObservation observation(ProbeTransport.Outcome o) {
        String failure = null;
        if (o.error() != null) {
            failure = switch (o.error()) {
                case DNS -> null;
                case TIMEOUT -> ProbeObservation.TIMEOUT;
                default -> o.errorDetail();
            };
        }
        return new ProbeObservation(o.httpStatus(), o.answered() ? o.responseTime() : null, o.certificateExpiresAt(),
                o.error() != ProbeTransport.Error.DNS, failure, o.jsonValues());
    }
}
