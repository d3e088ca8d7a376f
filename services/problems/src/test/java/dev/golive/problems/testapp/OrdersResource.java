package dev.golive.problems.testapp;

import dev.golive.problems.ProblemException;
import dev.golive.problems.QueryParams;
import dev.golive.problems.Violations;
import dev.golive.problems.field.FieldViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** A service's REST resource in small: reads requests the way the services do and fails the ways they fail. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    public enum Priority { LOW, HIGH }

    public record OrderRequest(String name, Integer quantity, String priority) {
    }

    public record Order(String name, int quantity, Priority priority) {
    }

    /** Reads every field, adds the domain's rules for the fields read well, refuses once. */
    @POST
    public Order place(OrderRequest request) {
        Violations violations = new Violations();
        String name = Violations.strip(request.name());
        if (name == null || name.isEmpty()) {
            violations.add("name", "is required");
        }
        int quantity = violations.required("quantity", request.quantity());
        Priority priority = violations.enumValue("priority", request.priority(), Priority.class, true);
        violations.addRules(rules(name, quantity));
        violations.refuse();
        return new Order(name, quantity, priority);
    }

    @GET
    public List<String> search(@QueryParam("limit") @Min(1) @Max(50) int limit, @QueryParam("priority") String priority,
                               @QueryParam("from") String from) {
        Priority wanted = QueryParams.enumValue("priority", priority, Priority.class);
        QueryParams.date("from", from);
        return List.of(limit + " orders of priority " + wanted);
    }

    @GET
    @Path("/invalid")
    public Order invalid() {
        throw ProblemException.invalid(List.of(new FieldViolation("name", "is required"),
                new FieldViolation("items[2].quantity", "must be at least 1")));
    }

    @GET
    @Path("/{id}")
    public Order find(@PathParam("id") String id) {
        throw ProblemException.notFound("order", id);
    }

    @POST
    @Path("/{id}/cancel")
    public Order cancel(@PathParam("id") String id) {
        throw ProblemException.conflict("order-shipped", "order " + id + " has shipped", List.of("SHIPPED"));
    }

    @GET
    @Path("/broken")
    public Order broken() {
        throw new IllegalStateException("connection pool exhausted at db-7.internal");
    }

    /** What a write meets while its database restarts (the real restart: golive-messaging's DatabaseOutageTest). */
    @POST
    @Path("/while-the-database-restarts")
    public Order whileTheDatabaseRestarts() {
        throw new jakarta.persistence.PersistenceException("could not execute statement",
                new java.sql.SQLException("the database system is shutting down at db-7.internal", "57P01"));
    }

    /** The domain's rules: they know nothing of what was missing and report for any field. */
    private static List<FieldViolation> rules(String name, int quantity) {
        List<FieldViolation> broken = new ArrayList<>();
        if (quantity < 1) {
            broken.add(new FieldViolation("quantity", "must be at least 1"));
        }
        if (name != null && name.length() > 20) {
            broken.add(new FieldViolation("name", "must be at most 20 characters"));
        }
        return broken;
    }
}
