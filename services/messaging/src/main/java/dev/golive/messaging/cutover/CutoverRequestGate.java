package dev.golive.messaging.cutover;

import dev.golive.contracts.Roles;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request to a per-cutover endpoint ({@code /api/cutovers/{cutoverId}/...}) passes here, after
 * authentication and the endpoint's realm roles, and is refused before anything is read or written
 * when it should not reach the cutover:
 *
 * <ol>
 *   <li><b>Membership</b> ({@code golive.cutovers.members-only}, ADR 17): a caller who is not admin must
 *       take part in the cutover in a role the endpoint allows ({@code golive_cutover_member}); otherwise
 *       403 {@code not-a-member}. A realm role says what kind of user someone is; a membership says in
 *       which cutovers. Reads are checked as writes are: a stakeholder of one client does not read
 *       another's.</li>
 *   <li><b>Known cutovers</b> ({@code golive.cutovers.refuse-unknown}, ADR 15): a write for a cutover the
 *       service has never heard of from cutover-planner is a 404, so a random or mistyped id leaves no
 *       orphan rows and no events. The check runs before the write's own transaction; that is safe
 *       because a projection row is never deleted, so a cutover found known stays known. Reads of an
 *       unknown cutover answer as they always have (an empty list or their own 404).</li>
 * </ol>
 *
 * Endpoints open to anyone ({@code @PermitAll}: signed machine calls) are let through: they
 * authenticate the caller themselves, and answering before that would tell anyone which cutovers
 * exist. The console keeps no data and leaves both off.
 */
@Provider
@Priority(Priorities.USER)
public class CutoverRequestGate implements ContainerRequestFilter {

    /** The path parameter every per-cutover endpoint names its cutover by. */
    static final String CUTOVER_PARAMETER = "cutoverId";

    /** The realm role that reaches every cutover without a membership: the platform's administrators. */
    static final String ADMIN = Roles.ADMIN;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean refuseUnknown;
    private final boolean membersOnly;
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
                              @ConfigProperty(name = "golive.cutovers.members-only", defaultValue = "false")
                              boolean membersOnly,
                              @ConfigProperty(name = "quarkus.application.name") String service,
                              jakarta.enterprise.inject.Instance<AgroalDataSource> dataSource) {
        this.refuseUnknown = refuseUnknown;
        this.membersOnly = membersOnly;
        this.service = service;
        this.dataSource = refuseUnknown || membersOnly ? dataSource.get() : null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!refuseUnknown && !membersOnly || openToAnyone()) {
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
        if (membersOnly) {
            refuseUnlessMember(request.getSecurityContext(), cutoverId);
        }
        if (refuseUnknown && !READS.contains(request.getMethod()) && !known(cutoverId)) {
            throw ProblemException.unknownCutover(cutoverId, service);
        }
    }

    private void refuseUnlessMember(SecurityContext caller, UUID cutoverId) {
        if (caller.getUserPrincipal() == null || caller.isUserInRole(ADMIN)) {
            return; // no caller: the endpoint's own roles have answered 401 already; admin: every cutover
        }
        Set<String> allowed = rolesAllowed();
        if (allowed.isEmpty()) {
            return; // any authenticated caller: the endpoint decides what it shows (e.g. "my" items)
        }
        Set<String> held = rolesIn(cutoverId, caller.getUserPrincipal().getName());
        if (allowed.stream().noneMatch(role -> held.contains(role) && caller.isUserInRole(role))) {
            throw ProblemException.notAMember(cutoverId, allowed.stream().filter(r -> !ADMIN.equals(r)).sorted().toList());
        }
    }

    /** The roles the endpoint names (method first, then class). */
    private Set<String> rolesAllowed() {
        RolesAllowed roles = endpoint.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = endpoint.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? Set.of() : Set.of(roles.value());
    }

    private Set<String> rolesIn(UUID cutoverId, String member) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT role FROM golive_cutover_member WHERE cutover_id = ? AND member = ?")) {
            query.setObject(1, cutoverId);
            query.setString(2, member);
            Set<String> roles = new HashSet<>();
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    roles.add(found.getString(1));
                }
            }
            return roles;
        } catch (SQLException e) {
            // Let the shared mapping answer (a database outage is a 503, not the caller's mistake).
            throw new IllegalStateException("cannot look up the members of cutover " + cutoverId, e);
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
