package dev.golive.edge.address;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the address guard reads a URI's scheme, user info and host, and how hosts compare. */
public final class Hosts {

    private static final Pattern IPV4_LITERAL = Pattern.compile("^[0-9.]+$");

    private Hosts() {
    }

    /** Whether the scheme is http or https, in any case. */
    public static boolean webScheme(String scheme) {
        return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    }

    public static boolean https(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    /** Whether the URI carries user info ({@code https://user:secret@host}). */
    public static boolean userInfo(URI uri) {
        return uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"));
    }

    /** The URI's host for comparison: lower case, without IPv6 brackets or a trailing dot; {@code null} when it has none. */
    public static String of(URI uri) {
        return normalize(uri.getHost());
    }

    /** A host for comparison (see {@link #of}); {@code null} for none. */
    public static String normalize(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.isEmpty() ? null : h;
    }

    /** The host as a resolver takes it: without IPv6 brackets; {@code null} when the URI has none. */
    public static String bare(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** Whether a bare host is an IP literal (IPv4 dotted, or IPv6), not a name: SNI must not carry it. */
    public static boolean literal(String bareHost) {
        return bareHost.contains(":") || IPV4_LITERAL.matcher(bareHost).matches();
    }
}
