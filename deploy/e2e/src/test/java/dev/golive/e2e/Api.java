package dev.golive.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.testkit.KeycloakServer;
import dev.golive.testkit.TokenCache;
import dev.golive.testkit.UserHttp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services' HTTP APIs as the people of the weekend call them: each call names the service, who
 * makes it (a demo user of the realm, whose token the testkit fetches from this platform's Keycloak
 * and renews shortly before it expires) and the status it must answer. A service may have several
 * instances ({@link #alternating}): each call then goes to the next one in turn.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final UserHttp http;
    /** service name → the base URLs of its instances, {@code http://127.0.0.1:<port>} */
    private final Map<String, List<String>> baseUrls;
    /**
     * "service read" or "service write" → how many such calls it was sent, which picks the instance of
     * the next one: reads and writes alternate each on their own, so a read-then-write habit cannot
     * send every write to the same instance
     */
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
    /** base URL → how many writes (anything but GET) it was sent */
    private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();

    /** @param baseUrls service name → {@code http://127.0.0.1:<port>} */
    Api(KeycloakServer keycloak, Map<String, String> baseUrls) {
        this(new UserHttp(TokenCache.of(keycloak)), oneEach(baseUrls));
    }

    private Api(UserHttp http, Map<String, List<String>> baseUrls) {
        this.http = http;
        this.baseUrls = Map.copyOf(baseUrls);
    }

    private static Map<String, List<String>> oneEach(Map<String, String> baseUrls) {
        Map<String, List<String>> each = new java.util.LinkedHashMap<>();
        baseUrls.forEach((service, url) -> each.put(service, List.of(url)));
        return each;
    }

    /**
     * The same people (tokens shared) calling services that run several instances: each call to a
     * service goes to its next instance in turn, as a load balancer would send it.
     *
     * @param instances service name → the base URLs of its instances
     */
    Api alternating(Map<String, List<String>> instances) {
        return new Api(http, instances);
    }

    /** How many writes (anything but GET) each instance of {@code service} was sent, in the order of its instances. */
    List<Integer> writesPerInstance(String service) {
        return baseUrls.getOrDefault(service, List.of()).stream()
                .map(url -> writes.getOrDefault(url, new AtomicInteger()).get()).toList();
    }

    private String baseUrl(String service, String method) {
        List<String> instances = baseUrls.get(service);
        if (instances == null || instances.isEmpty()) {
            throw new IllegalArgumentException("no service " + service);
        }
        boolean write = !"GET".equals(method);
        int turn = turns.computeIfAbsent(service + (write ? " write" : " read"), s -> new AtomicInteger())
                .getAndIncrement();
        String base = instances.get(Math.floorMod(turn, instances.size()));
        if (write) {
            writes.computeIfAbsent(base, b -> new AtomicInteger()).incrementAndGet();
        }
        return base;
    }

    /** The base URL of the first instance of {@code service}, for callers that are not a person (a signed webhook). */
    public String urlOf(String service) {
        return baseUrls.get(service).get(0);
    }

    public JsonNode get(String service, String path, String user) {
        return call("GET", service, path, user, null, 200);
    }

    public JsonNode post(String service, String path, String user, Object body, int expected) {
        return call("POST", service, path, user, body, expected);
    }

    public JsonNode put(String service, String path, String user, Object body, int expected) {
        return call("PUT", service, path, user, body, expected);
    }

    JsonNode patch(String service, String path, String user, Object body, int expected) {
        return call("PATCH", service, path, user, body, expected);
    }

    /**
     * One call whose outcome is the caller's to judge (a fault test expects some to fail): the answer,
     * or status -1 with the error as body when none came (refused connection, reset, timeout).
     */
    public UserHttp.Answer attempt(String method, String service, String path, String user, Object body) {
        String base = baseUrl(service, method);
        try {
            return http.send(user, method, base + path, body);
        } catch (java.io.UncheckedIOException noAnswer) {
            return new UserHttp.Answer(-1, String.valueOf(noAnswer.getCause()));
        }
    }

    /** A GET whose answer is text (a Markdown report, a calendar): its body; fails unless 200. */
    String text(String service, String path, String user) {
        UserHttp.Answer answer = attempt("GET", service, path, user, null);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + service + path + " as " + user + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /** Calls the API and fails with the answer when the status is not {@code expected}; returns the body (or null). */
    public JsonNode call(String method, String service, String path, String user, Object body, int expected) {
        String base = baseUrl(service, method);
        return http.expect(expected, user, method, base + path, body);
    }
}
