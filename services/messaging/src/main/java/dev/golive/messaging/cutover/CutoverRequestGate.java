package dev.golive.messaging.cutover;

import dev.golive.problems.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request to a per-cutover endpoint ({@code /api/cutovers/{cutoverId}/...}) of a service that
 * keeps a cutover projection passes here, after authentication and the endpoint's roles: a write
 * for a cutover the service has never heard of from cutover-planner is refused with a 404 problem
 * before anything is written, so a random or mistyped id leaves no orphan rows and no events.
 *
 * <p>The check runs before the write's own transaction; that is safe because a projection row is
 * never deleted (a cancelled cutover keeps its row), so a cutover found known stays known. Reads
 * are let through: each read answers for an unknown cutover as it always has (an empty list or its
 * own 404). Endpoints open to anyone ({@code @PermitAll}: signed machine calls) are let through
 * too: they authenticate the caller themselves, and answering 404 before that would tell anyone
 * which cutovers exist. Services without a projection (cutover-planner owns the cutovers; the console keeps
 * none) leave {@code golive.cutovers.refuse-unknown} off.
 */
@Provider
@Priority(Priorities.USER)
public class CutoverRequestGate implements ContainerRequestFilter {

    /** The path parameter every per-cutover endpoint of a projecting service names its cutover by. */
    static final String CUTOVER_PARAMETER = "cutoverId";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean refuseUnknown;
    private final String service;
    private final AgroalDataSource dataSource;
    /**
     * Cutovers found known: they stay known (rows are never deleted), so each is looked up once.
     * Emptied when it grows past {@link #REMEMBERED} rather than growing without bound.
     */
    private final Set<UUID> remembered = ConcurrentHashMap.newKeySet();

    static final int REMEMBERED = 10_000;

    @Context
    ResourceInfo endpoint;

    public CutoverRequestGate(@ConfigProperty(name = "golive.cutovers.refuse-unknown", defaultValue = "false")
                              boolean refuseUnknown,
                              @ConfigProperty(name = "quarkus.application.name") String service,
                              jakarta.enterprise.inject.Instance<AgroalDataSource> dataSource) {
        this.refuseUnknown = refuseUnknown;
        this.service = service;
        this.dataSource = refuseUnknown ? dataSource.get() : null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!refuseUnknown || READS.contains(request.getMethod()) || openToAnyone()) {
            return;
        }
        String id = request.getUriInfo().getPathParameters().getFirst(CUTOVER_PARAMETER);
        if (id == null) {
            return;
        }
        UUID cutoverId;
        try {
            cutoverId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.unknownCutover(id, service);
        }
        if (!known(cutoverId)) {
            throw ProblemException.unknownCutover(cutoverId, service);
        }
    }

    private boolean openToAnyone() {
        return endpoint.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || endpoint.getResourceClass().isAnnotationPresent(PermitAll.class)
                        && !endpoint.getResourceMethod().isAnnotationPresent(RolesAllowed.class);
    }

    private boolean known(UUID cutoverId) {
        if (remembered.contains(cutoverId)) {
            return true;
        }
        if (lookUp(cutoverId)) {
            if (remembered.size() >= REMEMBERED) {
                remembered.clear();
            }
            remembered.add(cutoverId);
            return true;
        }
        return false;
    }

    private boolean lookUp(UUID cutoverId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT 1 FROM cutover_projection WHERE cutover_id = ?")) {
            query.setObject(1, cutoverId);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            // Let the shared mapping answer (a database outage is a 503, not the caller's mistake).
            throw new IllegalStateException("cannot look up cutover " + cutoverId, e);
        }
    }
}
