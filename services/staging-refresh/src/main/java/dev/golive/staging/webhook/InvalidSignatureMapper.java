package dev.golive.staging.webhook;

import dev.golive.problems.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/** A bad webhook signature is a 401 problem, saying nothing about whether the cutover has a secret. */
public class InvalidSignatureMapper {

    static final URI TYPE = URI.create("https://golive.dev/problems/invalid-signature");

    @ServerExceptionMapper
    public Response invalidSignature(InvalidSignatureException e, UriInfo uri) {
        Problem problem = new Problem(TYPE, "Invalid signature", 401, e.getMessage(),
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), List.of(), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 realm=\"golive-staging-webhook\"")
                .entity(problem).build();
    }
}
