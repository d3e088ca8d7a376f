package dev.golive.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Who may call what, tested for every operation a service publishes in its OpenAPI document, so a
 * new endpoint is covered without anyone remembering to: each operation is called with no token, an
 * expired token, a token of another issuer, a token for another audience, a tampered token, a token
 * of each realm role (a demo user or machine, as a member of the cutover), and a token of each
 * allowed role that takes no part in the cutover (refused with the not-a-member problem). What is expected comes from the service README's {@value #HEADING} table, and
 * {@link #differences()} lists every call whose answer differs (and every operation the table and
 * the document do not agree on).
 *
 * <p>"Allowed" means the answer is neither 401 nor 403 nor a server error: the request body is an empty
 * object and sub-resource ids are invented, so an allowed call usually ends in 404 or 422, which is
 * the point: the caller got past the door.
 */
public final class AccessMatrix {

    /** The heading of the README section that holds the access table. */
    public static final String HEADING = "## Access";

    /** Realm roles in the order the table's columns name them; {@code admin} reaches every cutover. */
    public static final List<String> ROLES = List.of("ops-lead", "on-call", "tester", "stakeholder", "admin",
            "ci-pipeline", "monitoring", "chat-bot");

    /** The problem type of a caller who takes no part in the cutover (ADR 17). */
    static final String NOT_A_MEMBER = "https://golive.dev/problems/not-a-member";

    /** Anyone may call it: the endpoint authenticates the caller itself (a signature, a link's token). */
    public static final String ANYONE = "anyone";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(GET|POST|PUT|PATCH|DELETE) ([^`]+)`\\s*\\|\\s*([^|]+)\\|");
    private static final Map<String, String> USER_OF = Map.of(
            "ops-lead", DemoUsers.OPS_LEAD, "on-call", DemoUsers.ON_CALL, "tester", DemoUsers.TESTER,
            "stakeholder", DemoUsers.STAKEHOLDER, "admin", DemoUsers.ADMIN);
    private static final String EXPIRING_CLIENT = "golive-test-expiring";
    private static final String OTHER_AUDIENCE_CLIENT = "golive-test-other-audience";

    private final URI base;
    private final String audience;
    private final Map<String, Set<String>> table;
    private final List<String> operations;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> differences = new ArrayList<>();
    private int calls;

    private AccessMatrix(URI base, String audience, Map<String, Set<String>> table, List<String> operations) {
        this.base = base;
        this.audience = audience;
        this.table = table;
        this.operations = operations;
    }

    /**
     * The matrix of the service at {@code base} (its OpenAPI document at {@code /q/openapi}) against the
     * table in {@code readme}; {@code audience} is the service's client id (what its tokens must be for).
     */
    public static AccessMatrix of(URI base, String audience, Path readme) {
        Map<String, Set<String>> table = table(readme);
        List<String> operations = operations(get(base.resolve("/q/openapi?format=json")));
        return new AccessMatrix(base, audience, table, operations);
    }

    /**
     * Runs the matrix of the service at {@code base} against its module's {@code README.md}, prints its
     * size, and fails listing every difference: what each service's {@code AccessMatrixTest} does.
     *
     * @return the matrix, for further checks of its size
     */
    public static AccessMatrix check(URI base, String service, String member, String nonMember) {
        AccessMatrix matrix = of(base, service, Path.of("README.md")).run(member, nonMember);
        System.out.printf("access matrix %s: %d operations, %d calls%n", service, matrix.operationCount(), matrix.size());
        if (matrix.operationCount() == 0 || !matrix.differences().isEmpty()) {
            throw new AssertionError("calls answered otherwise than " + service + "'s README " + HEADING + " says ("
                    + matrix.operationCount() + " operations):\n" + String.join("\n", matrix.differences()));
        }
        return matrix;
    }

    /** The README's access table: operation ({@code "GET /api/..."}) to the roles it allows, or {@value #ANYONE}. */
    public static Map<String, Set<String>> table(Path readme) {
        List<String> lines;
        try {
            lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf(HEADING);
        if (start < 0) {
            throw new IllegalStateException(readme + " has no '" + HEADING + "' section");
        }
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Set<String> roles = new LinkedHashSet<>();
                for (String role : row.group(3).split(",")) {
                    String r = role.strip();
                    if (!r.isEmpty()) {
                        if (!ROLES.contains(r) && !ANYONE.equals(r)) {
                            throw new IllegalStateException("unknown role '" + r + "' in the access table: " + line);
                        }
                        roles.add(r);
                    }
                }
                table.put(row.group(1) + " " + row.group(2).strip(), roles);
            }
        }
        return table;
    }

    /** Every operation of an OpenAPI document, as {@code "METHOD /path"}. */
    static List<String> operations(String openApi) {
        List<String> operations = new ArrayList<>();
        try {
            JsonNode paths = JSON.readTree(openApi).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
                    String method = m.next().toUpperCase();
                    if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        operations.add(method + " " + path.getKey());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }

    /**
     * Runs every call: {@code member} is a cutover the demo team takes part in, {@code nonMember} one
     * nobody but its planner does. Returns this, to read {@link #differences()} and {@link #size()}.
     */
    public AccessMatrix run(String member, String nonMember) {
        Set<String> documented = new TreeSet<>(operations);
        for (String op : table.keySet()) {
            if (!documented.contains(op)) {
                differences.add(op + ": in the access table but not in the OpenAPI document");
            }
        }
        Map<String, String> badTokens = badTokens();
        for (String operation : operations) {
            Set<String> allowed = table.get(operation);
            if (allowed == null) {
                differences.add(operation + ": not in the access table");
                continue;
            }
            if (allowed.contains(ANYONE)) {
                continue; // the endpoint checks its own credential; its tests say how
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String onMember = fill(template, member);
            expect(operation, "no token", call(method, onMember, null), false);
            badTokens.forEach((what, token) -> expect(operation, what, call(method, onMember, token), false));
            for (String role : ROLES) {
                expect(operation, role + " (member)", call(method, onMember, tokenOf(role)), allowed.contains(role));
            }
            if (template.contains("{cutoverId}")) {
                // Every role the table allows, on a cutover that caller takes no part in: refused by the
                // membership gate itself (its problem type), whatever the realm role lets them reach.
                String onOther = fill(template, nonMember);
                allowed.stream().filter(r -> !r.equals("admin")).forEach(role -> {
                    Answer answer = send(method, onOther, tokenOf(role));
                    if (answer.status() != 403 || !answer.body().contains(NOT_A_MEMBER)) {
                        differences.add(operation + " as " + role + " (not a member): " + answer.status()
                                + ", expected 403 " + NOT_A_MEMBER);
                    }
                });
            }
        }
        return this;
    }

    /** A demo user's token for a person's role; the machine's client-credentials token for a machine role. */
    private static String tokenOf(String role) {
        String machine = DemoMachines.BY_ROLE.get(role);
        return machine != null ? Tokens.machineToken(machine) : Tokens.accessToken(USER_OF.get(role));
    }

    /** Every call whose answer differed from the table, and every operation the table and the document disagree on. */
    public List<String> differences() {
        return List.copyOf(differences);
    }

    /** How many calls were made. */
    public int size() {
        return calls;
    }

    /** How many operations the OpenAPI document has. */
    public int operationCount() {
        return operations.size();
    }

    private void expect(String operation, String caller, int status, boolean allowed) {
        boolean refused = status == 401 || status == 403;
        if (status >= 500) {
            differences.add(operation + " as " + caller + ": " + status + " (a server error)");
        } else if (allowed && refused) {
            differences.add(operation + " as " + caller + ": " + status + ", expected to be let in");
        } else if (!allowed && !refused) {
            differences.add(operation + " as " + caller + ": " + status + ", expected 401 or 403");
        }
    }

    private int call(String method, String path, String token) {
        return send(method, path, token).status();
    }

    private record Answer(int status, String body) {
    }

    private Answer send(String method, String path, String token) {
        calls++;
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path with the cutover and invented values for every other parameter. */
    static String fill(String template, String cutoverId) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = switch (name) {
                case "cutoverId" -> cutoverId;
                case "fromVersion", "number" -> "17";
                case "client" -> "Acme%20Trading";
                case "person", "item", "probeAction" -> "x";
                default -> UUID.randomUUID().toString();
            };
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /** Tokens every operation refuses: expired, another issuer, another audience, tampered. */
    private Map<String, String> badTokens() {
        KeycloakServer keycloak = KeycloakServer.shared();
        keycloak.ensurePublicClient(EXPIRING_CLIENT, Map.of("access.token.lifespan", "1"), List.of(audience));
        keycloak.ensurePublicClient(OTHER_AUDIENCE_CLIENT, Map.of(), List.of());
        String expiring = keycloak.accessToken(EXPIRING_CLIENT, DemoUsers.ADMIN, DemoUsers.PASSWORD);
        Instant expiresAt = Instant.ofEpochSecond(claims(expiring).path("exp").asLong());
        await("the short-lived token to expire").atMost(Duration.ofSeconds(30))
                .until(() -> Instant.now().isAfter(expiresAt.plusSeconds(1)));
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("an expired token", expiring);
        tokens.put("a token of another issuer", foreignToken());
        tokens.put("a token for another audience",
                keycloak.accessToken(OTHER_AUDIENCE_CLIENT, DemoUsers.ADMIN, DemoUsers.PASSWORD));
        tokens.put("a tampered token", tampered(Tokens.accessToken(DemoUsers.STAKEHOLDER)));
        return tokens;
    }

    private static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stakeholder's token whose payload now claims the admin role, its signature left as it was. */
    static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"stakeholder\"", "\"admin\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A well-formed, validly signed token of an issuer the services do not trust, claiming admin. */
    private String foreignToken() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            long now = Instant.now().getEpochSecond();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"other\"}";
            String payload = "{\"iss\":\"http://127.0.0.1:1/realms/golive\",\"aud\":\"" + audience
                    + "\",\"sub\":\"" + UUID.randomUUID() + "\",\"preferred_username\":\"ada\",\"exp\":" + (now + 300)
                    + ",\"iat\":" + now + ",\"realm_access\":{\"roles\":[\"admin\"]}}";
            String signed = b64(header) + "." + b64(payload);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String get(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One line per operation and its allowed roles, for a report. */
    public String summary() {
        return table.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
