package dev.golive.notification.stakeholder;

import dev.golive.contracts.Roles;
import dev.golive.messaging.cutover.CutoverMembers;
import dev.golive.notification.cutover.CutoverProjection;
import dev.golive.notification.domain.NoticeKind;
import dev.golive.notification.domain.OwnSubscriptions;
import dev.golive.notification.domain.Subscription;
import dev.golive.problems.ProblemException;
import dev.golive.problems.field.FieldViolation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person's own subscriptions, found by the login name of the token: which kinds of notice they hear
 * about each cutover they are a stakeholder of, and turning kinds off or on (what every mail's "manage
 * your notifications" link leads to). Only the person themself, and only for a cutover they take part
 * in (in any role; admins in every cutover): channels, severities and webhook targets stay the ops
 * lead's ({@link StakeholderResource}).
 */
@Path("/api/me/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnSubscriptionsResource {

    /** A kind name is a code; nothing longer is read. */
    static final int MAX_KIND = 50;

    private final SecurityIdentity caller;
    private final CutoverMembers members;
    private final Clock clock;

    public OwnSubscriptionsResource(SecurityIdentity caller, CutoverMembers members, Clock clock) {
        this.caller = caller;
        this.members = members;
        this.clock = clock;
    }

    /** Body of {@code PUT}: every kind the person wants to hear; the kinds left out are turned off. */
    public record OwnChoice(List<String> kinds) {
    }

    /** One kind of notice and whether the person hears it. */
    public record KindView(String kind, boolean heard) {
    }

    /** The person as a stakeholder of one cutover, and what they hear about it. */
    public record OwnSubscriptionsView(UUID cutoverId, String cutoverName, UUID stakeholderId, String name,
                                       String role, List<String> channels, List<KindView> kinds) {

        static OwnSubscriptionsView of(StakeholderRow row) {
            List<Subscription> subscriptions = SubscriptionRow.of(row.id).stream().map(SubscriptionRow::toDomain).toList();
            Set<NoticeKind> heard = OwnSubscriptions.heard(subscriptions);
            Set<String> channels = new LinkedHashSet<>();
            subscriptions.forEach(s -> channels.add(s.channel().name()));
            String cutoverName = CutoverProjection.of(row.cutoverId).map(p -> p.name).orElse(null);
            return new OwnSubscriptionsView(row.cutoverId, cutoverName, row.id, row.name, row.role.name(),
                    List.copyOf(channels),
                    OwnSubscriptions.choosable().stream().map(k -> new KindView(k.name(), heard.contains(k))).toList());
        }
    }

    /** The caller's subscriptions for {@code cutover}, or for every cutover they take part in when it is left out. */
    @GET
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    @Transactional
    public List<OwnSubscriptionsView> list(@QueryParam("cutover") String cutover) {
        String me = caller.getPrincipal().getName();
        if (cutover == null || cutover.isBlank()) {
            Set<UUID> mine = members.cutoversOf(me);
            return StakeholderRow.<StakeholderRow>list("username = ?1 order by createdAt, id", me).stream()
                    .filter(row -> mine.contains(row.cutoverId) || caller.hasRole(Roles.ADMIN))
                    .map(OwnSubscriptionsView::of).toList();
        }
        UUID cutoverId = memberOf(cutover, me);
        return StakeholderRow.byUsername(cutoverId, me).map(OwnSubscriptionsView::of).stream().toList();
    }

    /** Turns kinds off and on: the caller then hears exactly {@code kinds} about {@code cutover} (pages always). */
    @PUT
    @RolesAllowed({Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER, Roles.ADMIN})
    @Transactional
    public OwnSubscriptionsView choose(@QueryParam("cutover") String cutover, OwnChoice choice) {
        String me = caller.getPrincipal().getName();
        if (cutover == null || cutover.isBlank()) {
            throw ProblemException.invalid("cutover", "is required: the cutover whose notices you choose");
        }
        UUID cutoverId = memberOf(cutover, me);
        Set<NoticeKind> wanted = wanted(choice);
        StakeholderRow row = StakeholderRow.byUsername(cutoverId, me)
                .orElseThrow(() -> ProblemException.notFound("stakeholder (you) of cutover", cutoverId));
        List<Subscription> current = SubscriptionRow.of(row.id).stream().map(SubscriptionRow::toDomain).toList();
        List<Subscription> next = OwnSubscriptions.choose(current, wanted, Recipients.of(row).availableChannels());
        if (!next.equals(current)) {
            SubscriptionRow.delete("stakeholderId", row.id);
            next.forEach(s -> SubscriptionRow.of(row.id, s).persist());
            row.updatedAt = clock.instant();
        }
        return OwnSubscriptionsView.of(row);
    }

    /** The cutover named by the parameter, when the caller takes part in it (admins: every cutover). */
    private UUID memberOf(String cutover, String me) {
        UUID cutoverId;
        try {
            cutoverId = UUID.fromString(cutover.strip());
        } catch (IllegalArgumentException notAnId) {
            throw ProblemException.invalid("cutover", "must be a cutover id");
        }
        if (!caller.hasRole(Roles.ADMIN) && members.rolesOf(cutoverId, me).isEmpty()) {
            throw ProblemException.notAMember(cutoverId,
                    List.of(Roles.OPS_LEAD, Roles.ON_CALL, Roles.TESTER, Roles.STAKEHOLDER));
        }
        return cutoverId;
    }

    private static Set<NoticeKind> wanted(OwnChoice choice) {
        if (choice == null || choice.kinds() == null) {
            throw ProblemException.invalid("kinds", "is required: the kinds of notice to hear ([] for none but pages)");
        }
        List<FieldViolation> errors = new ArrayList<>();
        Set<NoticeKind> wanted = EnumSet.noneOf(NoticeKind.class);
        List<String> kinds = choice.kinds();
        if (kinds.size() > NoticeKind.values().length) {
            throw ProblemException.invalid("kinds", "must name at most " + NoticeKind.values().length + " kinds");
        }
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i) == null ? "" : kinds.get(i).strip();
            String field = "kinds[" + i + "]";
            if (kind.isEmpty() || kind.length() > MAX_KIND) {
                errors.add(new FieldViolation(field, "must be a kind of notice of at most " + MAX_KIND + " characters"));
            } else if (NoticeKind.PAGE.name().equals(kind)) {
                errors.add(new FieldViolation(field, "pages always reach the person on call; they are not turned on or off"));
            } else if (!NoticeKind.subscribable(kind) || Subscription.EVERY_KIND.equals(kind)) {
                errors.add(new FieldViolation(field, "is not a kind of notice"));
            } else {
                wanted.add(NoticeKind.valueOf(kind));
            }
        }
        ProblemException.refuseIfAny(errors);
        return wanted;
    }
}
