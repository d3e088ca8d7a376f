package dev.golive.rollback.decision;

import dev.golive.contracts.Roles;
import dev.golive.rollback.assessment.AssessmentRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The append-only trail of a cutover's assessments and decisions, in the order they happened. */
@Path("/api/cutovers/{cutoverId}/rollback-audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** Who decided what and why is for the people running the cutover (issue 17); everyone reads the assessment. */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public AuditTrail trail(@PathParam("cutoverId") UUID cutoverId) {
        record Positioned(long seq, AuditEntry entry) {
        }
        List<Positioned> all = new ArrayList<>();
        AssessmentRow.ofCutover(cutoverId).forEach(a -> all.add(new Positioned(a.auditSeq, AuditEntry.of(a))));
        DecisionRow.ofCutover(cutoverId).forEach(d -> all.add(new Positioned(d.auditSeq, AuditEntry.of(d))));
        all.sort(Comparator.comparingLong(Positioned::seq));
        return new AuditTrail(cutoverId, all.stream().map(Positioned::entry).toList());
    }

    public record AuditTrail(UUID cutoverId, List<AuditEntry> entries) {
    }
}
