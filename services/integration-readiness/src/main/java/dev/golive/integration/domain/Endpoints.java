package dev.golive.integration.domain;

import dev.golive.edge.address.Hosts;

import java.net.URI;
import java.util.Optional;

/** What makes a URI acceptable as an endpoint or probe target, and how hosts compare. */
final class Endpoints {

    static final int MAX_URI = 2_000;

    private Endpoints() {
    }

    // The same reading of URIs as the shared address guard's (dev.golive.edge.address.Hosts); kept
    // here because the domain depends on the JDK only.

    /** Whether the scheme is http or https, in any case. */
    static boolean webScheme(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    static boolean https(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    /** Whether the URI carries user info ({@code https://user:secret@host}). */
    static boolean userInfo(URI uri) {
        return uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"));
    }

    /**
     * What is wrong with {@code uri} as an endpoint, or empty: it must be absolute, http or https,
     * name a host, carry no user info (a URI with a secret in it is not echoed back) and be at most
     * {@value #MAX_URI} characters.
     */
    static Optional<String> problem(URI uri) {
        String text = uri.toString();
        if (text.length() > MAX_URI) {
            return Optional.of("must be at most " + MAX_URI + " characters, was " + text.length());
        }
        if (!uri.isAbsolute() || !webScheme(uri.getScheme())) {
            return Optional.of("must be an absolute http or https URI, was \"" + (userInfo(uri) ? "(withheld: it carries user info)" : text) + "\"");
        }
        if (userInfo(uri)) {
            return Optional.of("must not carry credentials (user info): keep secrets out of the registry");
        }
        if (host(uri) == null) {
            return Optional.of("must name a host, was \"" + text + "\"");
        }
        return Optional.empty();
    }

    /** The URI's host for comparison: lower case, without IPv6 brackets or a trailing dot; {@code null} when it has none. */
    static String host(URI uri) {
        return Hosts.of(uri);
    }
}
