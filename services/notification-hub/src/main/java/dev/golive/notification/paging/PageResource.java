package dev.golive.notification.paging;

import dev.golive.contracts.Roles;
import dev.golive.notification.domain.PageAcknowledgementDenied;
import dev.golive.notification.domain.PageAlreadyClosed;
import dev.golive.problems.ProblemException;
import dev.golive.problems.json.TextRules;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Pages: the person paged acknowledges (or anyone the page reached, or an ops lead, as
 * {@code domain.Page} says); the link in the message opens the page without a login, with its
 * one-time token, and a click on it (a POST) acknowledges (a wrong token is 404, like a page that
 * does not exist; the token is never logged — the access log is off). The ops lead and on-call staff follow a cutover's pages; everyone sees the
 * pages that reached them.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PageResource {

    private final Paging paging;
    private final SecurityIdentity caller;
    private final Template ackPage;

    public PageResource(Paging paging, SecurityIdentity caller, @Location("pages/ack.html") Template ackPage) {
        this.paging = paging;
        this.caller = caller;
        this.ackPage = ackPage;
    }

    @POST
    @Path("/pages/{pageId}/acknowledge")
    @RolesAllowed({Roles.ON_CALL, Roles.OPS_LEAD, Roles.ADMIN, Roles.TESTER, Roles.STAKEHOLDER})
    public PageView acknowledge(@PathParam("pageId") UUID pageId) {
        return decided(() -> paging.acknowledgeByCaller(pageId, caller.getPrincipal().getName(),
                caller.hasRole(Roles.OPS_LEAD)));
    }

    /**
     * The team's chat bot (service account, realm role chat-bot) acknowledges for the person who
     * answered the page in the chat: {@code {"person": "oscar"}}; the acknowledgement is that person's,
     * via CHAT.
     */
    @POST
    @Path("/pages/{pageId}/acknowledge-for")
    @RolesAllowed(Roles.CHAT_BOT)
    @Consumes(MediaType.APPLICATION_JSON)
    public PageView acknowledgeFor(@PathParam("pageId") UUID pageId, OnBehalfRequest body) {
        String person = body == null ? null : body.person();
        String violation = TextRules.violation(person, MAX_PERSON);
        if (person == null || person.isBlank() || violation != null || !person.matches("[A-Za-z0-9._@+-]+")) {
            throw ProblemException.invalid("person", violation != null ? violation
                    : "must be the user name of the person who answered");
        }
        return decided(() -> paging.acknowledgeFor(pageId, caller.getPrincipal().getName(), person));
    }

    /** Body of {@code acknowledge-for}. */
    public record OnBehalfRequest(String person) {
    }

    /** The longest user name, as cutover members are named. */
    static final int MAX_PERSON = 255;

    /**
     * The page a link in a message names, with a button to acknowledge it. Opening it changes nothing:
     * mail-security scanners and chat link previews open such links before a person does.
     */
    @GET
    @Path("/pages/{pageId}/ack")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String showByLink(@PathParam("pageId") UUID pageId, @QueryParam("token") String token) {
        Paging.LinkedPage linked = paging.byLink(pageId, token);
        return ackPage.data("page", linked.page()).data("sentTo", linked.sentTo()).data("token", token)
                .data("acknowledgedNow", false).render();
    }

    /** The person's click on that page (a form POST carrying the link's token). */
    @POST
    @Path("/pages/{pageId}/ack")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public String acknowledgeByLink(@PathParam("pageId") UUID pageId, @FormParam("token") String token) {
        PageView page = decided(() -> paging.acknowledgeByLink(pageId, token));
        return ackPage.data("page", page).data("sentTo", page.acknowledgement().by()).data("token", null)
                .data("acknowledgedNow", true).render();
    }

    @GET
    @Path("/cutovers/{cutoverId}/pages")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.ADMIN})
    public List<PageView> ofCutover(@PathParam("cutoverId") UUID cutoverId) {
        return PageRow.ofCutover(cutoverId).stream().map(PageView::of).toList();
    }

    @GET
    @Path("/me/pages")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    public List<PageView> mine() {
        return PageRow.paging(caller.getPrincipal().getName()).stream().map(PageView::of).toList();
    }

    private static PageView decided(Supplier<PageRow> acknowledgement) {
        try {
            return PageView.of(acknowledgement.get());
        } catch (PageAcknowledgementDenied e) {
            throw new ForbiddenException(e.getMessage());
        } catch (PageAlreadyClosed e) {
            throw ProblemException.conflict("page-closed", e.getMessage(), List.of("PAGE_CLOSED"));
        }
    }
}
