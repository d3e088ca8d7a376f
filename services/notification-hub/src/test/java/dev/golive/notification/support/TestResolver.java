package dev.golive.notification.support;

import dev.golive.edge.address.AddressGuard;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resolver of the webhook address guard in tests: names a test gives an answer resolve to it
 * (and a test may change the answer, as a DNS server under someone else's control would); every
 * other name goes to the system's resolver.
 */
@Alternative
@Priority(1)
@Singleton
public class TestResolver implements AddressGuard.Resolver {

    private final Map<String, InetAddress[]> answers = new ConcurrentHashMap<>();

    /** From now on {@code host} resolves to these IP literals. */
    public void answer(String host, String... literals) {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            try {
                addresses[i] = InetAddress.getByName(literals[i]);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP literal: " + literals[i], e);
            }
        }
        answers.put(host, addresses);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] answer = answers.get(host);
        return answer != null ? answer.clone() : InetAddress.getAllByName(host);
    }
}
