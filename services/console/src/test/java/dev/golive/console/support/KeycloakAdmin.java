package dev.golive.console.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golive.testkit.KeycloakServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Keycloak administrator does through the admin REST API of the testkit's Keycloak, as the
 * bootstrap admin: look at a user's sessions, end them, set the console client's back-channel
 * logout URL.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONSOLE_CLIENT = "golive-console";

    private final KeycloakServer keycloak;
    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    public static KeycloakAdmin of(KeycloakServer keycloak) {
        return new KeycloakAdmin(keycloak);
    }

    /** The ids of the user's SSO sessions in which they signed in to the console. */
    public List<String> consoleSessionsOf(String username) {
        List<String> ids = new ArrayList<>();
        for (JsonNode session : send("GET", realm() + "/users/" + userId(username) + "/sessions", null)) {
            for (JsonNode client : session.path("clients")) {
                if (CONSOLE_CLIENT.equals(client.asText())) {
                    ids.add(session.path("id").asText());
                }
            }
        }
        return ids;
    }

    /** Ends every session of the user, as an administrator does from the admin console ("Sign out"). */
    public void endSessionsOf(String username) {
        send("POST", realm() + "/users/" + userId(username) + "/logout", null);
    }

    /** Where Keycloak posts the console's logout tokens (the realm file names the local console's address). */
    public void pointConsoleBackChannelLogoutAt(String url) {
        JsonNode clients = send("GET", realm() + "/clients?clientId=" + enc(CONSOLE_CLIENT), null);
        ObjectNode client = (ObjectNode) clients.get(0);
        ((ObjectNode) client.path("attributes")).put("backchannel.logout.url", url);
        send("PUT", realm() + "/clients/" + client.path("id").asText(), client);
    }

    public String consoleBackChannelLogoutUrl() {
        JsonNode clients = send("GET", realm() + "/clients?clientId=" + enc(CONSOLE_CLIENT), null);
        return clients.get(0).path("attributes").path("backchannel.logout.url").asText();
    }

    private String userId(String username) {
        JsonNode users = send("GET", realm() + "/users?exact=true&username=" + enc(username), null);
        if (users.size() != 1) {
            throw new AssertionError("no single user " + username + " in the realm: " + users);
        }
        return users.get(0).path("id").asText();
    }

    private String realm() {
        return keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
    }

    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + enc(KeycloakServer.ADMIN_USERNAME)
                + "&password=" + enc(KeycloakServer.ADMIN_PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return parse(exchange(request)).path("access_token").asText();
    }

    private JsonNode send(String method, String url, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken())
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return parse(exchange(request.build()));
    }

    private String exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError("Keycloak admin " + request.method() + " " + request.uri() + " answered HTTP "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
