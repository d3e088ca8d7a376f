package dev.golive.planner.window;

import dev.golive.planner.domain.InvalidPolicyException;
import dev.golive.problems.Problem;
import dev.golive.problems.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A policy that reached the window calculus unchecked is still the client's mistake, named field by field. */
public class InvalidPolicyMapper {

    @ServerExceptionMapper
    public Response invalidPolicy(InvalidPolicyException e, UriInfo uri) {
        Problem problem = ProblemException.invalid(e.violations().stream()
                .toList())
                .toProblem("/" + uri.getPath().replaceFirst("^/", ""));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
