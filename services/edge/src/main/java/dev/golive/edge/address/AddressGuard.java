package dev.golive.edge.address;

import dev.golive.edge.address.AddressPolicy.Decision;
import dev.golive.edge.address.AddressPolicy.Refusal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link AddressPolicy} with what it needs around it: a resolver, whether this runs in
 * production and the hosts an administrator allows. One instance per service, configured once
 * (integration-readiness: {@code golive.integration.probes.*}; notification-hub:
 * {@code golive.notification.webhook-guard.*}).
 *
 * <p>{@link #resolveAndCheck} is what a caller does right before connecting: resolve, judge every
 * address, and then connect only to {@link Checked#pinned()} — an address that was judged.
 * {@link #checkTarget} is what an API does when someone registers a target: the same rules, so a
 * target the guard would refuse at every call is refused up front, naming the field.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses ({@link InetAddress#getAllByName} outside tests). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;

        static Resolver system() {
            return InetAddress::getAllByName;
        }
    }

    /**
     * The outcome of resolving and checking a URI. {@code resolved} is false when the host did
     * not resolve at all (a DNS failure, which callers may report differently from a refusal).
     */
    public record Checked(URI uri, boolean resolved, List<InetAddress> addresses, Decision decision) {

        public Checked {
            Objects.requireNonNull(uri, "uri");
            addresses = List.copyOf(addresses);
            Objects.requireNonNull(decision, "decision");
        }

        public boolean allowed() {
            return decision.allowed();
        }

        /** The address to connect to: one that was checked. */
        public InetAddress pinned() {
            if (!allowed() || addresses.isEmpty()) {
                throw new IllegalStateException("a refused target has no address to connect to");
            }
            return addresses.get(0);
        }
    }

    private final boolean production;
    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public AddressGuard(boolean production, Collection<String> allowedHosts, Resolver resolver) {
        this.production = production;
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public boolean production() {
        return production;
    }

    /** Resolves the URI's host now and judges every address it resolves to. */
    public Checked resolveAndCheck(URI uri) {
        Optional<Decision> form = AddressPolicy.formRefusal(uri);
        if (form.isPresent()) {
            return new Checked(uri, false, List.of(), form.get());
        }
        String host = Hosts.bare(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Checked(uri, false, List.of(), AddressPolicy.check(uri, List.of(), allowedHosts, production));
        }
        List<InetAddress> resolved = addresses == null ? List.of() : List.of(addresses);
        return new Checked(uri, true, resolved, AddressPolicy.check(uri, resolved, allowedHosts, production));
    }

    /**
     * Whether {@code uri} may be registered as a target: the scheme, user-info and host rules
     * always; in production, the addresses its host resolves to now (outside production nothing
     * is resolved: every address would be allowed anyway). A host that does not resolve yet is
     * accepted (DNS may come later): every call checks again anyway.
     */
    public Decision checkTarget(URI uri) {
        if (!production) {
            return AddressPolicy.formRefusal(uri).orElseGet(() ->
                    new Decision(true, null, "not production: " + Hosts.of(uri) + " may be reached at any address"));
        }
        Checked checked = resolveAndCheck(uri);
        if (!checked.allowed() && checked.decision().refusal() == Refusal.NO_ADDRESS) {
            return new Decision(true, null, Hosts.of(uri) + " does not resolve yet: it is checked again at each call");
        }
        return checked.decision();
    }
}
