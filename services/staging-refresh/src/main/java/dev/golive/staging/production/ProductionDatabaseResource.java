package dev.golive.staging.production;

import dev.golive.contracts.Roles;
import dev.golive.problems.Violations;
import dev.golive.staging.readiness.Reevaluation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * How big production's database is: with the rehearsal's size it scales the upgrade forecast
 * (a production twice the size of its rehearsal's copy takes about twice as long to upgrade).
 */
@Path("/api/cutovers/{cutoverId}/production-database")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProductionDatabaseResource {

    /** 100 TB: beyond any Odoo database; a larger figure is a typo (bytes or kB given as MB). */
    public static final long MAX_SIZE_MB = 100L * 1024 * 1024;

    private final Reevaluation reevaluation;
    private final SecurityIdentity caller;
    private final Clock clock;

    public ProductionDatabaseResource(Reevaluation reevaluation, SecurityIdentity caller, Clock clock) {
        this.reevaluation = reevaluation;
        this.caller = caller;
        this.clock = clock;
    }

    @PUT
    @Transactional
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public ProductionDatabaseView set(@PathParam("cutoverId") UUID cutoverId, SizeRequest body) {
        Long size = body == null ? null : body.sizeMb();
        Violations violations = new Violations();
        if (size == null) {
            violations.add("sizeMb", "is required (the production database's size in MB)");
        } else if (size <= 0) {
            violations.add("sizeMb", "must be positive, was " + size);
        } else if (size > MAX_SIZE_MB) {
            violations.add("sizeMb", "must be at most " + MAX_SIZE_MB + " MB (100 TB), was " + size);
        }
        violations.refuse();
        Instant now = clock.instant();
        ProductionDatabaseRow row = ProductionDatabaseRow.findById(cutoverId);
        if (row == null) {
            row = new ProductionDatabaseRow();
            row.cutoverId = cutoverId;
            row.sizeMb = size;
            row.updatedBy = caller.getPrincipal().getName();
            row.updatedAt = now;
            row.persist();
        } else if (row.sizeMb != size) {
            row.sizeMb = size;
            row.updatedBy = caller.getPrincipal().getName();
            row.updatedAt = now;
        }
        reevaluation.afterChange(cutoverId);
        return new ProductionDatabaseView(cutoverId, row.sizeMb, row.updatedBy, row.updatedAt);
    }

    public record SizeRequest(Long sizeMb) {
    }

    public record ProductionDatabaseView(UUID cutoverId, long sizeMb, String updatedBy, Instant updatedAt) {
    }
}
