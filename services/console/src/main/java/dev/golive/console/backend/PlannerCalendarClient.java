package dev.golive.console.backend;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.Map;

/**
 * The planner's calendar data that belongs to no cutover (ADR 0022): public holidays by country and
 * the organisation's freeze periods. Its own interface because {@link PlannerClient} is rooted at
 * {@code /api/cutovers}; same service, same token.
 */
@RegisterRestClient(configKey = "planner")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemReader.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlannerCalendarClient {

    /** The public holidays of a country (and subdivision) from {@code from} to {@code to}, ISO dates. */
    @GET
    @Path("/holidays")
    List<Map<String, Object>> holidays(@QueryParam("country") String country,
                                       @QueryParam("subdivision") String subdivision,
                                       @QueryParam("from") String from, @QueryParam("to") String to);

    /** The freeze periods ending on or after {@code from}. */
    @GET
    @Path("/freeze-periods")
    List<Map<String, Object>> freezePeriods(@QueryParam("from") String from);

    /** A freeze period of the organisation, a client or a team. */
    @POST
    @Path("/freeze-periods")
    Map<String, Object> createFreezePeriod(Map<String, Object> freeze);

    @DELETE
    @Path("/freeze-periods/{id}")
    void deleteFreezePeriod(@PathParam("id") String id);
}
