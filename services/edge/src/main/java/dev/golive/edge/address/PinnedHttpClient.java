package dev.golive.edge.address;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * A Vert.x HTTP client that connects to an address the {@link AddressGuard} checked instead of
 * resolving the host again (which could return another address: DNS rebinding), while TLS still
 * sends the host name (SNI) and verifies it against the certificate. Never follows a redirect
 * itself: a caller that follows one checks it first ({@link AddressPolicy#checkRedirect}).
 *
 * <p>Two clients inside: one for host names, which sends SNI, and one for IP literals, which SNI
 * must not carry.
 */
public final class PinnedHttpClient implements AutoCloseable {

    private final HttpClient named;
    private final HttpClient literal;

    /** @param options the caller's options; redirects and keep-alive are switched off whatever they say */
    public PinnedHttpClient(Vertx vertx, HttpClientOptions options) {
        HttpClientOptions base = new HttpClientOptions(options).setMaxRedirects(0).setKeepAlive(false).setVerifyHost(true);
        this.named = vertx.createHttpClient(new HttpClientOptions(base).setForceSni(true));
        this.literal = vertx.createHttpClient(new HttpClientOptions(base).setForceSni(false));
    }

    /**
     * The request options for {@code method} on {@code target}, connecting to {@code address}
     * (one the guard checked), never following redirects. The caller adds headers and timeouts.
     */
    public static RequestOptions options(HttpMethod method, URI target, InetAddress address) {
        Objects.requireNonNull(address, "address");
        String host = Objects.requireNonNull(Hosts.bare(target), "the target names no host");
        boolean tls = Hosts.https(target);
        int port = target.getPort() > 0 ? target.getPort() : (tls ? 443 : 80);
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        if (target.getRawQuery() != null) {
            path += "?" + target.getRawQuery();
        }
        return new RequestOptions()
                .setMethod(method)
                .setHost(Hosts.literal(host) ? host : IDN.toASCII(host))
                .setPort(port)
                .setSsl(tls)
                .setURI(path)
                // Connect to the address that was checked, not to whatever the name resolves to now.
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setFollowRedirects(false);
    }

    /** The socket address a request made with {@link #options} dials. */
    public static InetSocketAddress server(URI target, InetAddress address) {
        int port = target.getPort() > 0 ? target.getPort() : (Hosts.https(target) ? 443 : 80);
        return new InetSocketAddress(address, port);
    }

    /** Opens a request made with {@link #options} on the client that suits its host (SNI or not). */
    public Future<HttpClientRequest> request(RequestOptions options) {
        return (Hosts.literal(options.getHost()) ? literal : named).request(options);
    }

    @Override
    public void close() {
        named.close();
        literal.close();
    }
}
