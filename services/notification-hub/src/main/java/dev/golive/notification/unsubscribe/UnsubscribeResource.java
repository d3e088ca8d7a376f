package dev.golive.notification.unsubscribe;

import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.domain.Languages;
import dev.golive.notification.domain.UnsubscribeToken;
import dev.golive.notification.stakeholder.StakeholderRow;
import dev.golive.notification.stakeholder.StakeholderService;
import dev.golive.problems.ProblemException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.util.Locale;

/**
 * The one-click unsubscribe of mails (RFC 8058). A GET only shows what the link would turn off, with a
 * button: mail-security scanners and link previews open links before people do, and must not
 * unsubscribe anyone. The POST — the mail client's one click ({@code List-Unsubscribe=One-Click}) or the
 * button — turns off every notice of that person in that cutover; pages are duty and still reach
 * them. A token that was not signed by this hub (edited, truncated) is a 422 problem and changes nothing.
 */
@Path("/api/unsubscribe")
public class UnsubscribeResource {

    private static final Logger LOG = Logger.getLogger(UnsubscribeResource.class);

    private final UnsubscribeLinks links;
    private final StakeholderService stakeholders;
    private final Template page;

    public UnsubscribeResource(UnsubscribeLinks links, StakeholderService stakeholders,
                               @Location("pages/unsubscribe.html") Template page) {
        this.links = links;
        this.stakeholders = stakeholders;
        this.page = page;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String confirm(@QueryParam("token") String token) {
        UnsubscribeToken claims = valid(token);
        StakeholderRow who = stakeholder(claims);
        return render(who, token, false);
    }

    /** Any body is accepted: RFC 8058 clients send {@code List-Unsubscribe=One-Click}, form- or multipart-encoded. */
    @POST
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String unsubscribe(@QueryParam("token") String token) {
        UnsubscribeToken claims = valid(token);
        StakeholderRow who = stakeholder(claims);
        if (!stakeholders.unsubscribeAll(claims.cutoverId(), claims.stakeholderId())) {
            throw ProblemException.notFound("Stakeholder", claims.stakeholderId());
        }
        LOG.infof("one-click unsubscribe: %s", claims);
        return render(who, null, true);
    }

    private UnsubscribeToken valid(String token) {
        return links.verify(token).orElseThrow(() -> ProblemException.invalid("token",
                "this unsubscribe link is not valid: it was changed or cut short; use the link of the mail as it came"));
    }

    private static StakeholderRow stakeholder(UnsubscribeToken claims) {
        return StakeholderRow.of(claims.cutoverId(), claims.stakeholderId())
                .orElseThrow(() -> ProblemException.notFound("Stakeholder", claims.stakeholderId()));
    }

    private String render(StakeholderRow who, String token, boolean done) {
        boolean french = Languages.resolve(Locale.forLanguageTag(who.language)).equals(Languages.FRENCH);
        String cutover = CutoverProjection.of(who.cutoverId).map(c -> c.name).filter(n -> n != null && !n.isBlank())
                .orElse(french ? "cette mise en production" : "this go-live");
        return page.data("fr", french).data("name", who.name).data("cutover", cutover).data("token", token)
                .data("done", done).render();
    }
}
