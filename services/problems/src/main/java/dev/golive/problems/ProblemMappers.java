package dev.golive.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import dev.golive.problems.field.FieldViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import dev.golive.problems.json.InvalidTextException;
import dev.golive.scheduling.failure.Failures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into {@code application/problem+json}. A client's mistake names the
 * offending fields; a server failure says only that it happened (the log has the rest).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart takes a few seconds; a lock conflict is gone sooner. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    /** A well-formed body with a text that breaks the text rules: 422 naming the field. */
    @ServerExceptionMapper
    public Response invalidText(InvalidTextException e, UriInfo uri) {
        String field = fieldOf(e);
        return respond(ProblemException.invalid(field, e.getOriginalMessage()).toProblem(path(uri)));
    }

    // Quarkus REST has its own mappers for these Jackson subtypes; naming them here wins.
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(badJson(e, uri));
    }

    @ServerExceptionMapper
    public Response invalidParameters(ConstraintViolationException e, UriInfo uri) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .collect(Collectors.toList());
        return respond(ProblemException.invalid(errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(ProblemTypes.of("unauthorized"), "Authentication required", 401,
                "A valid bearer token is required", path(uri), List.of(), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"golive\"")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.of("forbidden"), "Forbidden", 403,
                "Your roles do not allow this action", path(uri), List.of(), List.of()));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemException.conflict("concurrent-change",
                "Someone else changed this meanwhile; reload and try again", List.of())
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof InvalidTextException text) {
            return invalidText(text, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(badJson(json, uri));
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        return respond(new Problem(ProblemTypes.of("http-" + status), title, status,
                status == 404 ? "No such resource" : title, path(uri), List.of(), List.of()));
    }

    /**
     * Every other failure. One that passes by itself ({@link Failures#isTransient}: the database
     * restarting or unreachable, a lock or serialisation conflict, a timeout — raised by a statement or
     * by the flush at commit, whatever wraps it) is a 503 with {@code Retry-After}: the transaction
     * rolled back, so nothing was written, and the same request can simply be sent again. Anything
     * else is a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (Failures.isTransient(e)) {
            LOG.warnf("database unavailable on %s, answered 503 (%s): %s", path(uri), e.getClass().getName(), rootCause(e));
            Problem problem = new Problem(ProblemTypes.of("database-unavailable"), "Service unavailable", 503,
                    "The database is unavailable for the moment, so nothing was written; try again in a few seconds",
                    path(uri), List.of(), List.of());
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .entity(problem).build();
        }
        LOG.error("unexpected failure on " + path(uri), e);
        return respond(new Problem(ProblemTypes.of("internal-error"), "Internal error", 500,
                "The request failed on our side; nothing was changed", path(uri), List.of(), List.of()));
    }

    /** The JSON path of the value that failed, as the body names it ({@code items[2].title}); "body" when unknown. */
    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "body";
    }

    private static Problem badJson(JsonProcessingException e, UriInfo uri) {
        String field = fieldOf(e);
        String message = e.getOriginalMessage();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return new Problem(ProblemTypes.of("unreadable-body"), "The request body cannot be read", 400,
                field + ": " + message, path(uri), List.of(new FieldViolation(field, message)), List.of());
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
