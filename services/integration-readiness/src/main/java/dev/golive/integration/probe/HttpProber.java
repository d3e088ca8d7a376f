package dev.golive.integration.probe;

import dev.golive.edge.address.AddressGuard;
import dev.golive.edge.address.AddressPolicy;
import dev.golive.edge.address.PinnedHttpClient;
import dev.golive.integration.probe.ProbeTransport.Error;
import dev.golive.integration.probe.ProbeTransport.Outcome;
import dev.golive.integration.probe.ProbeTransport.Request;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.TrustOptions;
import org.jboss.logging.Logger;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Carries out a probe over HTTP(S) and reports what it saw, defending the network it runs in:
 * <ul>
 *   <li>the host is resolved first and every address it resolves to is judged by the {@link AddressPolicy}
 *       (with the production guard: no loopback, private, link-local … address unless an administrator allowed
 *       the host); a refused target is never contacted;</li>
 *   <li>the connection goes to the address that was checked ({@link PinnedHttpClient}, shared with the other
 *       services that call out), so a second, different DNS answer cannot slip past the check; TLS still verifies
 *       the host name (SNI, SAN);</li>
 *   <li>redirects are not followed automatically: at most {@code maxRedirects}, each one judged by
 *       {@link AddressPolicy#checkRedirect} (no https → http), its host resolved and checked again;</li>
 *   <li>at most {@code maxBodyBytes} of a body are read; one attempt has the probe's timeout in all; the
 *       certificate's expiry is read from the TLS session of the connection;</li>
 *   <li>a body longer than that is a failure rather than a memory hog; the values at the probe's JSON pointers
 *       are read from the body that was.</li>
 * </ul>
 * Blocking: call it from a worker thread, never from an event loop.
 */
public class HttpProber implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpProber.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    static final String USER_AGENT = "golive-integration-readiness-probe/1";

    /** Told of every connection about to be opened, after the address policy allowed it (tests watch or veto dials). */
    @FunctionalInterface
    public interface DialObserver {
        /** @throws RuntimeException to stop the dial (it then fails as an I/O error) */
        void dialing(InetSocketAddress server);
    }

    /** Resolves a host name to its addresses ({@link InetAddress#getAllByName} outside tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Vertx vertx;
    private final AddressGuard guard;
    private final DialObserver dialObserver;
    private final int maxRedirects;
    private final int maxBodyBytes;
    private final Duration connectTimeout;
    private final PinnedHttpClient client;

    public HttpProber(Vertx vertx, boolean productionGuard, Set<String> allowedHosts, Resolver resolver,
                      int maxRedirects, int maxBodyBytes, Duration connectTimeout, X509TrustManager trust,
                      DialObserver dialObserver) {
        this.vertx = vertx;
        this.guard = new AddressGuard(productionGuard, allowedHosts, resolver::resolve);
        this.dialObserver = dialObserver;
        this.maxRedirects = maxRedirects;
        this.maxBodyBytes = maxBodyBytes;
        this.connectTimeout = connectTimeout;
        this.client = new PinnedHttpClient(vertx, options(trust, connectTimeout));
    }

    /** The JDK's trust anchors plus those of an optional extra trust store. */
    public static X509TrustManager trust(Optional<String> extraStore, Optional<String> password) {
        return ProbeTrust.trustManager(extraStore, password);
    }

    private static HttpClientOptions options(X509TrustManager trust, Duration connectTimeout) {
        return new HttpClientOptions()
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustOptions(TrustOptions.wrap(trust))
                .setDecompressionSupported(false)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .setMaxRedirects(0)
                .setName("golive-probe");
    }

    /**
     * One attempt: resolves, checks, asks, follows redirects by hand; reads the values at {@code pointers}
     * when the last answer is JSON. Retrying is the caller's decision.
     */
    public Outcome attempt(Request request, Set<String> pointers) {
        long started = System.nanoTime();
        long deadline = started + request.timeout().toNanos();
        URI target = request.url();
        String method = request.method() == null ? "GET" : request.method().toUpperCase(Locale.ROOT);
        List<URI> redirects = new ArrayList<>();
        Certificates certificates = new Certificates();
        for (int hop = 0; ; hop++) {
            String host = target.getHost();
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!target.isAbsolute() || host == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return failed(target, started, certificates, redirects, Error.INVALID_TARGET,
                        "not an absolute http(s) URL: " + target);
            }
            String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            AddressGuard.Checked checked = guard.resolveAndCheck(target);
            if (!checked.resolved() && checked.decision().refusal() == AddressPolicy.Refusal.NO_ADDRESS) {
                return failed(target, started, certificates, redirects, Error.DNS,
                        "host " + bareHost + " does not resolve");
            }
            AddressPolicy.Decision decision = checked.decision();
            if (!decision.allowed()) {
                LOG.infof("probe target %s refused before connecting: %s", target, decision.reason());
                return failed(target, started, certificates, redirects, Error.ADDRESS_REFUSED,
                        "refused by address policy: " + decision.reason());
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return failed(target, started, certificates, redirects, Error.TIMEOUT,
                        "no answer within " + request.timeout());
            }
            Exchange exchange;
            try {
                exchange = exchange(method, target, checked.pinned(), Duration.ofNanos(remaining));
            } catch (ExchangeFailure e) {
                return failed(target, started, certificates, redirects, e.error, e.getMessage());
            }
            certificates.add(exchange.certificate);
            if (REDIRECTS.contains(exchange.status) && exchange.location != null) {
                if (hop >= maxRedirects) {
                    return failed(target, started, certificates, redirects, Error.TOO_MANY_REDIRECTS,
                            "refused by redirect policy: more than " + maxRedirects + " redirects (next: "
                                    + exchange.location + ")");
                }
                URI next;
                try {
                    next = target.resolve(exchange.location.strip());
                } catch (IllegalArgumentException e) {
                    return failed(target, started, certificates, redirects, Error.INVALID_TARGET,
                            "redirect to an invalid location: " + exchange.location);
                }
                AddressPolicy.Decision follow = AddressPolicy.checkRedirect(target, next, redirects.size());
                if (!follow.allowed()) {
                    return failed(target, started, certificates, redirects, Error.ADDRESS_REFUSED,
                            "refused by address policy: " + follow.reason());
                }
                if (exchange.status == 303 || ((exchange.status == 301 || exchange.status == 302) && method.equals("POST"))) {
                    method = "GET";
                }
                redirects.add(next);
                target = next;
                continue;
            }
            if (exchange.truncated) {
                return new Outcome(target, exchange.status, elapsed(started), Map.of(), true, certificates.earliest(),
                        certificates.subject(), List.copyOf(redirects), Error.BODY_TOO_LARGE,
                        "response body larger than " + maxBodyBytes + " bytes");
            }
            return new Outcome(target, exchange.status, elapsed(started), JsonValues.at(exchange.body, pointers), false,
                    certificates.earliest(), certificates.subject(), List.copyOf(redirects), null, null);
        }
    }

    private Outcome failed(URI target, long started, Certificates certificates, List<URI> redirects,
                           Error error, String detail) {
        return new Outcome(target, null, elapsed(started), Map.of(), false, certificates.earliest(),
                certificates.subject(), List.copyOf(redirects), error, detail);
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private record Exchange(int status, String location, String body, boolean truncated, X509Certificate certificate) {
    }

    private static final class ExchangeFailure extends Exception {
        final Error error;

        ExchangeFailure(Error error, String message) {
            super(message);
            this.error = error;
        }
    }

    /** One request to one address, without following anything; blocks until the answer, a failure or the time is up. */
    private Exchange exchange(String method, URI target, InetAddress address, Duration timeout)
            throws ExchangeFailure {
        long timeoutMillis = Math.max(1, timeout.toMillis());
        RequestOptions options = PinnedHttpClient.options(HttpMethod.valueOf(method), target, address)
                .setConnectTimeout(Math.min(connectTimeout.toMillis(), timeoutMillis))
                .putHeader("User-Agent", USER_AGENT)
                .putHeader("Accept", "*/*");
        InetSocketAddress server = PinnedHttpClient.server(target, address);
        try {
            dialObserver.dialing(server);
        } catch (RuntimeException e) {
            throw new ExchangeFailure(Error.IO, "dial to " + server + " stopped: " + e.getMessage());
        }
        Promise<Exchange> promise = Promise.promise();
        AtomicReference<HttpClientRequest> current = new AtomicReference<>();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (promise.tryFail(new TimeoutException("no answer within " + Duration.ofMillis(timeoutMillis)))) {
                HttpClientRequest request = current.get();
                if (request != null) {
                    request.reset();
                }
            }
        });
        client.request(options).onFailure(promise::tryFail).onSuccess(request -> {
            current.set(request);
            request.send().onFailure(promise::tryFail).onSuccess(response -> {
                X509Certificate certificate = certificate(request.connection());
                int status = response.statusCode();
                String location = response.getHeader("Location");
                Buffer body = Buffer.buffer();
                boolean[] truncated = {false};
                response.handler(chunk -> {
                    if (truncated[0]) {
                        return;
                    }
                    int room = maxBodyBytes - body.length();
                    if (chunk.length() > room) {
                        body.appendBuffer(chunk, 0, Math.max(0, room));
                        truncated[0] = true;
                        promise.tryComplete(new Exchange(status, location, text(body), true, certificate));
                        request.reset();
                    } else {
                        body.appendBuffer(chunk);
                    }
                });
                response.exceptionHandler(promise::tryFail);
                response.endHandler(v -> promise.tryComplete(
                        new Exchange(status, location, text(body), truncated[0], certificate)));
            });
        });
        try {
            return promise.future().toCompletionStage().toCompletableFuture()
                    .get(timeoutMillis + 2_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw classify(e.getCause(), target, timeout);
        } catch (TimeoutException e) {
            throw new ExchangeFailure(Error.TIMEOUT, "no answer within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeFailure(Error.IO, "interrupted");
        } finally {
            vertx.cancelTimer(timer);
        }
    }

    private static ExchangeFailure classify(Throwable cause, URI target, Duration timeout) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return new ExchangeFailure(Error.TIMEOUT, "no answer from " + target.getHost() + " within " + timeout);
            }
            if (t instanceof SSLException) {
                return new ExchangeFailure(Error.TLS, "TLS handshake with " + target.getHost() + " failed: "
                        + rootMessage(t));
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new ExchangeFailure(Error.CONNECT, "cannot connect to " + target.getHost() + ":"
                        + (target.getPort() > 0 ? target.getPort() : "default port") + ": " + rootMessage(t));
            }
        }
        return new ExchangeFailure(Error.IO, "request to " + target + " failed: " + rootMessage(cause));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    private static X509Certificate certificate(HttpConnection connection) {
        if (connection == null || !connection.isSsl()) {
            return null;
        }
        try {
            SSLSession session = connection.sslSession();
            if (session == null) {
                return null;
            }
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509 ? x509 : null;
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            return null;
        }
    }

    private static String text(Buffer body) {
        return new String(body.getBytes(), StandardCharsets.UTF_8);
    }

    /** Waits between attempts on a Vert.x timer (the calling worker thread blocks; no event loop does). */
    public void pause(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        Promise<Void> done = Promise.promise();
        vertx.setTimer(Math.max(1, wait.toMillis()), id -> done.tryComplete());
        try {
            done.future().toCompletionStage().toCompletableFuture().get(wait.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("backoff wait ended early", e);
        }
    }

    /** The server certificates met on the way; the one that expires first is the one that matters. */
    private static final class Certificates {
        private X509Certificate earliest;

        void add(X509Certificate certificate) {
            if (certificate != null && (earliest == null || certificate.getNotAfter().before(earliest.getNotAfter()))) {
                earliest = certificate;
            }
        }

        Instant earliest() {
            return earliest == null ? null : earliest.getNotAfter().toInstant();
        }

        String subject() {
            return earliest == null ? null : earliest.getSubjectX500Principal().getName();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
