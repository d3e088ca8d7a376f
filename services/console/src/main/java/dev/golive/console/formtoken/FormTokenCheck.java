package dev.golive.console.formtoken;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * Refuses every console request that could change something (any method but GET, HEAD and
 * OPTIONS) unless its form carries the token of the session it is sent in: a page of another site
 * cannot post a console form in the person's name, even where the browser sends the session cookie
 * along. The refusal is a 403 page, before any resource method runs, so nothing reaches a service.
 *
 * <p>The OIDC endpoints ({@code /logout}, the back-channel logout) are not JAX-RS resources and
 * are not checked here: Keycloak's back-channel call authenticates with its signed logout token.
 */
public class FormTokenCheck {

    private static final Logger LOG = Logger.getLogger(FormTokenCheck.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final FormTokens tokens;
    private final Template refused;

    public FormTokenCheck(FormTokens tokens, @Location("form-refused.html") Template refused) {
        this.tokens = tokens;
        this.refused = refused;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String presented = formToken(request);
        if (tokens.isOfCurrentSession(presented)) {
            return null;
        }
        LOG.warnf("Refused %s %s: %s", request.getMethod(), request.getUriInfo().getPath(),
                presented == null ? "no form token" : "a form token that is not this session's");
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(refused.render())
                .build();
    }

    /** The token field of an HTML form post; null for any other body. */
    private static String formToken(ResteasyReactiveContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!isForm(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) && !isForm(type, MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return null;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object value = context.getFormParameter(FormTokens.FIELD, true, false);
        return value == null ? null : value.toString();
    }

    /** Type and subtype equal: a wildcard ({@code Content-Type: *}) is no form. */
    private static boolean isForm(MediaType type, MediaType form) {
        return type != null && form.getType().equalsIgnoreCase(type.getType())
                && form.getSubtype().equalsIgnoreCase(type.getSubtype());
    }
}
