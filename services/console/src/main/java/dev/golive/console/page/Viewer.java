package dev.golive.console.page;

import dev.golive.contracts.Roles;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TreeSet;

/**
 * The signed-in person as the pages need them: who, which roles, which time zone. The zone is the
 * OIDC {@code zoneinfo} claim; without one the page asks the browser ({@link #zone()} is then empty
 * and the script fills the viewer's times in).
 */
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public String username() {
        return identity.getPrincipal().getName();
    }

    public String name() {
        String given = idToken.getClaim("given_name");
        return given != null ? given : username();
    }

    public String roles() {
        return String.join(", ", new TreeSet<>(identity.getRoles()));
    }

    /** The realm roles the viewer holds. */
    public java.util.Set<String> roleNames() {
        return identity.getRoles();
    }

    /** The viewer's IANA zone from the identity provider, or an empty string when unknown or invalid. */
    public String zone() {
        Object claim = idToken.getClaim("zoneinfo");
        if (claim == null) {
            return "";
        }
        try {
            return ZoneId.of(claim.toString()).getId();
        } catch (DateTimeException invalid) {
            return "";
        }
    }

    public boolean isOpsLead() {
        return identity.hasRole(Roles.OPS_LEAD);
    }

    public boolean isOnCall() {
        return identity.hasRole(Roles.ON_CALL);
    }

    public boolean isTester() {
        return identity.hasRole(Roles.TESTER);
    }

    public boolean isStakeholder() {
        return identity.hasRole(Roles.STAKEHOLDER);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** Sees the cockpit: everyone who runs or supports the weekend (a stakeholder sees the status page). */
    public boolean seesCockpit() {
        return isOpsLead() || isOnCall() || isTester() || isAdmin();
    }

    /** The same, as a plain value for the templates. */
    public Who who() {
        return new Who(username(), name(), roles(), zone(), isOpsLead(), isOnCall(), isTester(), isStakeholder(),
                isAdmin(), seesCockpit(), reportsIncidents());
    }

    /** May report and work on incidents. */
    public boolean reportsIncidents() {
        return isOpsLead() || isOnCall();
    }
}
