package dev.golive.notification.paging;

import dev.golive.contracts.Roles;
import dev.golive.notification.domain.PageAcknowledgementDenied;
import dev.golive.notification.domain.PageAlreadyClosed;
import dev.golive.problems.ProblemException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
 * {@code domain.Page} says); the link in the message acknowledges without a login, with its
 * one-time token (a wrong token is 404, like a page that does not exist; the token is never logged —
 * the access log is off). The ops lead and on-call staff follow a cutover's pages; everyone sees the
 * pages that reached them.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PageResource {

    @Inject
    Paging paging;

    @Inject
    SecurityIdentity caller;

    @POST
    @Path("/pages/{pageId}/acknowledge")
    @RolesAllowed({Roles.ON_CALL, Roles.OPS_LEAD, Roles.ADMIN, Roles.TESTER, Roles.STAKEHOLDER})
    public PageView acknowledge(@PathParam("pageId") UUID pageId) {
        return decided(() -> paging.acknowledge(pageId, caller.getPrincipal().getName(),
                caller.hasRole(Roles.OPS_LEAD), Paging.VIA_API));
    }

    @GET
    @Path("/pages/{pageId}/ack")
    @PermitAll
    public PageView acknowledgeByLink(@PathParam("pageId") UUID pageId, @QueryParam("token") String token) {
        return decided(() -> paging.acknowledgeByLink(pageId, token));
    }

    @GET
    @Path("/cutovers/{cutoverId}/pages")
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL})
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
