package dev.golive.console.formtoken;

import io.quarkus.runtime.Startup;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The form token of the signed-in session: pages put it in every form that changes something
 * ({@code {#formtoken /}}, reading {@code inject:formToken.value}), {@link FormTokenCheck} refuses a
 * post without it.
 *
 * <p>The session is Keycloak's SSO session, the ID token's {@code sid} claim: it stays the same
 * when the console refreshes the tokens and changes with every new sign-in. An ID token without
 * one (another provider) is named by its subject and authentication time instead.
 */
@ApplicationScoped
@Startup // a configured key that is too short stops the start, not the first page
@Named("formToken")
public class FormTokens {

    /** The hidden field's name. */
    public static final String FIELD = "csrf-token";

    private final SessionFormToken tokens;
    private final SecurityIdentity identity;

    /**
     * @param key at least 32 characters ({@code golive.console.form-token.key}, env {@code GOLIVE_CONSOLE_FORM_KEY}).
     *            Unset, each console process draws a random one at start: fine for one console, but
     *            console instances behind one address must share a key, and a restart makes open
     *            forms ask for a reload.
     */
    public FormTokens(@ConfigProperty(name = "golive.console.form-token.key") Optional<String> key,
                      SecurityIdentity identity) {
        this.tokens = new SessionFormToken(key
                .map(configured -> configured.getBytes(StandardCharsets.UTF_8))
                .orElseGet(FormTokens::randomKey));
        this.identity = identity;
    }

    /** The token of the current request's session; empty for a request without one (then no post is accepted). */
    public String value() {
        String session = sessionOf(identity);
        return session == null ? "" : tokens.of(session);
    }

    public String field() {
        return FIELD;
    }

    /** Whether {@code presented} is the token of the current request's session. */
    boolean isOfCurrentSession(String presented) {
        return tokens.matches(sessionOf(identity), presented);
    }

    static String sessionOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object sid = token.getClaim("sid");
        if (sid != null && !sid.toString().isBlank()) {
            return "sid:" + sid;
        }
        Object authTime = token.getClaim("auth_time");
        if (token.getSubject() != null && authTime != null) {
            return "sub:" + token.getSubject() + "@" + authTime;
        }
        return null;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
