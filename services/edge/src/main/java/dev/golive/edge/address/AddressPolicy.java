package dev.golive.edge.address;

import java.net.InetAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps Golive's outgoing HTTP calls — integration-readiness's probes, notification-hub's webhook
 * deliveries — from becoming a way into the network it runs in (server-side request forgery).
 * Pure: it judges a URI and the addresses its host resolved to, and never resolves anything itself
 * ({@link AddressGuard} resolves and asks it).
 *
 * <h2>{@link #check}, in this order</h2>
 * <ol>
 *   <li>the scheme is http or https ({@link Refusal#SCHEME});</li>
 *   <li>the URI carries no user info ({@link Refusal#USER_INFO}): credentials do not travel in URIs;</li>
 *   <li>it names a host ({@link Refusal#NO_HOST});</li>
 *   <li>the host resolved to at least one address ({@link Refusal#NO_ADDRESS});</li>
 *   <li>in production, <em>every</em> address is outside the {@linkplain #refusedRange refused
 *       ranges} ({@link Refusal#REFUSED_RANGE}) — one private address among public ones is enough
 *       to refuse, since the connection could use it — unless an administrator allowed this very
 *       host (exact name, case-insensitive, no wildcard). Outside production, private and loopback
 *       addresses are allowed: staging and local runs probe their neighbours.</li>
 * </ol>
 * The allowed-host override lifts only the range rule: never the scheme, user-info or host rules.
 *
 * <h2>What the caller must do</h2>
 * Connect only to one of the addresses it passed (pin them: resolving again could return another
 * address — DNS rebinding; {@link PinnedRequests} does so for Vert.x); before following a redirect,
 * {@link #checkRedirect} it, resolve the new host and {@link #check} again — or follow none; read a
 * bounded amount of any body.
 *
 * <h2>Refused ranges</h2>
 * IPv4: 0.0.0.0/8 (this network), 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 (private),
 * 100.64.0.0/10 (carrier-grade NAT), 127.0.0.0/8 (loopback), 169.254.0.0/16 (link-local, where
 * cloud metadata lives), 192.0.0.0/24 (IETF protocol assignments), 192.0.2.0/24, 198.51.100.0/24,
 * 203.0.113.0/24 (documentation), 192.88.99.0/24 (6to4 relay), 198.18.0.0/15 (benchmarking),
 * 224.0.0.0/4 (multicast), 255.255.255.255 (broadcast), 240.0.0.0/4 (reserved).
 * IPv6: :: (unspecified), ::1 (loopback), ::/96 (IPv4-compatible, deprecated), 100::/64
 * (discard), 2001::/32 (Teredo), 2001:db8::/32 (documentation), 64:ff9b:1::/48 (local NAT64),
 * fc00::/7 (unique local), fe80::/10 (link-local), fec0::/10 (site-local, deprecated), ff00::/8
 * (multicast). An IPv6 address that carries an IPv4 one — IPv4-mapped ::ffff:0:0/96, NAT64
 * 64:ff9b::/96, 6to4 2002::/16 — is judged by the IPv4 address it carries.
 */
public final class AddressPolicy {

    /** The most redirects anyone following them by hand may follow, each re-checked. */
    public static final int MAX_REDIRECTS = 5;

    /** Why a URI was refused. */
    public enum Refusal {
        SCHEME,
        USER_INFO,
        NO_HOST,
        NO_ADDRESS,
        REFUSED_RANGE,
        /** Of a redirect: from https to http, or one too many. */
        REDIRECT
    }

    /** Allowed, or refused with the {@link Refusal} ({@code null} when allowed); {@code reason} says why, either way. */
    public record Decision(boolean allowed, Refusal refusal, String reason) {

        public Decision {
            Objects.requireNonNull(reason, "reason");
            if (allowed != (refusal == null)) {
                throw new IllegalArgumentException("a decision is refused exactly when it names a refusal");
            }
        }

        static Decision allow(String reason) {
            return new Decision(true, null, reason);
        }

        static Decision refuse(Refusal refusal, String reason) {
            return new Decision(false, Objects.requireNonNull(refusal, "refusal"), reason);
        }
    }

    private record Range(byte[] network, int prefix, String cidr, String label) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private static final List<Range> IPV4 = List.of(
            v4("255.255.255.255/32", "broadcast"),
            v4("0.0.0.0/8", "\"this network\""),
            v4("10.0.0.0/8", "private"),
            v4("100.64.0.0/10", "carrier-grade NAT"),
            v4("127.0.0.0/8", "loopback"),
            v4("169.254.0.0/16", "link-local"),
            v4("172.16.0.0/12", "private"),
            v4("192.0.0.0/24", "IETF protocol assignments"),
            v4("192.0.2.0/24", "documentation"),
            v4("192.88.99.0/24", "6to4 relay anycast"),
            v4("192.168.0.0/16", "private"),
            v4("198.18.0.0/15", "benchmarking"),
            v4("198.51.100.0/24", "documentation"),
            v4("203.0.113.0/24", "documentation"),
            v4("224.0.0.0/4", "multicast"),
            v4("240.0.0.0/4", "reserved"));

    private static final Range MAPPED = v6("::ffff:0:0/96", "IPv4-mapped");
    private static final Range NAT64 = v6("64:ff9b::/96", "NAT64");
    private static final Range SIX_TO_FOUR = v6("2002::/16", "6to4");

    private static final List<Range> IPV6 = List.of(
            v6("::/128", "unspecified"),
            v6("::1/128", "loopback"),
            v6("::/96", "IPv4-compatible (deprecated)"),
            v6("64:ff9b:1::/48", "local-use NAT64"),
            v6("100::/64", "discard-only"),
            v6("2001::/32", "Teredo"),
            v6("2001:db8::/32", "documentation"),
            v6("fc00::/7", "unique local"),
            v6("fe80::/10", "link-local"),
            v6("fec0::/10", "site-local (deprecated)"),
            v6("ff00::/8", "multicast"));

    private AddressPolicy() {
    }

    /**
     * Whether a call may connect to {@code uri} at {@code resolved}.
     *
     * @param resolved     the addresses the URI's host resolved to (for an IP literal, that address)
     * @param allowedHosts hosts an administrator allows to reach refused ranges in production
     * @param production   whether the caller runs in production
     */
    public static Decision check(URI uri, List<InetAddress> resolved, Set<String> allowedHosts, boolean production) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        Optional<Decision> form = form(uri);
        if (form.isPresent()) {
            return form.get();
        }
        String host = Hosts.of(uri);
        if (resolved.isEmpty()) {
            return Decision.refuse(Refusal.NO_ADDRESS, host + " resolved to no address: there is nothing to connect to");
        }
        if (!production) {
            return Decision.allow("not production: " + host + " may be reached at any address");
        }
        boolean allowedHost = allowedHosts.stream().map(Hosts::normalize).anyMatch(host::equals);
        for (InetAddress address : resolved) {
            Objects.requireNonNull(address, "resolved contains null");
            Optional<String> range = refusedRange(address);
            if (range.isPresent() && !allowedHost) {
                return Decision.refuse(Refusal.REFUSED_RANGE, host + " resolves to " + address.getHostAddress() + ", in "
                        + range.get() + ": refused in production unless an administrator allows host " + host);
            }
        }
        if (allowedHost) {
            return Decision.allow("an administrator allows host " + host + " at any address");
        }
        return Decision.allow(host + " resolves only to public addresses");
    }

    /**
     * Whether a caller may follow a redirect from {@code from} to {@code to} (a {@code Location}
     * already resolved against {@code from}) after {@code followed} redirects: the scheme, user
     * info and host rules hold for the new URI, https does not downgrade to http, and at most
     * {@link #MAX_REDIRECTS} are followed. The caller then resolves the new host and
     * calls {@link #check} on it: its addresses are judged like the first ones.
     */
    public static Decision checkRedirect(URI from, URI to, int followed) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (followed >= MAX_REDIRECTS) {
            return Decision.refuse(Refusal.REDIRECT, "more than " + MAX_REDIRECTS + " redirects");
        }
        Optional<Decision> form = form(to);
        if (form.isPresent()) {
            return form.get();
        }
        if (Hosts.https(from) && !Hosts.https(to)) {
            return Decision.refuse(Refusal.REDIRECT, "a redirect from https to http is not followed");
        }
        return Decision.allow("the redirect to " + Hosts.of(to) + " may be followed once its addresses are checked");
    }

    /**
     * The refused range {@code address} lies in, described ({@code "private 10.0.0.0/8"}), or
     * empty for a public address. An IPv6 address carrying an IPv4 one is described by it
     * ({@code "IPv4-mapped IPv6 of loopback 127.0.0.0/8"}).
     */
    public static Optional<String> refusedRange(InetAddress address) {
        Objects.requireNonNull(address, "address");
        byte[] a = address.getAddress();
        if (a.length == 4) {
            return in(IPV4, a);
        }
        for (Range carrier : List.of(MAPPED, NAT64)) {
            if (carrier.contains(a)) {
                return in(IPV4, Arrays.copyOfRange(a, 12, 16)).map(r -> carrier.label() + " IPv6 of " + r);
            }
        }
        if (SIX_TO_FOUR.contains(a)) {
            return in(IPV4, Arrays.copyOfRange(a, 2, 6)).map(r -> SIX_TO_FOUR.label() + " IPv6 of " + r);
        }
        return in(IPV6, a);
    }

    private static Optional<String> in(List<Range> ranges, byte[] a) {
        return ranges.stream().filter(r -> r.contains(a)).findFirst().map(r -> r.label() + " " + r.cidr());
    }

    /**
     * The refusal of {@code uri} by the rules that need no address — scheme, user info, host — or
     * empty when it passes them (its addresses are still to be judged).
     */
    public static Optional<Decision> formRefusal(URI uri) {
        return form(Objects.requireNonNull(uri, "uri"));
    }

    private static Optional<Decision> form(URI uri) {
        if (!uri.isAbsolute() || !Hosts.webScheme(uri.getScheme())) {
            return Optional.of(Decision.refuse(Refusal.SCHEME, "only http and https may be reached, not "
                    + (uri.getScheme() == null ? "a relative URI" : uri.getScheme())));
        }
        if (Hosts.userInfo(uri)) {
            return Optional.of(Decision.refuse(Refusal.USER_INFO, "the URI carries user info: credentials do not travel in URIs"));
        }
        if (Hosts.of(uri) == null) {
            return Optional.of(Decision.refuse(Refusal.NO_HOST, "the URI names no host"));
        }
        return Optional.empty();
    }

    private static Range v4(String cidr, String label) {
        String[] parts = cidr.split("/");
        String[] octets = parts[0].split("\\.");
        byte[] network = new byte[4];
        for (int i = 0; i < 4; i++) {
            network[i] = (byte) Integer.parseInt(octets[i]);
        }
        return new Range(network, Integer.parseInt(parts[1]), cidr, label);
    }

    /** Parses the IPv6 forms of the table above (hex groups, one {@code ::}), without any lookup. */
    private static Range v6(String cidr, String label) {
        String[] parts = cidr.split("/");
        String text = parts[0];
        int gap = text.indexOf("::");
        String[] head = gap < 0 ? text.split(":") : groups(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : groups(text.substring(gap + 2));
        int[] words = new int[8];
        for (int i = 0; i < head.length; i++) {
            words[i] = Integer.parseInt(head[i], 16);
        }
        for (int i = 0; i < tail.length; i++) {
            words[8 - tail.length + i] = Integer.parseInt(tail[i], 16);
        }
        byte[] network = new byte[16];
        for (int i = 0; i < 8; i++) {
            network[2 * i] = (byte) (words[i] >> 8);
            network[2 * i + 1] = (byte) words[i];
        }
        return new Range(network, Integer.parseInt(parts[1]), cidr, label);
    }

    private static String[] groups(String s) {
        return s.isEmpty() ? new String[0] : s.split(":");
    }
}
