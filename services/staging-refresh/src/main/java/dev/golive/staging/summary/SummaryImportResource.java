package dev.golive.staging.summary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import dev.golive.contracts.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/**
 * {@code summary-items:import}: the upgrade summary message pasted from Discuss becomes summary items,
 * and what could not be read is answered line by line. A custom method in the style of
 * {@code resource:verb} (see {@link CustomMethodPaths} for clients that encode the colon).
 */
@Path("/api/cutovers/{cutoverId}/rehearsals/{rehearsalId}/summary-items:import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SummaryImportResource {

    private final SummaryService summary;
    private final SecurityIdentity caller;

    public SummaryImportResource(SummaryService summary, SecurityIdentity caller) {
        this.summary = summary;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
    public ImportView importSummary(@PathParam("cutoverId") UUID cutoverId, @PathParam("rehearsalId") UUID rehearsalId,
                                    ImportRequest body) {
        SummaryService.Imported imported = summary.importSummary(cutoverId, rehearsalId,
                body == null ? null : body.text(), body == null ? null : body.owner(), caller.getPrincipal().getName());
        return new ImportView(imported.created().stream().map(SummaryItemView::of).toList(), imported.alreadyKnown(),
                imported.unparsed().stream().map(u -> new UnparsedLine(u.line(), u.text(), u.why())).toList());
    }

    /**
     * The pasted text may be longer than the 10,000 characters every other text stops at: it is read
     * with Jackson's plain string reader, and {@code UpgradeSummaryParser.check} (length, control
     * characters) answers for it instead, naming {@code text}.
     */
    public record ImportRequest(@JsonDeserialize(using = StringDeserializer.class) String text, String owner) {
    }

    public record ImportView(List<SummaryItemView> created, int alreadyKnown, List<UnparsedLine> unparsed) {
    }

    public record UnparsedLine(int line, String text, String why) {
    }
}
